package org.rogatory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rogatory.audit.Actor;
import org.rogatory.screening.ReferenceFileException;
import org.rogatory.screening.ReferenceImports;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rogatory import register|countries|decisions FILE [--db URL]}: replaces reference data in the
 * database with a CSV file, as the ADMIN endpoint does: checked row by row first (a bad row names
 * file, line and field, exit 2, nothing written), audited with the file's SHA-256, progress on stderr,
 * and the open requests screened again.
 */
@Command(name = "import", description = "Imports the register, the country profiles or the prior decisions into the"
        + " database (embedded unless --db or ROGATORY_DB_URL names one).")
final class ImportCommand implements Callable<Integer> {

    /** Progress is reported every so many rows. */
    static final int PROGRESS_EVERY = 10_000;

    @Parameters(index = "0", paramLabel = "KIND", description = "register, countries or decisions")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "the CSV file (DESIGN.md §10)")
    Path file;

    @Option(names = "--db", description = "JDBC URL of the database, e.g. jdbc:postgresql://host/rogatory")
    String db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReferenceImports.Kind what;
        try {
            what = ReferenceImports.Kind.ofSlug(kind);
        } catch (IllegalArgumentException e) {
            err.println("rogatory import: '" + kind + "' is not register, countries or decisions");
            return 2;
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("rogatory import: " + file + ": cannot be read: " + e.getMessage());
            return 2;
        }
        try {
            ReferenceImports.check(what, file.getFileName().toString(), content);
        } catch (ReferenceFileException e) {
            err.println("rogatory import: " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext app = Operator.start(db)) {
            long started = System.nanoTime();
            ReferenceImports.Imported imported = app.getBean(ReferenceImports.class).importFile(what,
                    file.getFileName().toString(), content, operator(), rows -> {
                        if (rows % PROGRESS_EVERY == 0) {
                            err.println("rogatory import: " + rows + " rows written");
                        }
                    });
            err.printf("rogatory import: %s: %d rows imported in %.1f s, SHA-256 %s%n", imported.file(),
                    imported.rows(), (System.nanoTime() - started) / 1e9, imported.sha256());
            out.println("{\"kind\":\"" + imported.kind().slug() + "\",\"rows\":" + imported.rows()
                    + ",\"sha256\":\"" + imported.sha256() + "\"}");
            out.flush();
            return 0;
        } catch (ReferenceFileException e) {
            err.println("rogatory import: " + e.getMessage());
            return 2;
        }
    }

    /** Whoever runs the command on the server is its operator, the ADMIN of DESIGN.md §1. */
    private static Actor operator() {
        return new Actor(System.getProperty("user.name", "operator"), "ADMIN");
    }
}
