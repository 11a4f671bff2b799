package org.rogatory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rogatory.RogatoryApplication;
import org.rogatory.intake.RequestValidator;
import org.rogatory.intake.RequestValidator.Validation;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.FindingsJson;
import org.rogatory.screening.ReferenceFileException;
import org.rogatory.screening.ReferenceFiles;
import org.rogatory.screening.domain.Finding;
import org.rogatory.screening.domain.ReferenceData;
import org.rogatory.screening.domain.Screener;
import org.rogatory.screening.domain.ScreeningConfig;
import org.rogatory.screening.domain.ScreeningContext;
import org.rogatory.screening.domain.ScreeningRules;
import org.rogatory.web.FieldProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rogatory screen}: screens one request against reference files and prints the findings as
 * JSON (DESIGN.md §10). No server, no database. Bad input: a message naming file and line (or, for
 * a request intake would refuse, each bad field) on stderr, exit 2, nothing on stdout.
 */
@Command(name = "screen", description = "Screens a request against the register, country profiles, prior decisions"
        + " and case history; prints {\"findings\":[...]} as JSON.")
final class ScreenCommand implements Callable<Integer> {

    @Option(names = "--register", required = true, paramLabel = "R.csv", description = "register of protected persons")
    Path register;

    @Option(names = "--countries", required = true, paramLabel = "C.csv", description = "country profiles")
    Path countries;

    @Option(names = "--decisions", paramLabel = "D.csv", description = "prior decisions")
    Path decisions;

    @Option(names = "--history", paramLabel = "H.jsonl", description = "earlier requests here")
    Path history;

    @Parameters(index = "0", paramLabel = "REQUEST.json", description = "the request (request.schema.json)")
    Path requestFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Validation validation;
        try {
            byte[] body = Files.readAllBytes(requestFile);
            validation = new RequestValidator(RogatoryApplication.systemClock()).validate(body);
        } catch (IOException e) {
            err.println("rogatory screen: " + requestFile + ": cannot be read: " + FileProblems.describe(e));
            return 2;
        }
        if (validation instanceof Validation.Invalid invalid) {
            // screened as intake would register it: a request intake refuses is not screened
            err.println("rogatory screen: " + requestFile + ": not a valid request:");
            for (FieldProblem problem : invalid.problems()) {
                err.println("  " + (problem.pointer().isEmpty() ? "" : problem.pointer() + ": ") + problem.detail());
            }
            return 2;
        }
        CooperationRequest request = ((Validation.Valid) validation).request();
        ScreeningConfig config = ScreeningConfig.defaults();
        ReferenceData reference;
        try {
            reference = ReferenceFiles.load(register, countries, decisions, history, config);
        } catch (ReferenceFileException e) {
            err.println("rogatory screen: " + e.getMessage());
            return 2;
        }
        List<Finding> findings = new Screener(ScreeningRules.all())
                .screen(new ScreeningContext(request, reference, config));
        PrintWriter out = spec.commandLine().getOut();
        out.println(FindingsJson.write(findings));
        out.flush();
        return 0;
    }
}
