package org.rogatory.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rogatory.casework.CaseCourses;
import org.rogatory.casework.domain.CaseCourse;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.Cases;
import org.rogatory.support.Fixtures;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Oversight reads the figures of a year over HTTP, as JSON and as a PDF: aggregates only, small
 * counts hidden, the read audited. The requests of this test are received in {@link #YEAR}, a year
 * no other test uses, so the figures are this test's alone.
 */
@PostgresIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightIT {

    static final int YEAR = 2003;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseCourses courses;

    final List<String> ids = new ArrayList<>();
    final List<String> references = new ArrayList<>();

    /**
     * Six French requests (two refused, four forwarded), one Kazakh one forwarded over a blocking finding,
     * with two incidents of its execution, one ruled on.
     */
    @BeforeAll
    void requestsOfTheYear() {
        Cases cases = new Cases(Api.at(port));
        for (int i = 0; i < 6; i++) {
            String id = cases.register(received(Fixtures.BENIGN));
            ids.add(id);
            if (i < 2) {
                assertThat(cases.decide("demo-central", id, Cases.refusal()).status()).isEqualTo(201);
            } else {
                cases.move("demo-central", id, "FORWARD");
            }
        }
        String kz = cases.register(received(Fixtures.CASE_STUDY));
        ids.add(kz);
        String decision = cases.decideAnsweringAll("demo-central", kz, "FORWARD").body().get("id").asString();
        Answer approved = Api.at(port).as("demo-supervisor")
                .post("/api/v1/requests/" + kz + "/decisions/" + decision + "/approval", "");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
        // the figures count incidents as the execution records them; walking a search to its report is
        // ExecutionIT's part, here two rows of the table stand for what its reports open
        incident(kz, 1, "UNAUTHORISED_PRESENCE", true);
        incident(kz, 2, "FOREIGN_OFFICIAL_HANDLED_MATERIAL", false);
    }

    void incident(String caseId, int number, String kind, boolean ruled) {
        jdbc.sql("""
                        insert into execution_incidents (id, case_id, incident_no, kind, subject, detail, opened_at,
                                                         ruled_by, ruled_at, ruling_reasons)
                        values (?, ?, ?, ?, 'present/1', 'in the fixture', now(), ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), caseId, number, kind, ruled ? "demo-judge" : null,
                        ruled ? OffsetDateTime.now() : null, ruled ? "reasons" : null)
                .update();
    }

    ObjectNode received(String file) {
        ObjectNode request = Fixtures.fresh(file);
        request.put("receivedOn", YEAR + "-05-12");
        references.add(request.get("foreignReference").asString());
        return request;
    }

    Answer figures(String year) {
        return Api.at(port).as("demo-oversight").get("/api/v1/oversight/figures?year=" + year);
    }

    @Test
    void theFiguresCountWhatEachFilterDecided() {
        Answer answer = figures(String.valueOf(YEAR));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode figures = answer.body();
        assertThat(figures.get("year").asInt()).isEqualTo(YEAR);
        assertThat(figures.get("suppressedBelow").asInt()).isEqualTo(5);
        JsonNode all = figures.get("allStates");
        assertThat(all.get("received").asInt()).isEqualTo(7);
        assertThat(all.get("standing").get("REFUSED").asString()).isEqualTo("<5");
        JsonNode central = all.get("filters").get(0);
        assertThat(central.get("filter").asString()).isEqualTo("CENTRAL_AUTHORITY");
        assertThat(central.get("outcomes").get("FORWARD").asInt()).isEqualTo(5);
        assertThat(central.get("outcomes").get("REFUSE").asString()).isEqualTo("<5");
        assertThat(all.get("filters").get(1).get("pending").asInt()).isEqualTo(5);
        assertThat(all.get("setAsides").valueStream())
                .anySatisfy(setAside -> {
                    assertThat(setAside.get("finding").asString()).isEqualTo("FOREIGN_OFFICIALS_UNIDENTIFIED");
                    assertThat(setAside.get("approved").asString()).isEqualTo("<5");
                });
        assertThat(all.get("incidents").valueStream().map(i -> i.get("kind").asString()))
                .containsExactly("UNAUTHORISED_PRESENCE", "FOREIGN_OFFICIAL_HANDLED_MATERIAL");
        assertThat(all.get("incidents").get(1).get("opened").asString()).isEqualTo("<5");
        assertThat(all.get("incidents").get(1).get("ruled").asInt()).isZero();
        assertThat(all.get("stages").get(0).get("stage").asString()).isEqualTo("CENTRAL_AUTHORITY_REVIEW");
        assertThat(all.get("stages").get(0).get("requests").asInt()).isEqualTo(7);
        assertThat(all.get("stages").get(0).get("medianDays").asDouble()).isZero();

        List<String> states = figures.get("byRequestingState").valueStream()
                .map(s -> s.get("requestingState").asString()).toList();
        assertThat(states).containsExactly("FR", "KZ");
        JsonNode kz = figures.get("byRequestingState").get(1);
        assertThat(kz.get("received").asString()).isEqualTo("<5");
        assertThat(figures.get("byRequestingState").get(0).get("received").asString())
                .as("7 in all minus France would give Kazakhstan away").isEqualTo("withheld");
    }

    @Test
    void theFiguresNameNoRequest() {
        String body = new String(figures(String.valueOf(YEAR)).response().body());
        assertThat(ids).allSatisfy(id -> assertThat(body).doesNotContain(id));
        assertThat(references).allSatisfy(reference -> assertThat(body).doesNotContain(reference));
        assertThat(body).doesNotContain("Jardemalie", "Жардемали");
    }

    @Test
    void readingTheFiguresIsAuditedAsAnAggregateRead() {
        long before = reads();
        figures(String.valueOf(YEAR));
        Map<String, Object> event = jdbc.sql("select username, actor_role, case_id, object_ref, details from audit_events"
                        + " where action = 'oversight.figures.read' order by seq desc limit 1")
                .query().singleRow();
        assertThat(reads()).isEqualTo(before + 1);
        assertThat(event).containsEntry("username", "demo-oversight").containsEntry("actor_role", "OVERSIGHT")
                .containsEntry("details", "{\"form\":\"json\",\"year\":" + YEAR + "}");
        assertThat(event.get("case_id")).isNull();
        assertThat(event.get("object_ref")).isNull();
    }

    @Test
    void aYearIsRequiredAndCannotLieAhead() {
        for (String year : List.of("", "twenty", "1999", String.valueOf(Year.now().getValue() + 1))) {
            Answer refused = figures(year);
            assertThat(refused.status()).as(year).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/year");
        }
        Answer pdf = Api.at(port).as("demo-oversight").get("/api/v1/oversight/report.pdf");
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theReportIsAPdfInTheReadersLanguage() throws IOException {
        Answer english = Api.at(port).as("demo-oversight").get("/api/v1/oversight/report.pdf?year=" + YEAR);
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.contentType()).isEqualTo("application/pdf");
        String text = text(english.response().body());
        assertThat(text).contains("Oversight figures " + YEAR, "Filter 1: central authority", "Forwarded", "<5",
                "withheld", "Median days");
        assertThat(text.replace("\n", "")).contains("FOREIGN_OFFICIALS_UNIDENTIFIED");
        assertThat(text.replace("\n", " ")).contains("Incidents at the executions",
                "A foreign official did more than observe");
        assertThat(ids).allSatisfy(id -> assertThat(text).doesNotContain(id));

        String inspector = "inspecteur." + UUID.randomUUID().toString().substring(0, 8);
        Answer created = Api.at(port).as("demo-admin").post("/api/v1/users", Api.json(Map.of("username", inspector,
                "password", "un mot de passe assez long", "role", "OVERSIGHT", "language", "fr")));
        assertThat(created.status()).isEqualTo(201);
        Answer french = Api.at(port).as(inspector, "un mot de passe assez long")
                .get("/api/v1/oversight/report.pdf?year=" + YEAR);
        assertThat(text(french.response().body())).contains("Chiffres pour le contrôle " + YEAR,
                "Filtre 1 : autorité centrale", "Transmises", "masqué", "Incidents lors des exécutions");
    }

    @Test
    void theCourseOfARequestKeepsEveryMoveWithItsTime() {
        List<CaseCourse> year = courses.receivedIn(Year.of(YEAR));
        assertThat(year).hasSize(7);
        assertThat(year).filteredOn(c -> c.requestingState().equals("KZ")).singleElement().satisfies(kz -> {
            assertThat(kz.state()).isEqualTo(CaseState.PROSECUTOR_REVIEW);
            assertThat(kz.moves()).extracting(m -> m.transition().to()).containsExactly(CaseState.SCREENED,
                    CaseState.CENTRAL_AUTHORITY_REVIEW, CaseState.PROSECUTOR_REVIEW);
            assertThat(kz.moves().get(2).at()).isAfterOrEqualTo(kz.moves().get(1).at());
            assertThat(kz.decisions()).singleElement().satisfies(d -> assertThat(d.answers()).isNotEmpty());
        });
    }

    long reads() {
        return jdbc.sql("select count(*) from audit_events where action = 'oversight.figures.read'").query(Long.class)
                .single();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
