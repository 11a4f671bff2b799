package org.rogatory.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.CaseStudyWalk;
import org.rogatory.support.Cases;
import org.rogatory.support.Fixtures;
import org.rogatory.support.Pdfs;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIT
class DecisionLettersIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusalHasItsLetterInEachOfTheFourLanguages() {
        Cases cases = new Cases(Api.at(port));
        String id = cases.register(Fixtures.DEATH_PENALTY);
        String finding = CaseStudyWalk.findingId(cases.read("demo-central", id), "DEATH_PENALTY_RISK");
        Answer refused = cases.decide("demo-central", id, Map.of("outcome", "REFUSE",
                "reasons", "No assurance that the death penalty will not be imposed.",
                "findings", List.of(Map.of("findingId", finding, "disposition", "UPHELD"))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(201);
        String letters = "/api/v1/requests/" + id + "/decisions/" + refused.body().get("id").asString() + "/letter";
        Api central = Api.at(port).as("demo-central");

        Map<String, List<String>> expected = Map.of(
                "FR", List.of("Décision sur une demande d'entraide judiciaire", "Refusée", "Risque de peine de mort",
                        "Retenu"),
                "NL", List.of("Beslissing over een verzoek om wederzijdse rechtshulp", "Geweigerd", "Risico op de doodstraf"),
                "DE", List.of("Entscheidung über ein Rechtshilfeersuchen", "Abgelehnt", "Gefahr der Todesstrafe"),
                "EN", List.of("Decision on a request for mutual legal assistance", "Refused", "Death penalty risk",
                        "Upheld"));
        expected.forEach((language, words) -> {
            Answer letter = central.get(letters + "?language=" + language);
            assertThat(letter.status()).as(language).isEqualTo(200);
            assertThat(letter.contentType()).startsWith("application/pdf");
            String text = Pdfs.text(letter.response().body());
            assertThat(text).as(language).contains(words).contains(id, "ECHR-P13-1")
                    .as("the author's reasons stay as written")
                    .contains("No assurance that the death penalty will not be imposed.");
        });
        assertThat(Pdfs.text(central.get(letters).response().body())).as("the caller's language when none is asked")
                .contains("Decision on a request for mutual legal assistance");
        assertThat(jdbc.sql("select count(*) from audit_events where action = 'decision.letter.read' and case_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(5);

        Answer unknownLanguage = central.get(letters + "?language=ES");
        assertThat(unknownLanguage.status()).isEqualTo(400);
        assertThat(unknownLanguage.body().toString()).contains("language");
        assertThat(central.get("/api/v1/requests/" + id + "/decisions/D-nothing/letter").status()).isEqualTo(404);
        assertThat(Api.at(port).as("demo-police").get(letters).status()).as("no need to know the case")
                .isIn(403, 404);
    }
}
