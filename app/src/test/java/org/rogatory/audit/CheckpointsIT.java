package org.rogatory.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rogatory.audit.domain.Checkpoint;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Oversight takes a signed checkpoint of the chain's head over HTTP and brings it back later. */
@PostgresIT
class CheckpointsIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditSigningKey key;

    Api oversight() {
        return Api.at(port).as("demo-oversight");
    }

    @Test
    void aCheckpointIsTheSignedHeadAndStillHoldsAsTheLogGrows() {
        Answer taken = oversight().get("/api/v1/audit/checkpoint");
        assertThat(taken.status()).isEqualTo(200);
        JsonNode checkpoint = taken.body();
        assertThat(checkpoint.propertyNames()).containsExactly("sequence", "hash", "signedAt", "publicKey", "signature");
        assertThat(checkpoint.get("publicKey").asString()).isEqualTo(key.publicKey());
        assertThat(new Checkpoint(checkpoint.get("sequence").asLong(), checkpoint.get("hash").asString(),
                Instant.parse(checkpoint.get("signedAt").asString()), checkpoint.get("publicKey").asString(),
                checkpoint.get("signature").asString()).signatureHolds()).isTrue();

        Api.at(port).as("demo-central").get("/api/v1/requests"); // the log grows by a queue listing

        Answer verdict = Api.at(port).as("demo-admin").post("/api/v1/audit/checkpoint/verification",
                Api.json(checkpoint));
        assertThat(verdict.status()).isEqualTo(200);
        assertThat(verdict.body().get("ok").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.body().get("problems")).isEmpty();
        assertThat(verdict.body().get("events").asLong()).isGreaterThan(checkpoint.get("sequence").asLong());
    }

    @Test
    void anAlteredCheckpointIsNamedAsSuch() {
        ObjectNode checkpoint = (ObjectNode) oversight().get("/api/v1/audit/checkpoint").body();
        checkpoint.put("signedAt", "2020-01-01T00:00:00Z");
        assertThat(problems(checkpoint)).containsExactly("SIGNATURE_INVALID");
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsNotTrusted() {
        JsonNode head = oversight().get("/api/v1/audit/checkpoint").body();
        Checkpoint foreign = Checkpoint.sign(head.get("sequence").asLong(), head.get("hash").asString(), Instant.now(),
                SigningKeys.generate());
        assertThat(problems(CheckpointJson.of(foreign))).containsExactly("UNTRUSTED_KEY");
    }

    @Test
    void aHeadTheLogNeverHadIsNotInTheChain() {
        long sequence = oversight().get("/api/v1/audit/checkpoint").body().get("sequence").asLong();
        Checkpoint other = Checkpoint.sign(sequence, "ab".repeat(32), Instant.now(), key.keys());
        assertThat(problems(CheckpointJson.of(other))).containsExactly("HEAD_NOT_IN_CHAIN");
    }

    @Test
    void aBodyThatIsNoCheckpointIsRefusedNamingEveryField() {
        Answer refused = oversight().post("/api/v1/audit/checkpoint/verification", Api.json(Map.of("sequence", -1,
                "hash", "xyz", "signedAt", "yesterday", "publicKey", "", "signature", "not base64!")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").valueStream().map(e -> e.get("pointer").asString()))
                .containsExactly("/sequence", "/hash", "/signedAt", "/publicKey", "/signature");
    }

    List<String> problems(Object checkpoint) {
        Answer verdict = oversight().post("/api/v1/audit/checkpoint/verification", Api.json(checkpoint));
        assertThat(verdict.status()).as(verdict.toString()).isEqualTo(200);
        assertThat(verdict.body().get("ok").asBoolean()).isFalse();
        return verdict.body().get("problems").valueStream().map(JsonNode::asString).toList();
    }
}
