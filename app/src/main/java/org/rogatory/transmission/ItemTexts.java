package org.rogatory.transmission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.ScreeningService;
import org.rogatory.screening.domain.NameInText;
import org.rogatory.transmission.domain.ResultItem.ItemFinding;
import org.springframework.stereotype.Component;

/**
 * The text of an item (as uploaded, or extracted from a PDF with PDFBox) and the protected persons
 * it names: screening's public API asks the register, leaving out the request's own persons (whose
 * data the request is about), so that what remains is third-party data.
 */
@Component
class ItemTexts {

    static final String PDF = "application/pdf";
    static final String TEXT = "text/plain";

    private final ScreeningService screening;

    ItemTexts(ScreeningService screening) {
        this.screening = screening;
    }

    /** The text of an upload; {@link Unreadable} if it has none we can screen. */
    static String textOf(String mediaType, byte[] content) throws Unreadable {
        if (PDF.equals(mediaType)) {
            try (PDDocument document = Loader.loadPDF(content)) {
                String text = new PDFTextStripper().getText(document);
                if (text.isBlank()) {
                    throw new Unreadable("the PDF has no text layer: upload its text (after OCR) as text/plain, "
                            + "since what cannot be screened cannot be cleared");
                }
                return text;
            } catch (IOException e) {
                throw new Unreadable("is not a readable PDF: " + e.getMessage());
            }
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    /** Names of protected persons in the text other than the request's persons, one finding per register entry. */
    List<ItemFinding> findings(String itemId, String text, CooperationRequest request) {
        return screening.namesOfProtectedPersonsIn(text, request).stream()
                .map(n -> new ItemFinding(findingId(itemId, n), n.registerId(), n.matchedName(), n.mention(),
                        n.score()))
                .toList();
    }

    /** The register ids a text of the request still names (to check a redaction). */
    Set<String> namedIn(String text, CooperationRequest request) {
        Set<String> ids = new LinkedHashSet<>();
        screening.namesOfProtectedPersonsIn(text, request).forEach(n -> ids.add(n.registerId()));
        return ids;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String findingId(String itemId, NameInText name) {
        return "IF-" + sha256((itemId + "\u001f" + name.registerId()).getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** An upload whose text cannot be read. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }
}
