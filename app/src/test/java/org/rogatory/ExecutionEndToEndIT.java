package org.rogatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.support.Executions.FIRST_OBSERVER;
import static org.rogatory.support.Executions.SECOND_OBSERVER;
import static org.rogatory.support.ResultItems.review;
import static org.rogatory.support.ResultItems.upload;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rogatory.cli.RogatoryCommand;
import org.rogatory.letters.Letter;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.CaseStudyWalk;
import org.rogatory.support.Executions;
import org.rogatory.support.MutableClock;
import org.rogatory.support.Pdfs;
import org.rogatory.support.Imports;
import org.rogatory.support.ReferenceDataIT;
import org.rogatory.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case study after the decisions, over HTTP as the demo users with a real SMTP server, screened
 * against the shared register: the judge authorises the search of a refugee lawyer's home with two
 * named observers; the plan waits for the bar president's notice (she is a lawyer by the register,
 * not by anything the request says); one observer photographs documents, which opens an incident; the
 * reviewer withholds a client list and redacts another item; counsel objects to the hearing record;
 * the transmission is refused, naming each thing that holds it back, until each is resolved; the
 * package then holds exactly the cleared items, whose hashes verify, and the audit chain verifies.
 */
@ReferenceDataIT
class ExecutionEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Autowired
    MutableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
        TestMail.start();
    }

    @Test
    void nothingLeavesUntilEveryExecutionSafeguardIsMetAndThenOnlyTheClearedItems() throws Exception {
        Api api = Api.at(port);
        Api police = api.as("demo-police");
        Api clerk = api.as("demo-clerk");
        Api judge = api.as("demo-judge");
        Api reviewer = api.as("demo-reviewer");
        Imports.importAllShared(api);
        String id = new Executions(api).authorised();
        String base = "/api/v1/requests/" + id;
        // the request does not say she is a lawyer: the register does (R-0001), and screening says so
        JsonNode barNotice = CaseStudyWalk.finding(judge.get(base).body(), "BAR_PRESIDENT_NOTIFICATION");
        assertThat(barNotice.get("severity").asString()).isEqualTo("OBLIGATION");
        assertThat(barNotice.get("evidence").get("registerId").asString()).isEqualTo("R-0001");
        JsonNode decisions = judge.get(base).body().get("decisions");
        assertThat(decisions.get(decisions.size() - 1).get("authorisation").get("foreignOfficials")
                .findValuesAsString("name")).containsExactly(FIRST_OBSERVER.get("name"), SECOND_OBSERVER.get("name"));

        // the plan: a third, unnamed official and an observer who would "assist" are refused by name
        Map<String, String> unnamed = Map.of("name", "Unknown colleague", "function", "Investigator",
                "identityDocument", "none shown");
        Map<String, String> assisting = new LinkedHashMap<>(SECOND_OBSERVER);
        assisting.put("role", "ASSIST");
        Answer beyond = police.post(base + "/execution/plan", Api.json(Executions.plan(LocalDateTime.now(clock),
                List.of(FIRST_OBSERVER, assisting, unnamed))));
        assertThat(beyond.status()).as(beyond.toString()).isEqualTo(409);
        assertThat(beyond.contentType()).startsWith("application/problem+json");
        assertThat(beyond.body().get("reasons").findValuesAsString("code"))
                .containsExactlyInAnyOrder("foreign-official-not-observer", "foreign-official-not-authorised");
        assertThat(beyond.body().get("reasons").findValuesAsString("subject"))
                .containsExactlyInAnyOrder("foreignOfficials/1", "foreignOfficials/2");

        Answer drafted = police.post(base + "/execution/plan", Api.json(Executions.plan(LocalDateTime.now(clock),
                List.of(FIRST_OBSERVER, SECOND_OBSERVER))));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(drafted.body().get("status").asString()).isEqualTo("DRAFT");

        // confirmation waits for the bar president's notice: Brussels has a French- and a Dutch-speaking bar
        Answer unconfirmed = police.post(base + "/execution/plan/confirmation", "");
        assertThat(unconfirmed.status()).as(unconfirmed.toString()).isEqualTo(409);
        assertThat(unconfirmed.body().get("reasons").findValuesAsString("findingCode")).isNotEmpty()
                .containsOnly("BAR_PRESIDENT_NOTIFICATION");
        assertThat(police.get(base + "/execution").body().get("neededNotices").findValuesAsString("barId"))
                .containsExactlyInAnyOrder("BXL-FR", "BXL-NL");

        TestMail.stop();
        Answer failed = police.post(base + "/execution/plan/notices", "");
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        assertThat(failed.body().findValuesAsString("status")).containsExactly("FAILED", "FAILED");
        assertThat(police.get(base + "/execution").body().get("notices").get(0).get("lastError").asString())
                .isNotBlank();
        assertThat(police.post(base + "/execution/plan/confirmation", "").status()).isEqualTo(409);

        TestMail.start();
        Answer delivered = police.post(base + "/execution/plan/notices", "");
        assertThat(delivered.body().findValuesAsString("status")).containsExactly("DELIVERED", "DELIVERED");
        assertThat(police.post(base + "/execution/plan/notices", "").body().findValuesAsString("status"))
                .containsExactly("DELIVERED", "DELIVERED");
        MimeMessage[] mail = TestMail.received();
        assertThat(mail).hasSize(2);
        assertNoticeSaysOnlyWhatItNeeds(mail, id);

        String noticeFr = delivered.body().get(0).get("barId").asString().equals("BXL-FR")
                ? delivered.body().get(0).get("id").asString() : delivered.body().get(1).get("id").asString();
        Answer answered = clerk.post(base + "/execution/notices/" + noticeFr + "/answer",
                Api.json(Map.of("answer", "DELEGATE", "note", "Me Dupont attends as the bâtonnier's delegate.")));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);

        Answer confirmed = police.post(base + "/execution/plan/confirmation", "");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body().get("plan").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.body().get("blockers")).isEmpty();

        // the search, an hour after the time the bar was told: one observer photographs documents on the desk
        LocalDateTime scheduled = LocalDateTime.parse(confirmed.body().get("plan").get("scheduledFor").asString());
        clock.advance(Duration.between(LocalDateTime.now(clock), scheduled.plusHours(1)));
        Answer reported = police.post(base + "/execution/report", Api.json(report(LocalDateTime.now(clock))));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        JsonNode execution = police.get(base + "/execution").body();
        assertThat(execution.get("incidents").findValuesAsString("kind"))
                .containsExactly("FOREIGN_OFFICIAL_HANDLED_MATERIAL");
        assertThat(execution.get("incidents").get(0).get("detail").asString()).contains("Arman Seitkali", "PHOTOGRAPHED");
        String incident = execution.get("incidents").get(0).get("id").asString();
        assertThat(judge.get(base).body().get("state").asString()).isEqualTo("EXECUTED");

        // results: the report's seizures and hearing became items; each gets its content
        JsonNode items = police.get(base + "/results").body().get("items");
        assertThat(items.findValuesAsString("label")).containsExactly("Client list 2019-2023",
                "Trust agreement, Steppe Aviation Services", "Laptop (forensic copy)", "Hearing of Dinara Kuanishbaeva on "
                        + LocalDate.now(clock));
        String clientList = items.get(0).get("id").asString();
        String trust = items.get(1).get("id").asString();
        String laptop = items.get(2).get("id").asString();
        String hearing = items.get(3).get("id").asString();
        Answer incomplete = police.post(base + "/results/submission", "");
        assertThat(incomplete.status()).isEqualTo(409);
        assertThat(incomplete.body().get("reasons").findValuesAsString("subject"))
                .containsExactlyInAnyOrder(clientList, trust, laptop);

        Answer listed = upload(police, base, clientList, "text/plain", CLIENT_LIST.getBytes(StandardCharsets.UTF_8));
        assertThat(listed.body().get("findings").findValuesAsString("registerId"))
                .containsExactlyInAnyOrder("R-0004", "R-0021", "R-0050");
        Answer agreement = upload(police, base, trust, "application/pdf", Letter.titled("Trust agreement")
                .paragraph(TRUST_AGREEMENT).pdf());
        assertThat(agreement.body().get("findings").findValuesAsString("registerId")).containsExactly("R-0002");
        assertThat(upload(police, base, laptop, "text/plain", LAPTOP.getBytes(StandardCharsets.UTF_8)).body()
                .get("findings")).isEmpty();
        assertThat(police.post(base + "/results/submission", "").status()).isEqualTo(200);

        // review: the client list is withheld; the agreement redacted; the rest cleared
        Answer cleared = review(reviewer, base, clientList, "CLEARED", "Business records.", null);
        assertThat(cleared.status()).isEqualTo(409);
        assertThat(cleared.body().get("reasons").findValuesAsString("code")).containsOnly("item-finding-unresolved")
                .hasSize(3);
        assertThat(review(judge, base, clientList, "WITHHELD", "The judge is not independent.", null).status())
                .isEqualTo(403);
        assertThat(review(reviewer, base, clientList, "WITHHELD", "A lawyer's client list: professional secrecy and "
                + "the data of refugees (BE-CP-458, ROG-THIRD-PARTY-DATA).", null).status()).isEqualTo(201);
        Answer halfRedacted = review(reviewer, base, trust, "REDACTED", "Third party removed.",
                TRUST_AGREEMENT.replace("Steppe", "[redacted]"));
        assertThat(halfRedacted.status()).isEqualTo(409);
        assertThat(halfRedacted.body().get("reasons").findValuesAsString("code"))
                .containsExactly("name-still-in-redacted-text");
        String redacted = TRUST_AGREEMENT.replace("Yermek Baisalov", "[redacted: third party]");
        assertThat(review(reviewer, base, trust, "REDACTED", "The name of a refugee who is not a person of the "
                + "request is removed (ROG-THIRD-PARTY-DATA).", redacted).status()).isEqualTo(201);
        assertThat(review(reviewer, base, laptop, "CLEARED", "Invoices only.", null).status()).isEqualTo(201);
        assertThat(review(reviewer, base, hearing, "CLEARED", "Nothing privileged.", null).status()).isEqualTo(201);

        // contents are read by those who work on them, and by nobody else
        Answer text = reviewer.get(base + "/results/" + clientList + "/content?version=TEXT");
        assertThat(text.status()).isEqualTo(200);
        assertThat(new String(text.response().body(), StandardCharsets.UTF_8)).contains("Gulshat Serikbaeva");
        assertThat(new String(judge.get(base + "/results/" + trust + "/content?version=REDACTED").response().body(),
                StandardCharsets.UTF_8)).isEqualTo(redacted);
        assertThat(police.get(base + "/results/" + trust + "/content").contentType()).isEqualTo("application/pdf");
        for (String user : List.of("demo-clerk", "demo-central", "demo-prosecutor", "demo-supervisor",
                "demo-oversight", "demo-admin")) {
            assertThat(api.as(user).get(base + "/results/" + clientList + "/content").status()).as(user).isEqualTo(403);
        }

        // counsel objects to the hearing record; the affected person is notified today
        Answer objection = clerk.post(base + "/objections", Api.json(Map.of("objector", "Maître Claire Marchal",
                "capacity", "COUNSEL", "receivedOn", LocalDate.now(clock).toString(), "items", List.of(hearing),
                "grounds", "The hearing was held on questions of the persecuting state; it must not be relayed.")));
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        Answer overlong = clerk.post(base + "/notifications", Api.json(Map.of("person", "D".repeat(301),
                "notifiedOn", LocalDate.now(clock).toString())));
        assertThat(overlong.status()).as("longer than the records keep: named, not a 500").isEqualTo(400);
        assertThat(overlong.body().get("errors").findValuesAsString("pointer")).containsExactly("/person");
        Answer stranger = clerk.post(base + "/notifications", Api.json(Map.of("person", "Maître Claire Marchal",
                "notifiedOn", LocalDate.now(clock).toString())));
        assertThat(stranger.status()).as("counsel is not whom the search concerns").isEqualTo(400);
        assertThat(stranger.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/person");
        assertThat(stranger.body().get("errors").get(0).get("detail").asString()).contains("p1 (Dinara Kuanishbaeva)");
        assertThat(clerk.post(base + "/notifications", Api.json(Map.of("person", "Dinara Kuanishbaeva",
                "notifiedOn", LocalDate.now(clock).toString()))).status()).isEqualTo(201);

        Map<String, String> transmission = Map.of("channel", "DIPLOMATIC",
                "recipient", "Anti-Corruption Agency of the Republic of Kazakhstan, Astana");
        Answer refused = judge.post(base + "/transmission", Api.json(transmission));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("reasons").findValuesAsString("code"))
                .containsExactlyInAnyOrder("incident-open", "objection-pending", "remedy-period-running");

        assertThat(judge.post(base + "/execution/incidents/" + incident + "/ruling", Api.json(Map.of("reasons",
                "The official photographed papers on the desk: the photographs are not evidence and the requesting "
                        + "state is reminded that its officials only observe."))).status()).isEqualTo(201);
        String objectionId = objection.body().get("id").asString();
        assertThat(judge.post(base + "/objections/" + objectionId + "/ruling", Api.json(Map.of("outcome", "UPHELD",
                "reasons", "The hearing record is not transmitted."))).status()).isEqualTo(201);
        Answer waiting = judge.post(base + "/transmission", Api.json(transmission));
        assertThat(waiting.body().get("reasons").findValuesAsString("code")).containsExactly("remedy-period-running");

        clock.advance(Duration.ofDays(16));
        Answer sent = judge.post(base + "/transmission", Api.json(transmission));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.contentType()).isEqualTo("application/zip");
        byte[] zip = sent.response().body();
        assertThat(sent.header("X-Package-SHA256")).isEqualTo(sha256(zip));
        Map<String, byte[]> files = unzip(zip);
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        assertThat(manifest.get("items").findValuesAsString("item")).containsExactly(trust, laptop);
        assertThat(manifest.get("items").findValuesAsString("version")).containsExactly("REDACTED", "ORIGINAL");
        for (JsonNode item : manifest.get("items")) {
            assertThat(sha256(files.get(item.get("file").asString()))).isEqualTo(item.get("sha256").asString());
        }
        assertThat(files.keySet()).containsExactlyInAnyOrder("manifest.json", "cover-letter.pdf",
                manifest.get("items").get(0).get("file").asString(), manifest.get("items").get(1).get("file").asString());
        String leftRedacted = new String(files.get(manifest.get("items").get(0).get("file").asString()),
                StandardCharsets.UTF_8);
        assertThat(leftRedacted).isEqualTo(redacted).doesNotContain("Baisalov");
        assertThat(manifest.get("useLimitation").get("grounds").toString())
                .contains("ROG-USE-LIMITATION", "ECMA59-AP2-26-1", "UNCAC-46-19");
        assertThat(manifest.get("authorisingDecision").get("outcome").asString()).isEqualTo("AUTHORISE");
        String letter = Pdfs.text(files.get("cover-letter.pdf"));
        assertThat(letter).contains("Use limitation (speciality)", "Limitation d'usage (spécialité)",
                "ROG-USE-LIMITATION", "KZ-ACA-2024/0877", manifest.get("items").get(1).get("sha256").asString());

        JsonNode record = judge.get(base + "/transmission").body();
        assertThat(record.get("state").asString()).isEqualTo("TRANSMITTED");
        assertThat(record.get("sent").get("packageSha256").asString()).isEqualTo(sha256(zip));
        assertThat(judge.post(base + "/transmission", Api.json(transmission)).status()).isEqualTo(409);
        Answer again = judge.get(base + "/transmission/package");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.response().body()).as("the package that left, byte for byte").isEqualTo(zip);
        assertThat(api.as("demo-reviewer").get(base + "/transmission/package").status()).isEqualTo(403);
        Answer closed = api.as("demo-central").post(base + "/closure", "");
        assertThat(closed.body().get("state").asString()).as(closed.toString()).isEqualTo("CLOSED");

        JsonNode verified = api.as("demo-oversight").get("/api/v1/audit/verify").body();
        assertThat(verified.get("ok").asBoolean()).isTrue();
        assertThat(auditVerifyCommand()).isEqualTo(verified.get("events").asString());
    }

    /** The notice goes to each Brussels bar in its language, with a PDF, and says nothing of the case it need not say. */
    private static void assertNoticeSaysOnlyWhatItNeeds(MimeMessage[] mail, String caseId) throws Exception {
        Map<String, MimeMessage> byRecipient = new LinkedHashMap<>();
        for (MimeMessage message : mail) {
            byRecipient.put(message.getAllRecipients()[0].toString(), message);
        }
        assertThat(byRecipient.get("batonnier@barreau-bruxelles.example").getSubject()).startsWith("Avis");
        assertThat(byRecipient.get("stafhouder@baliebrussel.example").getSubject()).startsWith("Bericht");
        for (MimeMessage message : mail) {
            Multipart parts = (Multipart) message.getContent();
            String body = null;
            byte[] pdf = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("application/pdf")) {
                    pdf = part.getInputStream().readAllBytes();
                } else if (part.getContent() instanceof Multipart inner) {
                    body = (String) inner.getBodyPart(0).getContent();
                } else {
                    body = (String) part.getContent();
                }
            }
            assertThat(pdf).isNotNull();
            String letter = Pdfs.text(pdf);
            for (String text : List.of(body, letter)) {
                assertThat(text).contains(caseId, Executions.ADDRESS)
                        .doesNotContain("KZ", "Kazakhstan", "Kuanishbaeva", "Dinara", "mbezzlement", "KZ-ACA",
                                "Abenov", "Seitkali");
            }
        }
    }

    private static Map<String, Object> report(LocalDateTime at) {
        return Map.of(
                "executedAt", at.withSecond(0).withNano(0).toString(),
                "present", List.of(
                        Map.of("name", "Inspector An Claes", "role", "OFFICER"),
                        Map.of("name", "Inspector Joris Wouters", "role", "OFFICER"),
                        Map.of("name", FIRST_OBSERVER.get("name"), "role", "FOREIGN_OFFICIAL",
                                "function", FIRST_OBSERVER.get("function"),
                                "identityDocument", FIRST_OBSERVER.get("identityDocument"), "identityChecked", true,
                                "conduct", List.of("OBSERVED")),
                        Map.of("name", SECOND_OBSERVER.get("name"), "role", "FOREIGN_OFFICIAL",
                                "function", SECOND_OBSERVER.get("function"),
                                "identityDocument", SECOND_OBSERVER.get("identityDocument"), "identityChecked", true,
                                "conduct", List.of("OBSERVED", "PHOTOGRAPHED")),
                        Map.of("name", "Me Dupont", "role", "BAR_DELEGATE"),
                        Map.of("name", "The suspect's mother", "role", "OCCUPANT")),
                "seized", List.of(
                        Map.of("kind", "DOCUMENT", "label", "Client list 2019-2023", "placeFound", "Study, desk",
                                "description", "Four typed pages"),
                        Map.of("kind", "DOCUMENT", "label", "Trust agreement, Steppe Aviation Services",
                                "placeFound", "Study, filing cabinet", "description", "Signed original, 6 pages"),
                        Map.of("kind", "DATA_CARRIER", "label", "Laptop (forensic copy)", "placeFound", "Living room",
                                "description", "Copy of the disk; the laptop was returned")),
                "hearings", List.of(Map.of("person", "Dinara Kuanishbaeva", "heldOn", LocalDate.from(at).toString(),
                        "record", "Dinara Kuanishbaeva declines to answer the questions of the requesting state.")));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private String auditVerifyCommand() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThat(RogatoryCommand.commandLine().execute("audit", "verify", "--db", databaseUrl)).isZero();
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8).strip();
    }

    static final String CLIENT_LIST = """
            Clients 2019-2023 (confidential)
            1. Gulshat Serikbaeva, asylum file, Brussels
            2. Тофик Мамедли, residence permit appeal
            3. Luc Vermeulen, rental dispute
            4. Viktar Hrynkevich (consultation)
            """;

    static final String TRUST_AGREEMENT = "Trust agreement between LLP Steppe Aviation Services and Meridian Holdings "
            + "Ltd, drafted at the request of Yermek Baisalov, signed in Astana on 3 March 2009.";

    static final String LAPTOP = "Invoices 2020-2022 of a translation agency: fees, rent, telephone.";
}
