package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.rogatory.audit.CheckpointJson;
import org.rogatory.audit.domain.Checkpoint;
import org.rogatory.screening.ReferenceImports;
import tools.jackson.databind.json.JsonMapper;

/** The oversight, audit and reference-data forms: a year, a pasted checkpoint, a file's kind and name. */
class AdminFormsTest {

    private static final Year NOW = Year.of(2026);
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theYearIsThisYearWhenNoneIsGivenAndOnlyOneOfTheYearsOffered() {
        assertThat(AdminForms.year(null, NOW)).contains(NOW);
        assertThat(AdminForms.year(" ", NOW)).contains(NOW);
        assertThat(AdminForms.year(" 2025 ", NOW)).contains(Year.of(2025));
        assertThat(AdminForms.year("2000", NOW)).contains(Year.of(2000));
        assertThat(AdminForms.year("1999", NOW)).isEmpty();
        assertThat(AdminForms.year("2027", NOW)).isEmpty();
        assertThat(AdminForms.year("last year", NOW)).isEmpty();
        assertThat(AdminForms.years(NOW)).startsWith(2026, 2025).endsWith(2000).hasSize(27);
    }

    @Test
    void aCheckpointPastedBackIsReadAsTheApiReadsIt() throws Exception {
        Checkpoint taken = Checkpoint.sign(42, "ab".repeat(32), Instant.parse("2026-11-25T10:00:00Z"),
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        String pasted = "\n  " + json.writerWithDefaultPrettyPrinter().writeValueAsString(CheckpointJson.of(taken))
                + "\n";

        AdminForms.Pasted read = AdminForms.checkpoint(pasted, json);

        assertThat(read.ok()).isTrue();
        assertThat(read.checkpoint()).isEqualTo(taken);
        assertThat(read.checkpoint().signatureHolds()).isTrue();
    }

    @Test
    void whatIsNoCheckpointIsNamed() {
        assertThat(AdminForms.checkpoint("  ", json).errorKey()).isEqualTo("audit.checkpoint.error.required");
        assertThat(AdminForms.checkpoint("{\"sequence\": ", json).errorKey()).isEqualTo("audit.checkpoint.error.json");
        assertThat(AdminForms.checkpoint("null", json).errorKey()).isEqualTo("audit.checkpoint.error.json");
        AdminForms.Pasted bad = AdminForms.checkpoint("{\"sequence\": 3, \"hash\": \"xyz\", \"signedAt\": "
                + "\"2026-11-25T10:00:00Z\", \"publicKey\": \"AAAA\", \"signature\": \"!!\"}", json);
        assertThat(bad.ok()).isFalse();
        assertThat(bad.errorKey()).isEqualTo("audit.checkpoint.error.fields");
        assertThat(bad.details()).containsExactly("hash must be a SHA-256 hash: 64 lower-case hex digits",
                "signature must be Base64");
    }

    @Test
    void theKindIsOneOfTheThreeAndTheFileKeepsOnlyItsOwnName() {
        assertThat(AdminForms.kind("countries")).contains(ReferenceImports.Kind.COUNTRIES);
        assertThat(AdminForms.kind("REGISTER")).contains(ReferenceImports.Kind.REGISTER);
        assertThat(AdminForms.kind("history")).isEmpty();
        assertThat(AdminForms.kind(null)).isEmpty();
        assertThat(AdminForms.fileName("C:\\Users\\admin\\countries-2026.csv", ReferenceImports.Kind.COUNTRIES))
                .isEqualTo("countries-2026.csv");
        assertThat(AdminForms.fileName("/tmp/register.csv", ReferenceImports.Kind.REGISTER)).isEqualTo("register.csv");
        assertThat(AdminForms.fileName(null, ReferenceImports.Kind.DECISIONS)).isEqualTo("decisions.csv");
        assertThat(AdminForms.fileName("  ", ReferenceImports.Kind.DECISIONS)).isEqualTo("decisions.csv");
    }
}
