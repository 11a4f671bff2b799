package org.rogatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.support.Fixtures;

/** {@code rogatory import} against an in-memory database: the command starts the application without its web server. */
class ImportCommandIT {

    static final String DB = "jdbc:h2:mem:import-command-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void importsAFileAndRefusesABadRowNamingFileLineAndField(@TempDir Path temp) throws IOException {
        CommandRun imported = CommandRun.of("import", "register", Fixtures.DATA.resolve("register.csv").toString(),
                "--db", DB);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("\"kind\":\"register\"", "\"rows\":75", "\"sha256\":\"");
        assertThat(imported.err()).contains("75 rows imported");

        Path bad = temp.resolve("decisions.csv");
        Files.writeString(bad, Files.readString(Fixtures.DATA.resolve("decisions.csv"))
                .replace("D-0003,ASYLUM_GRANTED", "D-0003,ASYLUM_PROMISED"));
        CommandRun refused = CommandRun.of("import", "decisions", bad.toString(), "--db", DB);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("decisions.csv: line 4, field kind");

        CommandRun unknown = CommandRun.of("import", "nationalities", bad.toString(), "--db", DB);
        assertThat(unknown.exit()).isEqualTo(2);
    }
}
