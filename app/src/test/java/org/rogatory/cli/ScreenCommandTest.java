package org.rogatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenCommandTest {

    static final Path DATA = ExpectedScreeningTest.DATA;
    static final String REGISTER = DATA.resolve("register.csv").toString();
    static final String COUNTRIES = DATA.resolve("countries.csv").toString();
    static final String BENIGN = DATA.resolve("requests/02-fr-eio-vat-fraud-bank-records-benign-control.json").toString();

    @Test
    void printsFindingsWithTheContractFieldsAndExitsZero() {
        CommandRun run = CommandRun.of("screen", "--register", REGISTER, "--countries", COUNTRIES,
                DATA.resolve("requests/04-sa-drug-trafficking-death-penalty-no-assurance.json").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{").contains("\"findings\"", "\"code\" : \"DEATH_PENALTY_RISK\"",
                "\"severity\" : \"BLOCKING\"", "\"personRef\"", "\"registerId\"", "\"matchedName\"", "\"score\"",
                "\"grounds\"", "\"evidence\"");
    }

    @Test
    void anInvalidRequestIsExitTwoWithTheFileOnStderrAndNothingOnStdout() {
        CommandRun run = CommandRun.of("screen", "--register", REGISTER, "--countries", COUNTRIES,
                DATA.resolve("requests/invalid/02-wrong-enum-channel.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("02-wrong-enum-channel.json", "/channel");
        CommandRun notJson = CommandRun.of("screen", "--register", REGISTER, "--countries", COUNTRIES,
                DATA.resolve("requests/invalid/10-not-json.json").toString());
        assertThat(notJson.exit()).isEqualTo(2);
        assertThat(notJson.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"01-missing-required-facts.json, /facts", "04-bad-iso-country-code.json, /requestingState",
        "06-empty-persons-dangling-personref.json, /measures/0/personRef",
        "09-legal-basis-without-instrument.json, /legalBasis/0/instrument"})
    void refusesARequestIntakeWouldRefuseNamingEachBadField(String file, String pointer) {
        CommandRun run = CommandRun.of("screen", "--register", REGISTER, "--countries", COUNTRIES,
                DATA.resolve("requests/invalid").resolve(file).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file, pointer + ":").doesNotContain("Exception", "org.rogatory");
    }

    @Test
    void aMissingRequestFileIsExitTwo() {
        CommandRun run = CommandRun.of("screen", "--register", REGISTER, "--countries", COUNTRIES, "no-such.json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no-such.json");
    }

    @Test
    void aMalformedCsvRowIsExitTwoNamingFileLineAndField(@TempDir Path temp) throws IOException {
        Path countries = temp.resolve("countries.csv");
        Files.writeString(countries, "iso2,name,cpi_score,fh_status,fh_score,death_penalty,extradition_treaty,notes\n"
                + "FR,France,71,F,89,ABOLISHED,true,\nDE,Germany,78,FREE,93,ABOLISHED,true,\n");
        CommandRun run = CommandRun.of("screen", "--register", REGISTER, "--countries", countries.toString(), BENIGN);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("countries.csv: line 3, field fh_status");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"id": "H-1"                                                  | history.jsonl: line 1
            {"id": "H-1", "state": "REFUSED", "channel": "PIGEON"}         | history.jsonl: line 1, field /channel
            """)
    void aBadHistoryLineIsExitTwoNamingFileAndLineWithoutTheServersClassNames(String line, String expected,
            @TempDir Path temp) throws IOException {
        Path history = Files.writeString(temp.resolve("history.jsonl"), line + "\n");
        CommandRun run = CommandRun.of("screen", "--register", REGISTER, "--countries", COUNTRIES,
                "--history", history.toString(), BENIGN);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(expected).doesNotContain("org.rogatory", "tools.jackson", "java.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            iso2,,cpi_score,fh_status,fh_score,death_penalty,extradition_treaty,notes | line 1: the header has an empty
            iso2,name,cpi_score,fh_status,fh_score,death_penalty,extradition_treaty,notes\\nFR,"France,71 | line 2: a quoted field is not closed
            """)
    void aBrokenCountriesFileIsNamedInWordsWithoutAStackTrace(String content, String expected, @TempDir Path temp)
            throws IOException {
        Path countries = Files.writeString(temp.resolve("countries.csv"), content.replace("\\n", "\n") + "\n");
        CommandRun run = CommandRun.of("screen", "--register", REGISTER, "--countries", countries.toString(), BENIGN);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(expected).doesNotContain("Exception", "org.apache", "\tat ");
    }

    @Test
    void aMissingRequiredOptionIsAUsageErrorWithExitTwo() {
        CommandRun run = CommandRun.of("screen", "--countries", COUNTRIES, BENIGN);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--register");
    }
}
