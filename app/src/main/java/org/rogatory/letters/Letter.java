package org.rogatory.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain PDF letter (OpenPDF): a title, paragraphs, and label-value lines. Written in a font with
 * Latin, Cyrillic and Greek letters embedded, so that names and addresses print as they are spelt.
 * The bar-president notice, the transmission's cover letter and the decision letters are letters.
 */
public final class Letter {

    private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";
    private static volatile BaseFont font;

    private final String title;
    private final List<Part> parts = new ArrayList<>();

    private Letter(String title) {
        this.title = title;
    }

    public static Letter titled(String title) {
        return new Letter(title);
    }

    public Letter paragraph(String text) {
        parts.add(new Part(null, text, false));
        return this;
    }

    public Letter heading(String text) {
        parts.add(new Part(null, text, true));
        return this;
    }

    public Letter line(String label, String value) {
        parts.add(new Part(label, value, false));
        return this;
    }

    /** A date as a letter in that language writes it (28 novembre 2026, 28. November 2026). */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    public byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            Font body = new Font(font(), 10.5f);
            Font bold = new Font(font(), 12f, Font.BOLD);
            document.add(spaced(new Paragraph(title, new Font(font(), 14f, Font.BOLD)), 12));
            PdfPTable lines = null;
            for (Part part : parts) {
                if (part.label() != null) {
                    if (lines == null) {
                        lines = new PdfPTable(new float[] {1, 2.4f});
                        lines.setWidthPercentage(100);
                    }
                    lines.addCell(new Paragraph(part.label(), body));
                    lines.addCell(new Paragraph(part.text(), body));
                    continue;
                }
                if (lines != null) {
                    document.add(lines);
                    lines = null;
                }
                document.add(spaced(new Paragraph(part.text(), part.heading() ? bold : body), part.heading() ? 4 : 8));
            }
            if (lines != null) {
                document.add(lines);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the letter " + title, e);
        }
        return out.toByteArray();
    }

    private static Paragraph spaced(Paragraph paragraph, float after) {
        paragraph.setSpacingBefore(6);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static BaseFont font() {
        BaseFont loaded = font;
        if (loaded == null) {
            try (InputStream in = Letter.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is missing from OpenPDF");
                }
                loaded = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        BaseFont.CACHED, in.readAllBytes(), null);
                font = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("cannot load " + FONT, e);
            }
        }
        return loaded;
    }

    private record Part(String label, String text, boolean heading) {
    }
}
