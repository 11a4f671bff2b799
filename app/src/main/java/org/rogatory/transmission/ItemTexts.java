package org.rogatory.transmission;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
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
            String text = pdfText(content, "is not a readable PDF: ");
            List<Integer> ends = earlierRevisionEnds(content);
            for (int r = 0; r < ends.size(); r++) {
                String earlier = pdfText(Arrays.copyOf(content, ends.get(r)),
                        "keeps an earlier revision " + (r + 1) + " that is not a readable PDF: ");
                if (!earlier.equals(text)) {
                    text += "\n\n[earlier revision " + (r + 1) + " of the PDF, which leaves with it]\n" + earlier;
                }
            }
            return text;
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

    private static String pdfText(byte[] content, String unreadable) throws Unreadable {
        try (PDDocument document = Loader.loadPDF(content)) {
            return pdfText(document);
        } catch (IOException e) {
            throw new Unreadable(unreadable + e.getMessage());
        }
    }

    /**
     * Where each earlier revision of the file ends: each incremental update (an edit, a signature) appends
     * its own end-of-file marker after what it replaced, which stays in the bytes that would leave, and the
     * bytes up to a marker are that revision whole. A linearized file (for the web) opens with a marker of
     * its own, which ends no revision.
     */
    static List<Integer> earlierRevisionEnds(byte[] content) {
        String bytes = new String(content, StandardCharsets.ISO_8859_1);
        List<Integer> ends = new ArrayList<>();
        for (int at = bytes.indexOf("%%EOF"); at >= 0; at = bytes.indexOf("%%EOF", at + 5)) {
            ends.add(at + 5);
        }
        if (!ends.isEmpty()) {
            ends.remove(ends.size() - 1);
        }
        if (!ends.isEmpty() && bytes.substring(0, Math.min(bytes.length(), 1024)).contains("/Linearized")) {
            ends.remove(0);
        }
        return ends;
    }

    /**
     * Every page's text and annotations (comments, notes), the values of its form fields, and the
     * document's own description (title, author, subject, keywords, and its XMP metadata); a page without
     * text (a scan) or an attached file, which text extraction does not read, is refused.
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
            for (PDAnnotation annotation : document.getPage(page - 1).getAnnotations()) {
                appendIfAny(text, annotation.getContents());
            }
        }
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                appendIfAny(text, field.getValueAsString());
            }
        }
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            appendIfAny(text, new String(metadata.toByteArray(), StandardCharsets.UTF_8).replaceAll("<[^>]*>", " "));
        }
        PDDocumentInformation info = document.getDocumentInformation();
        for (String described : new String[] {info.getTitle(), info.getAuthor(), info.getSubject(), info.getKeywords()}) {
            appendIfAny(text, described);
        }
        return text.toString();
    }

    private static void appendIfAny(StringBuilder text, String more) {
        if (more != null && !more.isBlank()) {
            text.append('\n').append(more);
        }
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
