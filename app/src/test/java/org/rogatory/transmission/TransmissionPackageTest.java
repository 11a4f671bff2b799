package org.rogatory.transmission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.rogatory.access.Language;
import org.rogatory.access.Role;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.Decision;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.support.Pdfs;
import org.rogatory.transmission.domain.Dossier;
import org.rogatory.transmission.domain.ResultItem;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The package holds the manifest, the cover letter in the state's working language and the items whose hashes it gives. */
class TransmissionPackageTest {

    static final Instant AT = Instant.parse("2025-10-27T10:00:00Z");
    static final Decision AUTHORISE = new Decision("d-judge", "demo-judge", Role.INVESTIGATING_JUDGE, AT,
            CaseState.JUDGE_REVIEW, Outcome.AUTHORISE, CaseState.EXECUTION_PLANNING, List.of("BE-CIC-JUDGE"), "r",
            List.of(), false, null);

    @Test
    void writesTheItemsTheManifestHashesAndACoverLetterWithTheUseLimitation() throws Exception {
        ResultItem invoices = new ResultItem("i3", 3, ResultItem.ItemKind.DATA_CARRIER_COPY, "Laptop (copy)", null, null,
                new ResultItem.Content("text/plain", "x", 3), List.of(), null, null);
        TransmissionPackage.Written written = write(List.of(Language.DE), List.of(new TransmissionPackage.Leaving(
                new Dossier.Outgoing(invoices, Dossier.Version.ORIGINAL), "text/plain",
                "abc".getBytes(StandardCharsets.UTF_8))));

        Map<String, byte[]> files = unzip(written.zip());
        assertThat(files).containsOnlyKeys("manifest.json", "cover-letter.pdf", "items/03-laptop-copy.txt");
        JsonNode manifest = JsonMapper.builder().build().readTree(files.get("manifest.json"));
        assertThat(manifest.get("items").get(0).get("sha256").asString())
                .isEqualTo(ItemTexts.sha256("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(written.sent().items().get(0).sha256());
        assertThat(manifest.get("authorisingDecision").get("id").asString()).isEqualTo("d-judge");
        assertThat(manifest.get("useLimitation").get("grounds").toString())
                .contains("ROG-USE-LIMITATION", "ECMA59-AP2-26-1", "UNCAC-46-19");
        assertThat(written.sent().packageSha256()).isEqualTo(ItemTexts.sha256(written.zip()));
        String letter = Pdfs.text(files.get("cover-letter.pdf"));
        assertThat(letter).contains("Verwendungsbeschränkung (Spezialität)", "DE-42", "03-laptop-copy.txt")
                .doesNotContain("Use limitation");
    }

    @Test
    void writesToAStateWithoutAWorkingLanguageOfOursInEnglishAndFrench() throws Exception {
        String letter = Pdfs.text(unzip(write(WorkingLanguages.OTHERWISE, List.of()).zip()).get("cover-letter.pdf"));
        assertThat(letter).contains("Use limitation (speciality)", "Limitation d'usage (spécialité)",
                "No item is transmitted.", "Aucune pièce n'est transmise.");
    }

    @Test
    void namesFilesAfterTheirLabelsInAnyScript() {
        assertThat(TransmissionPackage.slug("Protokoll: Vernehmung (Öffentlich)")).isEqualTo("protokoll-vernehmung-offentlich");
        assertThat(TransmissionPackage.slug("Протокол допроса")).isEqualTo("протокол-допроса");
        assertThat(TransmissionPackage.slug("***")).isEqualTo("item");
    }

    private static TransmissionPackage.Written write(List<Language> languages, List<TransmissionPackage.Leaving> items) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        CooperationRequest request = new CooperationRequest("DE-42", null, null, "DE", null, List.of(), List.of(),
                "facts", List.of(), List.of(), List.of(), List.of(), null, false, false, List.of());
        return new TransmissionPackage(messages).write(new TransmissionPackage.Act("t-1", "case-1", request, AUTHORISE,
                "DIRECT_JUDICIAL", "Staatsanwaltschaft Köln", languages, "demo-judge", AT), items);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
