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
}
