package org.rogatory.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rogatory.screening.domain.CountryProfile;
import org.rogatory.screening.domain.CountryProfile.DeathPenaltyStatus;
import org.rogatory.screening.domain.CountryProfile.FreedomStatus;
import org.rogatory.screening.domain.PriorDecision;

class ReferenceFilesTest {

    static final Path DATA = Path.of("..", "..", "shared", "data");
    static final String COUNTRIES_HEADER = "iso2,name,cpi_score,fh_status,fh_score,death_penalty,extradition_treaty,notes\n";
    static final String DECISIONS_HEADER = "id,kind,state,authority,date,requesting_state,names,summary\n";

    @Test
    void readsTheSharedCountryProfilesKeepingEmptyCellsUnknown() {
        var profiles = CountryProfilesCsv.read(DATA.resolve("countries.csv"));
        assertThat(profiles).hasSize(45);
        CountryProfile kz = profiles.stream().filter(p -> p.iso2().equals("KZ")).findFirst().orElseThrow();
        assertThat(kz.freedomStatus()).isEqualTo(FreedomStatus.NF);
        assertThat(kz.corruptionPerceptionsIndex()).isEqualTo(39);
        assertThat(kz.deathPenalty()).isEqualTo(DeathPenaltyStatus.ABOLISHED);
        assertThat(kz.extraditionTreaty()).isFalse();
        CountryProfile eritrea = profiles.stream().filter(p -> p.iso2().equals("ER")).findFirst().orElseThrow();
        assertThat(eritrea.corruptionPerceptionsIndex()).isNull();
        assertThat(eritrea.freedomStatus()).isNull();
        assertThat(eritrea.extraditionTreaty()).isNull();
    }

    @Test
    void readsTheSharedDecisionsAndHistory() {
        var decisions = PriorDecisionsCsv.read(DATA.resolve("decisions.csv"));
        assertThat(decisions).hasSize(20);
        PriorDecision unWgad = decisions.get(1);
        assertThat(unWgad.state()).isNull();
        assertThat(unWgad.requestingState()).isEqualTo("KZ");
        assertThat(unWgad.names()).containsExactly("Ruslan Kuanyshbayev", "Руслан Куанышбаев");
        var history = CaseHistoryJsonl.read(DATA.resolve("history.jsonl"));
        assertThat(history).hasSize(10);
        assertThat(history.get(1).wasRefused()).isTrue();
        assertThat(history.get(1).assignedJudge()).isNull();
        assertThat(history.get(2).assignedJudge()).isEqualTo("Judge C. Lambrechts (Brussels)");
    }

    @Test
    void readsEverySharedRequest() throws IOException {
        try (Stream<Path> files = Files.list(DATA.resolve("requests"))) {
            files.filter(f -> f.toString().endsWith(".json")).forEach(f -> {
                try {
                    assertThat(RequestJson.parse(Files.readString(f)).persons()).as(f.toString()).isNotNull();
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void aBadScoreNamesFileLineAndColumn() {
        String csv = COUNTRIES_HEADER + "FR,France,71,F,89,ABOLISHED,true,\nXX,Nowhere,high,,,,,\n";
        assertThatThrownBy(() -> CountryProfilesCsv.read(new StringReader(csv), "countries.csv"))
                .isInstanceOfSatisfying(ReferenceFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("cpi_score");
                    assertThat(e.getMessage()).startsWith("countries.csv: line 3, field cpi_score:");
                });
    }

    @Test
    void anExtraditionCellThatIsNeitherTrueNorFalseIsRejectedNotReadAsFalse() {
        String csv = COUNTRIES_HEADER + "FR,France,71,F,89,ABOLISHED,yes,\n";
        assertThatThrownBy(() -> CountryProfilesCsv.read(new StringReader(csv), "c.csv"))
                .hasMessageContaining("field extradition_treaty");
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() {
        String csv = "iso2,name,cpi_score\nFR,France,71\n";
        assertThatThrownBy(() -> CountryProfilesCsv.read(new StringReader(csv), "c.csv"))
                .hasMessageStartingWith("c.csv: line 1, field fh_status: missing column");
    }

    @Test
    void lineNumbersCountQuotedLineBreaks() {
        String csv = DECISIONS_HEADER
                + "D-1,ASYLUM_GRANTED,BE,\"CGRS\nBrussels\",2014-06-20,KZ,A B,ok\n"
                + "D-2,ASYLUM_GRANTED,BE,CGRS,2014-02-30,KZ,C D,bad date\n";
        assertThatThrownBy(() -> PriorDecisionsCsv.read(new StringReader(csv), "d.csv"))
                .hasMessageStartingWith("d.csv: line 4, field date:");
    }

    @Test
    void aDecisionWithoutTheStateConcernedOrAKnownKindIsRejected() {
        assertThatThrownBy(() -> PriorDecisionsCsv.read(new StringReader(
                DECISIONS_HEADER + "D-1,ASYLUM_GRANTED,BE,CGRS,2014-06-20,,A B,\n"), "d.csv"))
                .hasMessageContaining("line 2, field requesting_state: is empty");
        assertThatThrownBy(() -> PriorDecisionsCsv.read(new StringReader(
                DECISIONS_HEADER + "D-1,PARDON,BE,CGRS,2014-06-20,KZ,A B,\n"), "d.csv"))
                .hasMessageContaining("line 2, field kind:");
    }

    @Test
    void aBadHistoryLineNamesLineAndPointer() {
        String good = "{\"id\":\"H-1\",\"state\":\"CLOSED\",\"assignedJudge\":null,\"foreignReference\":\"X-1\","
                + "\"receivedOn\":\"2020-01-01\",\"channel\":\"DIPLOMATIC\",\"requestingState\":\"FR\","
                + "\"facts\":\"f\",\"persons\":[{\"ref\":\"p1\",\"role\":\"SUSPECT\",\"names\":[{\"full\":\"A B\"}]}]}";
        String badRole = good.replace("H-1", "H-2").replace("SUSPECT", "CULPRIT");
        assertThatThrownBy(() -> CaseHistoryJsonl.read(new StringReader(good + "\n\n" + badRole + "\n"), "h.jsonl"))
                .isInstanceOfSatisfying(ReferenceFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("/persons/0/role");
                });
        assertThatThrownBy(() -> CaseHistoryJsonl.read(new StringReader(good + "\n{not json\n"), "h.jsonl"))
                .hasMessageStartingWith("h.jsonl: line 2: not valid JSON");
        assertThatThrownBy(() -> CaseHistoryJsonl.read(new StringReader(good.replace("CLOSED", "DONE")), "h.jsonl"))
                .hasMessageContaining("line 1, field /state:");
    }
}
