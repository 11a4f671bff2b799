package org.rogatory.transmission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.rogatory.RogatoryApplication;
import org.rogatory.access.Language;
import org.rogatory.casework.domain.Decision;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.letters.Letter;
import org.rogatory.transmission.domain.Dossier;
import org.rogatory.transmission.domain.UseLimitation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the package that leaves: a ZIP with {@code manifest.json} (each item's file, version and
 * SHA-256, the authorising decision, channel, recipient, the use-limitation clause), {@code
 * cover-letter.pdf} in the requesting state's working language (else English and French), and the
 * items under {@code items/}, each exactly the bytes whose hash the manifest gives.
 */
@Component
class TransmissionPackage {

    private static final JsonMapper MANIFEST = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final MessageSource messages;

    TransmissionPackage(MessageSource messages) {
        this.messages = messages;
    }

    /** An item as it leaves: its bytes, in the version that may leave. */
    record Leaving(Dossier.Outgoing outgoing, String mediaType, byte[] bytes) {
    }

    /** What the package says about the act: who, when, to whom, by which channel, on which decision. */
    record Act(String transmissionId, String caseId, CooperationRequest request, Decision authorising, String channel,
            String recipient, List<Language> languages, String judge, Instant at) {
    }

    /** The package and what is recorded of it. */
    record Written(byte[] zip, SentPackage sent) {
    }

    Written write(Act act, List<Leaving> items) {
        List<SentPackage.SentItem> sentItems = new ArrayList<>();
        List<Map<String, Object>> manifestItems = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Leaving leaving : items) {
            var item = leaving.outgoing().item();
            String file = "items/" + String.format(Locale.ROOT, "%02d", item.number()) + "-" + slug(item.label())
                    + (leaving.outgoing().version() == Dossier.Version.REDACTED ? "-redacted" : "")
                    + (ItemTexts.PDF.equals(leaving.mediaType()) ? ".pdf" : ".txt");
            String sha256 = ItemTexts.sha256(leaving.bytes());
            files.put(file, leaving.bytes());
            sentItems.add(new SentPackage.SentItem(item.id(), leaving.outgoing().version().name(), file, sha256));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("item", item.id());
            entry.put("number", item.number());
            entry.put("kind", item.kind().name());
            entry.put("label", item.label());
            entry.put("version", leaving.outgoing().version().name());
            entry.put("file", file);
            entry.put("mediaType", leaving.mediaType());
            entry.put("size", leaving.bytes().length);
            entry.put("sha256", sha256);
            manifestItems.add(entry);
        }
        String useLimitation = String.join("\n\n", act.languages().stream()
                .map(language -> text(language, "letter.use-limitation")).toList());
        String manifest = manifest(act, manifestItems, useLimitation);
        byte[] letter = coverLetter(act, items, sentItems);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8), act.at());
            put(zip, "cover-letter.pdf", letter, act.at());
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue(), act.at());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] zip = out.toByteArray();
        return new Written(zip, new SentPackage(act.transmissionId(), act.authorising().id(), act.channel(),
                act.recipient(), act.languages().stream().map(Language::name).toList(), UseLimitation.GROUNDS,
                useLimitation, manifest, ItemTexts.sha256(zip), act.judge(), act.at(), sentItems));
    }

    private String manifest(Act act, List<Map<String, Object>> items, String useLimitation) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("transmission", act.transmissionId());
        manifest.put("caseReference", act.caseId());
        manifest.put("requestingState", act.request().requestingState());
        manifest.put("foreignReference", act.request().foreignReference());
        manifest.put("recipient", act.recipient());
        manifest.put("channel", act.channel());
        manifest.put("transmittedBy", act.judge());
        manifest.put("transmittedAt", act.at().toString());
        manifest.put("coverLetterLanguages", act.languages().stream().map(Language::name).toList());
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("id", act.authorising().id());
        decision.put("outcome", act.authorising().outcome().name());
        decision.put("by", act.authorising().author());
        decision.put("role", act.authorising().authorRole().name());
        decision.put("decidedAt", act.authorising().decidedAt().toString());
        decision.put("grounds", act.authorising().grounds());
        manifest.put("authorisingDecision", decision);
        Map<String, Object> limitation = new LinkedHashMap<>();
        limitation.put("grounds", UseLimitation.GROUNDS);
        limitation.put("clause", useLimitation);
        manifest.put("useLimitation", limitation);
        manifest.put("items", items);
        return MANIFEST.writeValueAsString(manifest);
    }

    private byte[] coverLetter(Act act, List<Leaving> items, List<SentPackage.SentItem> sent) {
        Letter letter = Letter.titled(String.join(" / ", act.languages().stream()
                .map(l -> text(l, "letter.title")).toList()));
        LocalDate date = LocalDate.ofInstant(act.at(), RogatoryApplication.JURISDICTION_ZONE);
        for (Language language : act.languages()) {
            if (act.languages().size() > 1) {
                letter.heading(language.name());
            }
            letter.line(text(language, "letter.to"), act.recipient()
                            + (act.request().requestingAuthority() == null ? ""
                                    : "\n" + act.request().requestingAuthority().name()))
                    .line(text(language, "letter.channel"),
                            messages.getMessage("channel." + act.channel(), null, act.channel(), language.locale()))
                    .line(text(language, "letter.your-reference"), act.request().foreignReference())
                    .line(text(language, "letter.our-reference"), act.caseId())
                    .line(text(language, "letter.date"), Letter.date(date, language.locale()))
                    .line(text(language, "letter.authorised"), act.authorising().id() + " ("
                            + act.authorising().author() + ", " + Letter.date(LocalDate.ofInstant(
                            act.authorising().decidedAt(), RogatoryApplication.JURISDICTION_ZONE), language.locale()) + ")")
                    .paragraph(text(language, "letter.intro"))
                    .heading(text(language, "letter.items"));
            if (items.isEmpty()) {
                letter.paragraph(text(language, "letter.no-items"));
            }
            for (int i = 0; i < items.size(); i++) {
                var item = items.get(i).outgoing().item();
                letter.paragraph(item.number() + ". " + item.label() + " (" + text(language, "item.kind." + item.kind())
                        + ", " + text(language, "item.version." + items.get(i).outgoing().version()) + ")\n"
                        + sent.get(i).file() + "\nSHA-256 " + sent.get(i).sha256());
            }
            letter.heading(text(language, "letter.use-limitation.title"))
                    .paragraph(text(language, "letter.use-limitation") + " [" + String.join(", ", UseLimitation.GROUNDS)
                            + "]")
                    .paragraph(text(language, "letter.signature") + "\n" + act.judge());
        }
        return letter.pdf();
    }

    private String text(Language language, String key) {
        return messages.getMessage(key, null, language.locale());
    }

    private static void put(ZipOutputStream zip, String name, byte[] content, Instant at) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(at));
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** A file name from a label: letters and digits of any script kept, the rest dashes, at most 60 characters. */
    static String slug(String label) {
        String folded = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return folded.isEmpty() ? "item" : folded.substring(0, Math.min(60, folded.length()));
    }
}
