package org.rogatory.transmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.rogatory.letters.Letter;

/**
 * An item is screened on its text: uploaded as text, or extracted from a PDF with everything the file
 * carries (comments, form fields, description, earlier revisions); what has no text is refused.
 */
class ItemTextsTest {

    @Test
    void extractsTheTextOfAPdf() throws Exception {
        byte[] pdf = Letter.titled("Trust agreement").paragraph("Drafted at the request of Yermek Baisalov.").pdf();
        assertThat(ItemTexts.textOf(ItemTexts.PDF, pdf)).contains("Trust agreement", "Yermek Baisalov");
    }

    @Test
    void takesTextAsUtf8() throws Exception {
        assertThat(ItemTexts.textOf(ItemTexts.TEXT, "Тофик Мамедли".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Тофик Мамедли");
    }

    @Test
    void refusesWhatIsNoPdf() {
        assertThatThrownBy(() -> ItemTexts.textOf(ItemTexts.PDF, "not a pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ItemTexts.Unreadable.class).hasMessageContaining("not a readable PDF");
    }

    @Test
    void refusesAPdfWithoutTextSinceWhatCannotBeScreenedCannotBeCleared() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        writer.getDirectContent().rectangle(100, 100, 200, 200);
        writer.getDirectContent().stroke();
        document.close();
        assertThatThrownBy(() -> ItemTexts.textOf(ItemTexts.PDF, out.toByteArray()))
                .isInstanceOf(ItemTexts.Unreadable.class).hasMessageContaining("no text layer");
    }

    @Test
    void refusesTextThatIsNotUtf8OrNotText() throws Exception {
        assertThatThrownBy(() -> ItemTexts.textOf(ItemTexts.TEXT, "Динара Куанышбаева".getBytes("windows-1251")))
                .isInstanceOf(ItemTexts.Unreadable.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> ItemTexts.textOf(ItemTexts.TEXT, new byte[] {'a', 0, 'b'}))
                .isInstanceOf(ItemTexts.Unreadable.class).hasMessageContaining("NUL");
    }

    @Test
    void screensTheDocumentsOwnDescriptionAndRefusesAPageWithoutText() throws Exception {
        ByteArrayOutputStream described = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, described);
        document.addAuthor("Yermek Baisalov");
        document.open();
        document.add(new com.lowagie.text.Paragraph("Minutes of the meeting."));
        document.close();
        assertThat(ItemTexts.textOf(ItemTexts.PDF, described.toByteArray())).contains("Minutes", "Yermek Baisalov");

        ByteArrayOutputStream scanned = new ByteArrayOutputStream();
        Document twoPages = new Document();
        PdfWriter writer = PdfWriter.getInstance(twoPages, scanned);
        twoPages.open();
        twoPages.add(new com.lowagie.text.Paragraph("Cover page."));
        twoPages.newPage();
        writer.getDirectContent().rectangle(100, 100, 200, 200);
        writer.getDirectContent().stroke();
        twoPages.close();
        assertThatThrownBy(() -> ItemTexts.textOf(ItemTexts.PDF, scanned.toByteArray()))
                .isInstanceOf(ItemTexts.Unreadable.class).hasMessageContaining("page 2");
    }

    /** A one-page PDF saying {@code text}, made with PDFBox, which the further edits below use too. */
    static PDDocument page(String text) throws Exception {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
        return document;
    }

    static byte[] bytes(PDDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        document.close();
        return out.toByteArray();
    }

    @Test
    void screensTheCommentsAndFormFieldsOfAPdf() throws Exception {
        PDDocument commented = page("Minutes of the meeting.");
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(72, 600, 20, 20));
        note.setContents("Ask Yermek Baisalov about the transfer.");
        commented.getPage(0).getAnnotations().add(note);
        assertThat(ItemTexts.textOf(ItemTexts.PDF, bytes(commented))).contains("Minutes", "Yermek Baisalov");

        PDDocument form = page("Declaration form.");
        PDAcroForm acroForm = new PDAcroForm(form);
        form.getDocumentCatalog().setAcroForm(acroForm);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        acroForm.setDefaultResources(resources);
        acroForm.setDefaultAppearance("/Helv 10 Tf 0 g");
        PDTextField declarant = new PDTextField(acroForm);
        declarant.setPartialName("declarant");
        PDAnnotationWidget widget = declarant.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(72, 500, 200, 20));
        widget.setPage(form.getPage(0));
        form.getPage(0).getAnnotations().add(widget);
        acroForm.getFields().add(declarant);
        declarant.setValue("Yermek Baisalov");
        assertThat(ItemTexts.textOf(ItemTexts.PDF, bytes(form))).contains("Declaration form", "Yermek Baisalov");
    }

    @Test
    void screensTheBookmarksAndTheAuthorsOfCommentsAPdfCarries() throws Exception {
        PDDocument bookmarked = page("Minutes of the meeting.");
        PDDocumentOutline outline = new PDDocumentOutline();
        bookmarked.getDocumentCatalog().setDocumentOutline(outline);
        PDOutlineItem statement = new PDOutlineItem();
        statement.setTitle("Statement of Yermek Baisalov");
        outline.addLast(statement);
        assertThat(ItemTexts.textOf(ItemTexts.PDF, bytes(bookmarked))).contains("Yermek Baisalov");

        PDDocument commented = page("Minutes of the meeting.");
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(72, 600, 20, 20));
        note.setContents("Checked.");
        note.setTitlePopup("Yermek Baisalov");
        commented.getPage(0).getAnnotations().add(note);
        assertThat(ItemTexts.textOf(ItemTexts.PDF, bytes(commented))).contains("Checked", "Yermek Baisalov");
    }

    @Test
    void screensTheEarlierRevisionsAPdfKeepsSinceTheyLeaveWithIt() throws Exception {
        PDDocument first = page("Minutes of the meeting.");
        first.getDocumentInformation().setAuthor("Yermek Baisalov");
        byte[] original = bytes(first);
        ByteArrayOutputStream updated = new ByteArrayOutputStream();
        try (PDDocument second = Loader.loadPDF(original)) {
            second.getDocumentInformation().setAuthor("Secretariat");
            second.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            second.saveIncremental(updated);
        }
        assertThat(ItemTexts.earlierRevisionEnds(updated.toByteArray())).hasSize(1);
        assertThat(ItemTexts.textOf(ItemTexts.PDF, updated.toByteArray()))
                .as("the author the update replaced is still in the file").contains("Secretariat", "Yermek Baisalov");
        assertThat(ItemTexts.earlierRevisionEnds(original)).isEmpty();
    }
}
