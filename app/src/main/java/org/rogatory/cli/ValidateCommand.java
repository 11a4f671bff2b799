package org.rogatory.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rogatory.RogatoryApplication;
import org.rogatory.intake.RequestValidator;
import org.rogatory.intake.RequestValidator.Validation;
import org.rogatory.web.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rogatory validate REQUEST.json}: intake's verdict, offline, with no server and no database. */
@Command(name = "validate", description = "Validates a request as intake would: exit 0 if valid, "
        + "else exit 1 with the problems as application/problem+json on stdout.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REQUEST.json", description = "the request to validate")
    Path request;

    @Override
    public Integer call() {
        byte[] body;
        try {
            body = Files.readAllBytes(request);
        } catch (IOException e) {
            System.err.println("rogatory validate: cannot read " + request + ": " + FileProblems.describe(e));
            return 2;
        }
        Validation validation = new RequestValidator(RogatoryApplication.systemClock()).validate(body);
        if (validation instanceof Validation.Invalid invalid) {
            System.out.println(Problems.toJson(Problems.invalidRequest(invalid.problems())));
            return 1;
        }
        System.err.println(request + ": valid");
        return 0;
    }
}
