package org.rogatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every shared request screened by {@code rogatory screen} with the shared register, countries,
 * decisions and history meets its expected file ({@code ../shared/data/expected}): the same reading
 * as {@code check-screening}, and, where Python is installed, {@code check-screening} itself.
 */
class ExpectedScreeningTest {

    static final Path DATA = Path.of("..", "..", "shared", "data");
    static final Path CHECK = Path.of("..", "..", "shared", "tools", "check-screening");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Path> requests() throws IOException {
        try (Stream<Path> files = Files.list(DATA.resolve("requests"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void screeningMeetsTheExpectedFindings(Path request, @TempDir Path temp) throws Exception {
        CommandRun run = CommandRun.of("screen", "--register", DATA.resolve("register.csv").toString(),
                "--countries", DATA.resolve("countries.csv").toString(),
                "--decisions", DATA.resolve("decisions.csv").toString(),
                "--history", DATA.resolve("history.jsonl").toString(), request.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Path expected = DATA.resolve("expected").resolve(request.getFileName());
        JsonNode findings = JSON.readTree(run.out()).get("findings");
        assertThat(unmet(JSON.readTree(expected.toFile()), findings)).as(run.out()).isEmpty();

        if (!pythonAvailable()) {
            System.out.println("ExpectedScreeningTest: python3 not found, check-screening not run for " + request);
            return;
        }
        Path output = temp.resolve("findings.json");
        Files.writeString(output, run.out(), StandardCharsets.UTF_8);
        Process check = new ProcessBuilder("python3", CHECK.toString(), expected.toString(), output.toString())
                .redirectErrorStream(true).start();
        String report = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(report).isZero();
    }

    /** What the expectation asks for and the findings lack, and forbidden codes they contain. */
    static List<String> unmet(JsonNode expected, JsonNode findings) {
        List<String> problems = new ArrayList<>();
        for (JsonNode item : expected.get("mustInclude")) {
            boolean met = false;
            for (JsonNode finding : findings) {
                met |= same(item, finding, "code") && (!item.has("personRef") || same(item, finding, "personRef"))
                        && (!item.has("registerId") || same(item, finding, "registerId"));
            }
            if (!met) {
                problems.add("missing " + item);
            }
        }
        for (JsonNode code : expected.get("mustNotInclude")) {
            for (JsonNode finding : findings) {
                if (same(finding, code.asString())) {
                    problems.add("forbidden " + code.asString() + ": " + finding.get("explanation"));
                }
            }
        }
        return problems;
    }

    private static boolean same(JsonNode item, JsonNode finding, String field) {
        return Objects.equals(text(item.get(field)), text(finding.get(field)));
    }

    private static boolean same(JsonNode finding, String code) {
        return code.equals(text(finding.get("code")));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
