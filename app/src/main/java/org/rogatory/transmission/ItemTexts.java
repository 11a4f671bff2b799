package org.rogatory.transmission;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
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

    /**
     * The text of an upload; {@link Unreadable} if it has none we can screen, or holds more than we can
     * screen: what is not screened cannot be cleared, and an item leaves as uploaded.
     */
    static String textOf(String mediaType, byte[] content) throws Unreadable {
        if (PDF.equals(mediaType)) {
            try (PDDocument document = Loader.loadPDF(content)) {
                return pdfText(document);
            } catch (IOException e) {
                throw new Unreadable("is not a readable PDF: " + e.getMessage());
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new Unreadable("holds a NUL character: a binary file is not text; upload a PDF as application/pdf");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new Unreadable("is not UTF-8 text: convert it to UTF-8, or upload a PDF as application/pdf");
        }
    }

    /**
     * Every page's text and the document's own description (title, author, subject, keywords); a page
     * without text (a scan) or an attached file, which text extraction does not read, is refused.
     */
    private static String pdfText(PDDocument document) throws IOException, Unreadable {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        if (names != null && names.getEmbeddedFiles() != null) {
            throw new Unreadable("the PDF holds attached files, which cannot be screened: upload each as an item");
        }
        PDFTextStripper stripper = new PDFTextStripper();
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String pageText = stripper.getText(document);
            if (pageText.isBlank()) {
                throw new Unreadable("page " + page + " of the PDF has no text layer: upload its text (after OCR) as "
                        + "text/plain, since what cannot be screened cannot be cleared");
            }
            text.append(pageText);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        for (String described : new String[] {info.getTitle(), info.getAuthor(), info.getSubject(), info.getKeywords()}) {
            if (described != null && !described.isBlank()) {
                text.append('\n').append(described);
            }
        }
        return text.toString();
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
