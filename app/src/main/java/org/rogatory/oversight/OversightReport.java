package org.rogatory.oversight;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.oversight.domain.Count;
import org.rogatory.oversight.domain.Figures;
import org.rogatory.oversight.domain.Figures.FilterFigures;
import org.rogatory.oversight.domain.Figures.IncidentFigures;
import org.rogatory.oversight.domain.Figures.SetAsideFigures;
import org.rogatory.oversight.domain.Figures.StageTime;
import org.rogatory.oversight.domain.Figures.StateFigures;
import org.rogatory.oversight.domain.Filter;
import org.rogatory.oversight.domain.Standing;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures as a PDF for a report to parliament: a bar chart of the requests received by
 * requesting state, then a table per subject (where the requests stand, each filter, refusal
 * grounds, blocking findings set aside, time in each stage), in the reader's language. Hidden
 * counts print as they are published ({@code <5}, withheld); the chart draws no bar for them.
 */
@Component
public class OversightReport {

    private static final Color BAR = new Color(0x1f, 0x4e, 0x79);
    private static final Color HEADER = new Color(0xdd, 0xe6, 0xf0);
    private static final int MOST_BARS = 30;

    private final MessageSource messages;

    OversightReport(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(Figures figures, Locale locale, LocalDate asOf) {
        Words words = new Words(messages, locale);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            document.addTitle(words.get("oversight.report.title", figures.year()));
            document.addCreator("Rogatory");
            document.open();
            document.add(new Paragraph(words.get("oversight.report.title", figures.year()), Fonts.TITLE));
            document.add(new Paragraph(words.get("oversight.report.scope", figures.year(),
                    asOf.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))), Fonts.TEXT));
            document.add(new Paragraph(words.get("oversight.report.suppression", figures.threshold() - 1,
                    figures.threshold()), Fonts.SMALL));

            heading(document, words.get("oversight.report.chart"));
            document.add(chart(writer, figures, words));

            heading(document, words.get("oversight.report.standing"));
            List<String> columns = new ArrayList<>(List.of(words.get("oversight.report.state"),
                    words.get("oversight.report.received")));
            for (Standing standing : Standing.values()) {
                columns.add(words.get("oversight.standing." + standing));
            }
            PdfPTable standing = table(columns);
            for (StateFigures state : rows(figures)) {
                text(standing, words.scope(state));
                count(standing, state.received(), words);
                for (Standing s : Standing.values()) {
                    count(standing, state.standing().get(s), words);
                }
            }
            document.add(standing);

            for (Filter filter : Filter.values()) {
                heading(document, words.get("oversight.filter." + filter));
                List<Outcome> outcomes = new ArrayList<>(filterOf(figures.allStates(), filter).outcomes().keySet());
                List<String> header = new ArrayList<>(List.of(words.get("oversight.report.state")));
                outcomes.forEach(o -> header.add(words.get("oversight.outcome." + o)));
                header.add(words.get("oversight.report.awaitingApproval"));
                header.add(words.get("oversight.report.pending"));
                PdfPTable table = table(header);
                for (StateFigures state : rows(figures)) {
                    FilterFigures decided = filterOf(state, filter);
                    text(table, words.scope(state));
                    outcomes.forEach(o -> count(table, decided.outcomes().get(o), words));
                    count(table, decided.awaitingApproval(), words);
                    count(table, decided.pending(), words);
                }
                document.add(table);
            }

            heading(document, words.get("oversight.report.refusalGrounds"));
            PdfPTable grounds = table(List.of(words.get("oversight.report.state"), words.get("oversight.report.ground"),
                    words.get("oversight.report.refusals")));
            grounds.setWidths(new float[] {2, 5, 1.3f});
            for (StateFigures state : rows(figures)) {
                for (Map.Entry<String, Count> ground : state.refusalGrounds().entrySet()) {
                    text(grounds, words.scope(state));
                    text(grounds, ground.getKey());
                    count(grounds, ground.getValue(), words);
                }
            }
            add(document, grounds, words);

            heading(document, words.get("oversight.report.setAsides"));
            PdfPTable setAsides = table(List.of(words.get("oversight.report.state"),
                    words.get("oversight.report.finding"), words.get("oversight.report.setAside"),
                    words.get("oversight.report.dismissed"), words.get("oversight.report.overridden"),
                    words.get("oversight.report.approved"), words.get("oversight.report.awaitingApproval"),
                    words.get("oversight.report.lapsed")));
            setAsides.setWidths(new float[] {2, 5, 1.3f, 1.4f, 1.6f, 1.4f, 1.5f, 1.3f});
            for (StateFigures state : rows(figures)) {
                for (SetAsideFigures setAside : state.setAsides()) {
                    text(setAsides, words.scope(state));
                    text(setAsides, setAside.finding().name());
                    for (Count c : List.of(setAside.total(), setAside.dismissed(), setAside.overridden(),
                            setAside.approved(), setAside.awaitingApproval(), setAside.lapsed())) {
                        count(setAsides, c, words);
                    }
                }
            }
            add(document, setAsides, words);

            heading(document, words.get("oversight.report.incidents"));
            PdfPTable incidents = table(List.of(words.get("oversight.report.state"),
                    words.get("oversight.report.incidentKind"), words.get("oversight.report.opened"),
                    words.get("oversight.report.ruled"), words.get("oversight.report.awaitingRuling")));
            incidents.setWidths(new float[] {2, 5, 1.3f, 1.3f, 1.6f});
            for (StateFigures state : rows(figures)) {
                for (IncidentFigures incident : state.incidents()) {
                    text(incidents, words.scope(state));
                    text(incidents, words.get("incident." + incident.kind()));
                    for (Count c : List.of(incident.opened(), incident.ruled(), incident.awaitingRuling())) {
                        count(incidents, c, words);
                    }
                }
            }
            add(document, incidents, words);

            heading(document, words.get("oversight.report.stages"));
            PdfPTable stages = table(List.of(words.get("oversight.report.stage"), words.get("oversight.report.requests"),
                    words.get("oversight.report.medianDays")));
            for (StageTime stage : figures.allStates().stages()) {
                text(stages, words.get("oversight.stage." + stage.stage()));
                count(stages, stage.requests(), words);
                number(stages, stage.medianDays() == null ? "–" : String.format(locale, "%.1f", stage.medianDays()));
            }
            document.add(stages);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the oversight report could not be laid out", e);
        }
        return pdf.toByteArray();
    }

    /**
     * Horizontal bars, one per requesting state with the most requests first; a hidden count gets
     * its label and no bar, so the chart shows nothing the tables do not.
     */
    private static Image chart(PdfWriter writer, Figures figures, Words words) throws DocumentException {
        List<StateFigures> states = figures.byRequestingState().stream()
                .sorted(Comparator.comparingLong((StateFigures s) -> exact(s.received())).reversed()
                        .thenComparing(StateFigures::requestingState))
                .limit(MOST_BARS)
                .toList();
        float width = PageSize.A4.getWidth() - 80;
        float barHeight = 11;
        float gap = 4;
        float labelWidth = 40;
        float valueWidth = 50;
        float height = Math.max(1, states.size()) * (barHeight + gap) + gap;
        long most = Math.max(1, states.stream().mapToLong(s -> exact(s.received())).max().orElse(1));
        PdfTemplate template = PdfTemplate.createTemplate(writer, width, height);
        BaseFont font = Fonts.base();
        float y = height - gap - barHeight;
        for (StateFigures state : states) {
            template.beginText();
            template.setFontAndSize(font, 8);
            template.setColorFill(Color.BLACK);
            template.showTextAligned(Element.ALIGN_LEFT, state.requestingState(), 0, y + 2, 0);
            float length = (width - labelWidth - valueWidth) * exact(state.received()) / most;
            template.showTextAligned(Element.ALIGN_LEFT, words.count(state.received()), labelWidth + length + 4, y + 2,
                    0);
            template.endText();
            if (length > 0) {
                template.setColorFill(BAR);
                template.rectangle(labelWidth, y, length, barHeight);
                template.fill();
            }
            y -= barHeight + gap;
        }
        if (states.isEmpty()) {
            template.beginText();
            template.setFontAndSize(font, 8);
            template.showTextAligned(Element.ALIGN_LEFT, words.get("oversight.report.none"), 0, y + 2, 0);
            template.endText();
        }
        return Image.getInstance(template);
    }

    private static long exact(Count count) {
        return count instanceof Count.Exact e ? e.value() : 0;
    }

    private static List<StateFigures> rows(Figures figures) {
        List<StateFigures> rows = new ArrayList<>(List.of(figures.allStates()));
        rows.addAll(figures.byRequestingState());
        return rows;
    }

    private static FilterFigures filterOf(StateFigures state, Filter filter) {
        return state.filters().stream().filter(f -> f.filter() == filter).findFirst().orElseThrow();
    }

    private static void heading(Document document, String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, Fonts.HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static PdfPTable table(List<String> header) {
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String title : header) {
            PdfPCell cell = new PdfPCell(new Phrase(title, Fonts.HEADER));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        return table;
    }

    /** A table, or a line saying there is nothing to show when it has only its header. */
    private static void add(Document document, PdfPTable table, Words words) throws DocumentException {
        document.add(table.size() > 1 ? table : new Paragraph(words.get("oversight.report.none"), Fonts.TEXT));
    }

    private static void text(PdfPTable table, String text) {
        table.addCell(new Phrase(text, Fonts.CELL));
    }

    private static void count(PdfPTable table, Count count, Words words) {
        number(table, words.count(count));
    }

    private static void number(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, Fonts.CELL));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    /** The report's words in the reader's language. */
    private record Words(MessageSource messages, Locale locale) {

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String scope(StateFigures state) {
            return state.requestingState() == null ? get("oversight.report.allStates") : state.requestingState();
        }

        String count(Count count) {
            return count instanceof Count.Withheld ? get("oversight.report.withheld") : count.toString();
        }
    }

    /** Helvetica (every PDF reader has it; the report's words are all in Latin-1). */
    private static final class Fonts {

        static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
        static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
        static final Font TEXT = new Font(Font.HELVETICA, 10);
        static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC);
        static final Font HEADER = new Font(Font.HELVETICA, 8, Font.BOLD);
        static final Font CELL = new Font(Font.HELVETICA, 8);

        static BaseFont base() {
            try {
                return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("Helvetica is built into every PDF library", e);
            }
        }
    }
}
