package org.rogatory.transmission;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
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
     * Every page's text, and every other text the file carries: comments and notes, form fields (values,
     * options, tooltips), links, bookmarks, scripts, the document's description and XMP metadata. A page
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
        // comments, form fields and their options and tooltips, links, bookmarks, scripts, the document's
        // description: whatever text the file carries beside its pages is a string or a metadata stream
        for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
            COSObject object = document.getDocument().getObjectFromPool(key);
            strings(object == null ? null : object.getObject(), text);
        }
        strings(document.getDocument().getTrailer(), text);
        return text.toString();
    }

    /**
     * The text strings in an object of the file and in the objects written inside it (not those it refers
     * to, which the caller visits themselves), and the text of metadata and script streams.
     */
    private static void strings(COSBase base, StringBuilder text) throws IOException {
        if (base instanceof COSString string) {
            appendIfAny(text, printable(string.getString()));
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                strings(array.get(i), text);
            }
        } else if (base instanceof COSDictionary dictionary) {
            for (COSName key : dictionary.keySet()) {
                strings(dictionary.getItem(key), text);
            }
            if (base instanceof COSStream stream && COSName.METADATA.equals(stream.getCOSName(COSName.TYPE))) {
                appendIfAny(text, decoded(stream).replaceAll("<[^>]*>", " "));
            }
            // a script may be written as a stream of its own, which its action refers to
            if (dictionary.getDictionaryObject(COSName.JS) instanceof COSStream script) {
                appendIfAny(text, decoded(script));
            }
        }
    }

    private static String decoded(COSStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A string of text, not bytes (a file identifier, a hash): most of its characters are letters or spaces. */
    private static String printable(String string) {
        long letters = string.codePoints().filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c)).count();
        return string.length() >= 2 && letters * 10 >= string.codePointCount(0, string.length()) * 7 ? string : null;
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
