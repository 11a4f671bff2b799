package org.rogatory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.access.User;
import org.rogatory.oversight.OversightFigures;
import org.rogatory.oversight.OversightReport;
import org.rogatory.oversight.domain.Figures;
import org.rogatory.oversight.domain.Filter;
import org.rogatory.oversight.domain.Standing;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Oversight's figures of a year by requesting state, as {@link OversightFigures} gives them to the
 * API (small counts suppressed there, shown here as given), and the same year's PDF report in the
 * reader's language. Each reading is recorded in the audit trail by the service; no case is shown.
 */
@UiController
class OversightPage {

    private final Access access;
    private final OversightFigures figures;
    private final OversightReport report;
    private final Clock clock;

    OversightPage(Access access, OversightFigures figures, OversightReport report, Clock clock) {
        this.access = access;
        this.figures = figures;
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/oversight")
    String page(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        User reader = access.require(Operation.READ_OVERSIGHT_FIGURES);
        Year now = Year.now(clock);
        model.addAttribute("years", AdminForms.years(now));
        Optional<Year> asked = AdminForms.year(year, now);
        if (asked.isEmpty()) {
            model.addAttribute("year", null);
            model.addAttribute("yearError", true);
            response.setStatus(400);
            return "oversight";
        }
        Figures shown = figures.of(asked.get(), reader, "html");
        model.addAttribute("year", asked.get().getValue());
        model.addAttribute("figures", shown);
        model.addAttribute("rows", rows(shown));
        model.addAttribute("standings", Standing.values());
        model.addAttribute("filters", Filter.values());
        return "oversight";
    }

    /**
     * The report as the API gives it ({@code /api/v1/oversight/report.pdf}): aggregate counts for
     * OVERSIGHT, never a case's content.
     */
    @GetMapping("/oversight/report.pdf")
    ResponseEntity<byte[]> report(@RequestParam(required = false) String year) {
        User reader = access.require(Operation.READ_OVERSIGHT_FIGURES);
        Year asked = AdminForms.year(year, Year.now(clock)).orElseThrow(() -> Problems.exception(
                Problems.invalidRequest(List.of(new FieldProblem("/year", "must be a year from "
                        + AdminForms.FIRST_YEAR + " to this year")))));
        // the page's language, which the reader may have switched since signing in
        byte[] pdf = report.render(figures.of(asked, reader, "pdf"), LocaleContextHolder.getLocale(), LocalDate.now(clock));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("rogatory-oversight-" + asked + ".pdf").build().toString())
                .body(pdf);
    }

    /** All requesting states first, then each, as the report lists them. */
    private static List<Figures.StateFigures> rows(Figures figures) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(figures.allStates()),
                figures.byRequestingState().stream()).toList();
    }
}
