package org.rogatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rogatory match}: one line per query on stdout, or a file:line message on stderr and exit 2. */
class MatchCommandTest {

    static final String REGISTER = "id,categories,names,birth_date,nationalities,persecuting_states,since,note\n"
            + "N-1,REFUGEE,Ботагоз Жардемали,1968,KZ,KZ,2015-01-01,\n"
            + "N-2,LAWYER,\"ABLYAZOV, Mukhtar\",,KZ,,,\n";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String register, String queries) throws Exception {
        return run(register, queries, "--threshold=0.9");
    }

    private Run run(String register, String queries, String threshold) throws Exception {
        return run(Files.writeString(dir.resolve("register.csv"), register),
                Files.writeString(dir.resolve("queries.jsonl"), queries), threshold);
    }

    private Run run(Path r, Path q, String threshold) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = RogatoryCommand.commandLine().execute("match", "--register=" + r, "--queries=" + q, threshold);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsOneLineOfCandidatesPerQueryBestFirst() throws Exception {
        Run run = run(REGISTER, """
                {"id":"Q-1","name":"Botagoz Jardimalie","birthDate":"1968","kind":"ignored"}
                {"id":"Q-2","name":"Carla Mendes"}
                {"id":"Q-3","name":"Mukhtar Abliazov","nationality":"KZ"}
                """);
        assertThat(run.exit()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("{\"id\":\"Q-1\",\"candidates\":[{\"registerId\":\"N-1\",\"score\":")
                .contains("\"name\":\"Ботагоз Жардемали\"", "\"why\":");
        assertThat(lines[1]).isEqualTo("{\"id\":\"Q-2\",\"candidates\":[]}");
        assertThat(lines[2]).contains("\"registerId\":\"N-2\"");
    }

    @Test
    void reportsABadJsonLineWithFileAndLineAndPrintsNothing() throws Exception {
        Run run = run(REGISTER, "{\"id\":\"Q-1\",\"name\":\"Ana Lima\"}\n{\"id\":\"Q-2\",\"name\":\n");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("queries.jsonl:2: not valid JSON");
    }

    @Test
    void reportsAQueryWithoutANameOrWithABadBirthDate() throws Exception {
        assertThat(run(REGISTER, "{\"id\":\"Q-1\"}\n").err()).contains("queries.jsonl:1: 'name'");
        assertThat(run(REGISTER, "{\"id\":\"Q-1\",\"name\":\"Ana\",\"birthDate\":\"12/05/1970\"}\n").err())
                .contains("queries.jsonl:1: birthDate");
    }

    @Test
    void reportsAMalformedRegisterRowWithFileAndLineAndPrintsNothing() throws Exception {
        Run run = run(REGISTER + "N-3,REFUGEE,\"Ana Lima,,,,,\n", "{\"id\":\"Q-1\",\"name\":\"Ana Lima\"}\n");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("register.csv:4");
    }

    @Test
    void reportsAnUnknownRegisterColumn() throws Exception {
        Run run = run(REGISTER.replace("note", "remarks"), "{\"id\":\"Q-1\",\"name\":\"Ana Lima\"}\n");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("register.csv:1: field 'remarks': unknown column");
    }

    @Test
    void refusesToLowerTheReviewThreshold() throws Exception {
        Run run = run(REGISTER, "{\"id\":\"Q-1\",\"name\":\"Ana Lima\"}\n", "--threshold=0.2");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run(REGISTER, "{\"id\":\"Q-1\",\"name\":\"Ana Lima\"}\n", "--threshold=NaN").exit())
                .as("NaN compares false with everything: it would silence every candidate").isEqualTo(2);
    }

    @Test
    void namesTheLineOfAByteThatIsNotUtf8() throws Exception {
        Path r = dir.resolve("latin1.csv");
        Files.write(r, (REGISTER.replace("Ботагоз Жардемали", "Botagoz Zhardemali")
                + "N-3,REFUGEE,Jos\u00e9 Mart\u00ednez,,ES,,,\n").getBytes(StandardCharsets.ISO_8859_1));
        Run run = run(r, Files.writeString(dir.resolve("q.jsonl"), "{\"id\":\"Q-1\",\"name\":\"Ana Lima\"}\n"),
                "--threshold=0.9");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("latin1.csv:4: not UTF-8");
    }
}
