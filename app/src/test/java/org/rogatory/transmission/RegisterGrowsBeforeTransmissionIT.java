package org.rogatory.transmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.support.ResultItems.review;
import static org.rogatory.support.ResultItems.upload;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.Executions;
import org.rogatory.support.Fixtures;
import org.rogatory.support.Imports;
import org.rogatory.support.MutableClock;
import org.rogatory.support.ReferenceDataIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The register grows while results wait in review: a journalist is registered after the bank records
 * naming her were cleared. What would leave is screened again against the register as it is, so the
 * records do not leave naming her until they are reviewed again. The request was executed by the
 * prosecutor, so no judge had seen it: it waits in the judges' queue for its transmission.
 */
@ReferenceDataIT
class RegisterGrowsBeforeTransmissionIT {

    static final String JOURNALIST = "R-9002,JOURNALIST,Marguerite Delvaux-Nizet,1979-03-14,BE,,,\n";
    static final String RECORDS = "Statement of account BE71 0961 2345 6769, March 2023.\n"
            + "2023-03-02 transfer of 2,400 EUR to Marguerite Delvaux-Nizet, reference \"fees\".\n"
            + "2023-03-09 transfer of 18,000 EUR to Sud-Ouest Distribution SARL, reference \"invoice 2023-17\".\n";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void itemsClearedBeforeTheRegisterNamedSomeoneInThemDoNotLeaveUntilReviewedAgain() {
        Api api = Api.at(port);
        Api police = api.as("demo-police");
        Api reviewer = api.as("demo-reviewer");
        Api judge = api.as("demo-judge");
        Imports.importSharedWithoutRegister(api);
        String id = new Executions(api).executedByTheProsecutor(Fixtures.BENIGN);
        String base = "/api/v1/requests/" + id;
        assertThat(police.post(base + "/execution/plan", Api.json(Executions.placelessPlan(LocalDateTime.now(clock), 1)))
                .status()).isEqualTo(201);
        assertThat(police.post(base + "/execution/plan/confirmation", "").status()).isEqualTo(200);
        clock.advance(Duration.ofDays(1));
        assertThat(police.post(base + "/execution/report", Api.json(Map.of("executedAt",
                LocalDateTime.now(clock).withNano(0).toString(), "present",
                List.of(Map.of("name", "Inspector Lotte Maes", "role", "OFFICER"))))).status()).isEqualTo(201);

        Answer seizedLater = police.post(base + "/results", Api.json(Map.of("kind", "SEIZED_DOCUMENT",
                "label", "Ledger found at the company")));
        assertThat(seizedLater.status()).as("a seizure is reported, and checked, with the execution").isEqualTo(400);
        assertThat(seizedLater.body().get("errors").findValuesAsString("pointer")).containsExactly("/kind");
        Answer added = police.post(base + "/results", Api.json(Map.of("kind", "BANK_RECORD",
                "label", "Statement of account, March 2023")));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String item = added.body().get("id").asString();
        assertThat(upload(police, base, item, "text/plain", RECORDS.getBytes(StandardCharsets.UTF_8)).body()
                .get("findings")).as("the register does not hold her yet").isEmpty();
        Answer produced = police.post(base + "/results", Api.json(Map.of("kind", "PRODUCED_DOCUMENT",
                "label", "Invoice 2023-17, produced by the company")));
        assertThat(produced.status()).as("the request asks the company to produce documents").isEqualTo(201);
        String invoice = produced.body().get("id").asString();
        assertThat(upload(police, base, invoice, "text/plain",
                "Invoice 2023-17: transport services, 18,000 EUR.".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        assertThat(police.post(base + "/results/submission", "").status()).isEqualTo(200);
        assertThat(review(reviewer, base, item, "CLEARED", "Bank records of the suspect company only.", null)
                .status()).isEqualTo(201);
        assertThat(review(reviewer, base, invoice, "CLEARED", "The company's own invoice.", null).status())
                .isEqualTo(201);
        assertThat(api.as("demo-clerk").post(base + "/notifications", Api.json(Map.of("person",
                "SARL Transports Delacroix-Mouret", "notifiedOn", LocalDate.now(clock).toString()))).status())
                .isEqualTo(201);
        clock.advance(Duration.ofDays(16));

        assertThat(judge.get("/api/v1/requests?state=RESULTS_REVIEW").body().findValuesAsString("id"))
                .as("no judge decided on it: the judge who will transmit it finds it in the queue").contains(id);

        assertThat(Imports.importRegister(api, Imports.UNRELATED_DOCTOR + JOURNALIST).status()).isEqualTo(200);
        Map<String, String> transmission = Map.of("channel", "EIO", "recipient", "Parquet national financier, Paris");
        Answer refused = judge.post(base + "/transmission", Api.json(transmission));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("reasons").findValuesAsString("code"))
                .containsExactly("outgoing-item-names-protected-person");
        assertThat(refused.body().get("reasons").findValuesAsString("subject")).containsExactly(item);
        assertThat(refused.body().get("reasons").get(0).get("detail").asString()).contains("R-9002");
        assertThat(judge.get(base + "/transmission").body().get("blockers").findValuesAsString("code"))
                .as("the judge sees it before trying").containsExactly("outgoing-item-names-protected-person");

        Answer clearedAgain = review(reviewer, base, item, "CLEARED", "Bank records only.", null, 1);
        assertThat(clearedAgain.status()).as(clearedAgain.toString()).isEqualTo(409);
        assertThat(clearedAgain.body().get("reasons").findValuesAsString("code"))
                .containsExactly("item-names-newly-protected-person");
        String redacted = RECORDS.replace("Marguerite Delvaux-Nizet", "[redacted: third party]");
        Answer unseen = review(reviewer, base, item, "REDACTED", "Redacted.", redacted);
        assertThat(unseen.status()).as("a review that does not name the one it replaces").isEqualTo(409);
        assertThat(unseen.body().get("reasons").findValuesAsString("code")).containsExactly("item-reviewed-since");
        assertThat(review(reviewer, base, item, "REDACTED", "The payee, a journalist, is not a person of the request.",
                redacted, 1).status()).isEqualTo(201);
        assertThat(review(reviewer, base, item, "WITHHELD", "A second reviewer, who read review 1 only.", null, 1)
                .status()).as("review 2 stands now").isEqualTo(409);
        assertThat(police.get(base + "/results").body().get("items").get(0).get("review").get("number").asInt())
                .isEqualTo(2);

        Answer sent = judge.post(base + "/transmission", Api.json(transmission));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    }
}
