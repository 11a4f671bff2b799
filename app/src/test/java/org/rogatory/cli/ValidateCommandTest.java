package org.rogatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code rogatory validate FILE}: the intake verdict offline, as exit code and problem+json. */
class ValidateCommandTest {

    @Test
    void aValidRequestExitsZero() {
        assertThat(run(Fixtures.REQUESTS.resolve(Fixtures.CASE_STUDY)).exit()).isZero();
    }

    @Test
    void anInvalidRequestExitsOneWithProblemDetailsOnStdout() {
        Run run = run(Fixtures.REQUESTS.resolve("invalid").resolve("03-bad-date-received-on.json"));
        assertThat(run.exit()).isEqualTo(1);
        JsonNode problem = JsonMapper.builder().build().readTree(run.stdout());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("type").asString()).isEqualTo("urn:rogatory:problem:invalid-request");
        assertThat(problem.get("errors").get(0).get("pointer").asString()).isEqualTo("/receivedOn");
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String[] command : new String[][] {{"validate"}, {"screen"}, {"match"}, {"audit", "verify"}, {"import"},
                {"users", "add"}, {"serve"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            assertThat(CommandRun.of(args).exit()).as(String.join(" ", args)).isZero();
        }
    }

    @Test
    void anUnreadableFileExitsTwo() {
        assertThat(run(Path.of("no-such-request.json")).exit()).isEqualTo(2);
    }

    record Run(int exit, String stdout) {
    }

    static Run run(Path file) {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            int exit = RogatoryCommand.commandLine().execute("validate", file.toString());
            return new Run(exit, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }
}
