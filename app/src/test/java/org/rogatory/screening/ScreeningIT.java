package org.rogatory.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.support.CaseStudyWalk.finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.Cases;
import org.rogatory.support.Fixtures;
import org.rogatory.support.Imports;
import org.rogatory.support.ReferenceDataIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Screening in the chain, over HTTP as the demo users: reference data imported by the ADMIN, the
 * case-study analogue screened against it, and open requests screened again when the register
 * changes.
 */
@ReferenceDataIT
class ScreeningIT {

    static final String TAJIK_REFUGEE = "R-0060,REFUGEE,Jamshed Rahimov|Джамшед Рахимов,1988-05-02,TJ,TJ,2017-02,\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Answer importFile(String kind, String name, byte[] content) {
        return Imports.importFile(Api.at(port), kind, name, content);
    }

    Answer importShared(String kind) {
        return Imports.importShared(Api.at(port), kind);
    }

    @Test
    void anImportIsCheckedRowByRowAllOrNothingAndAuditedWithTheFilesHash() throws IOException {
        assertThat(importShared("countries").status()).isEqualTo(200);
        long before = jdbc.sql("select count(*) from screening_countries").query(Long.class).single();

        String bad = Files.readString(Fixtures.DATA.resolve("countries.csv")).replace("KZ,Kazakhstan,39,NF",
                "KZ,Kazakhstan,thirty-nine,NF");
        Answer refused = importFile("countries", "countries-bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("file").asString()).isEqualTo("countries-bad.csv");
        assertThat(refused.body().get("field").asString()).isEqualTo("cpi_score");
        assertThat(refused.body().get("line").asLong()).isGreaterThan(1);
        assertThat(jdbc.sql("select count(*) from screening_countries").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select cpi_score from screening_countries where iso2 = 'KZ'").query(Integer.class)
                .single()).isEqualTo(39);

        Answer imported = importShared("countries");
        String sha256 = imported.body().get("sha256").asString();
        assertThat(imported.body().get("rows").asInt()).isEqualTo(45);
        assertThat(jdbc.sql("select details from audit_events where action = 'reference.countries.imported' "
                + "order by seq desc limit 1").query(String.class).single()).contains(sha256, "countries.csv");
        assertThat(Api.at(port).as("demo-oversight").get("/api/v1/audit/verify").body().get("ok").asBoolean()).isTrue();
    }

    @Test
    void onlyTheAdminImportsReferenceData() throws IOException {
        byte[] countries = Files.readAllBytes(Fixtures.DATA.resolve("countries.csv"));
        for (String user : List.of("demo-clerk", "demo-central", "demo-supervisor", "demo-oversight")) {
            Answer answer = Api.at(port).as(user).send(Api.at(port).as(user).request("/api/v1/reference/countries")
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(countries)));
            assertThat(answer.status()).as(user).isEqualTo(403);
        }
        assertThat(importFile("nationalities", "n.csv", countries).status()).isEqualTo(404);
    }

    @Test
    void theCaseStudyAnalogueCannotPassTheCentralAuthorityUntilTheRefugeeFindingIsAnswered() {
        Imports.importAllShared(Api.at(port));
        Cases cases = new Cases(Api.at(port));
        Answer registered = Api.at(port).as("demo-clerk").post("/api/v1/requests",
                Api.json(Fixtures.fresh(Fixtures.CASE_STUDY)));
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.body().get("id").asString();
        JsonNode refugee = finding(registered.body(), "REFUGEE_FROM_REQUESTING_STATE");
        assertThat(refugee.get("severity").asString()).isEqualTo("BLOCKING");
        assertThat(refugee.get("personRef").asString()).isEqualTo("p1");
        assertThat(codes(registered.body())).contains("FOREIGN_OFFICIALS_UNIDENTIFIED", "STATE_LINKED_COMPLAINANT",
                "NO_EXTRADITION_TREATY", "HIGH_RISK_STATE", "ASSOCIATE_OF_PROTECTED_PERSON",
                "PRIOR_ADVERSE_DECISION", "BAR_PRESIDENT_NOTIFICATION", "PRIVILEGE_REVIEW");

        Api central = Api.at(port).as("demo-central");
        Map<String, Object> allButRefugee = answering(cases.read("demo-central", id), refugee.get("id").asString(), null);
        Answer blocked = central.post("/api/v1/requests/" + id + "/decisions", Api.json(allButRefugee));
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.body().get("reasons").findValuesAsString("findingId")).containsExactly(refugee.get("id").asString());

        Answer overridden = central.post("/api/v1/requests/" + id + "/decisions", Api.json(answering(
                cases.read("demo-central", id), refugee.get("id").asString(), "OVERRIDDEN")));
        assertThat(overridden.status()).isEqualTo(201);
        assertThat(overridden.body().get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(cases.read("demo-central", id).get("state").asString()).isEqualTo("CENTRAL_AUTHORITY_REVIEW");
        String decision = overridden.body().get("id").asString();
        assertThat(central.post("/api/v1/requests/" + id + "/decisions/" + decision + "/approval", "").status())
                .isEqualTo(403);
        Answer approved = Api.at(port).as("demo-supervisor")
                .post("/api/v1/requests/" + id + "/decisions/" + decision + "/approval", "");
        assertThat(approved.status()).isEqualTo(201);
        assertThat(approved.body().get("state").asString()).isEqualTo("PROSECUTOR_REVIEW");

        String again = cases.register(Fixtures.CASE_STUDY);
        assertThat(codes(cases.read("demo-central", again))).contains("REFUGEE_FROM_REQUESTING_STATE");
        assertThat(codes(cases.read("demo-central", again))).contains("RELATED_CASE");
        Map<String, Object> refusal = upholdingAll(cases.read("demo-central", again));
        Answer refused = central.post("/api/v1/requests/" + again + "/decisions", Api.json(refusal));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(201);
        assertThat(refused.body().get("state").asString()).isEqualTo("REFUSED");
        assertThat(refused.body().get("grounds").toString()).contains("CSR51-33-1");
    }

    @Test
    void aRequestForwardedBeforeItsRefugeeEntryWasAddedIsBlockedUntilTheNewFindingIsAnswered() {
        Answer empty = importFile("register", "register-empty.csv",
                Imports.REGISTER_HEADER.getBytes(StandardCharsets.UTF_8));
        assertThat(empty.status()).as("an empty register would lift every protection").isEqualTo(400);
        assertThat(empty.body().get("errors").findValuesAsString("detail").get(0)).contains("no entries");
        assertThat(importFile("register", "register-before.csv",
                (Imports.REGISTER_HEADER + Imports.UNRELATED_DOCTOR).getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        Cases cases = new Cases(Api.at(port));
        String id = cases.register(Fixtures.fresh("13-tj-same-name-different-birth-dates-hard-case.json"));
        assertThat(codes(cases.read("demo-central", id))).doesNotContain("REFUGEE_FROM_REQUESTING_STATE");
        cases.move("demo-central", id, "FORWARD");

        assertThat(importFile("register", "register-after.csv",
                (Imports.REGISTER_HEADER + Imports.UNRELATED_DOCTOR + TAJIK_REFUGEE).getBytes(StandardCharsets.UTF_8))
                .status())
                .isEqualTo(200);
        JsonNode refugee = finding(cases.read("demo-prosecutor", id), "REFUGEE_FROM_REQUESTING_STATE");
        assertThat(refugee.get("evidence").get("registerId").asString()).isEqualTo("R-0060");
        assertThat(refugee.get("new").asBoolean()).isTrue();
        assertThat(refugee.get("status").asString()).isEqualTo("OPEN");
        JsonNode queued = queueItem("demo-prosecutor", id);
        assertThat(queued.get("newFindings").asInt()).isPositive();

        Answer blocked = cases.decide("demo-prosecutor", id, Map.of("outcome", "REFER_TO_JUDGE",
                "reasons", "Coercive measures requested."));
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.body().get("reasons").findValuesAsString("findingId")).contains(refugee.get("id").asString());

        assertThat(importFile("register", "register-without.csv",
                (Imports.REGISTER_HEADER + Imports.UNRELATED_DOCTOR).getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        JsonNode stale = finding(cases.read("demo-prosecutor", id), "REFUGEE_FROM_REQUESTING_STATE");
        assertThat(stale.get("status").asString()).isEqualTo("STALE");
        assertThat(stale.get("id").asString()).isEqualTo(refugee.get("id").asString());
    }

    /** A decision to forward answering every open gating finding, the one given answered as {@code disposition}. */
    static Map<String, Object> answering(JsonNode view, String findingId, String disposition) {
        List<Map<String, String>> answers = new ArrayList<>();
        for (JsonNode finding : view.get("findings")) {
            String id = finding.get("id").asString();
            String severity = finding.get("severity").asString();
            boolean gates = finding.get("status").asString().equals("OPEN")
                    && (severity.equals("BLOCKING") || severity.equals("WARNING"));
            if (!gates || id.equals(findingId) && disposition == null) {
                continue;
            }
            if (id.equals(findingId)) {
                answers.add(Map.of("findingId", id, "disposition", disposition, "reasons",
                        "Status to be verified with the CGRS before any measure; forwarded on that condition."));
            } else {
                answers.add(severity.equals("BLOCKING")
                        ? Map.of("findingId", id, "disposition", "OVERRIDDEN", "reasons", "Overridden for the test.")
                        : Map.of("findingId", id, "disposition", "UPHELD"));
            }
        }
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("outcome", "FORWARD");
        decision.put("grounds", List.of());
        decision.put("reasons", "Decided for the test.");
        decision.put("findings", answers);
        return decision;
    }

    /** A refusal upholding every open gating finding as its grounds. */
    static Map<String, Object> upholdingAll(JsonNode view) {
        List<Map<String, String>> answers = new ArrayList<>();
        for (JsonNode finding : view.get("findings")) {
            String severity = finding.get("severity").asString();
            if (finding.get("status").asString().equals("OPEN")
                    && (severity.equals("BLOCKING") || severity.equals("WARNING"))) {
                answers.add(Map.of("findingId", finding.get("id").asString(), "disposition", "UPHELD"));
            }
        }
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("outcome", "REFUSE");
        decision.put("reasons", "A recognised refugee from the requesting state: no assistance (non-refoulement).");
        decision.put("findings", answers);
        return decision;
    }

    JsonNode queueItem(String user, String id) {
        for (JsonNode item : Api.at(port).as(user).get("/api/v1/requests").body()) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not in the queue of " + user);
    }

    static List<String> codes(JsonNode view) {
        List<String> codes = new ArrayList<>();
        view.get("findings").forEach(f -> codes.add(f.get("code").asString()));
        return codes.stream().distinct().collect(Collectors.toList());
    }
}
