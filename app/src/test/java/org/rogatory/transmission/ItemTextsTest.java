package org.rogatory.transmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rogatory.execution.Letter;

/** An item is screened on its text: uploaded as text, or extracted from a PDF; what has no text is refused. */
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
}
