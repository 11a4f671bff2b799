package org.rogatory.oversight;

import static org.rogatory.web.ProblemKind.FORBIDDEN;
import static org.rogatory.web.ProblemKind.INVALID_REQUEST;
import static org.rogatory.web.ProblemKind.UNAUTHENTICATED;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.access.User;
import org.rogatory.web.FieldProblem;
import org.rogatory.web.ProblemResponses;
import org.rogatory.web.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Oversight's figures (DESIGN.md §8), as JSON and as a PDF report: OVERSIGHT only, never a case. */
@RestController
@RequestMapping("/api/v1/oversight")
@Tag(name = "oversight", description = "Aggregates of the chain of filters by requesting state and year; small counts "
        + "suppressed")
class OversightController {

    /** The first year figures can be asked for: before it, there can be no requests in any installation. */
    static final int FIRST_YEAR = 2000;

    private final Access access;
    private final OversightFigures figures;
    private final OversightReport report;
    private final Clock clock;

    OversightController(Access access, OversightFigures figures, OversightReport report, Clock clock) {
        this.access = access;
        this.figures = figures;
        this.report = report;
        this.clock = clock;
    }

    @GetMapping(path = "/figures", produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.Operation(summary = "The figures of the requests received in a year",
            description = "OVERSIGHT. For all requesting states and for each: requests received and where they stand; "
                    + "what each filter decided (decisions that took effect, awaiting a supervisor, requests waiting); "
                    + "grounds cited in refusals; blocking findings dismissed or overridden and their approvals; the "
                    + "median days spent in each stage. A count is a number, or \"<5\" (1 to threshold-1), or "
                    + "\"withheld\" (hidden because it would give such a count away by subtraction); "
                    + "`suppressedBelow` is the threshold (rogatory.oversight.suppress-below, default 5).")
    @ApiResponse(responseCode = "200", description = "The figures")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN})
    FiguresJson figures(@Parameter(description = "the year the requests were received, e.g. 2025")
            @RequestParam(required = false) String year) {
        User reader = access.require(Operation.READ_OVERSIGHT_FIGURES);
        return FiguresJson.of(figures.of(year(year), reader, "json"));
    }

    @GetMapping(path = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @io.swagger.v3.oas.annotations.Operation(summary = "The figures of a year as a PDF report",
            description = "OVERSIGHT. The same figures as `/oversight/figures`, in the reader's language: a bar chart "
                    + "of the requests received by requesting state and a table per subject.")
    @ApiResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string",
                    format = "binary")))
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN})
    ResponseEntity<byte[]> report(@Parameter(description = "the year the requests were received, e.g. 2025")
            @RequestParam(required = false) String year) {
        User reader = access.require(Operation.READ_OVERSIGHT_FIGURES);
        Year asked = year(year);
        byte[] pdf = report.render(figures.of(asked, reader, "pdf"), reader.language().locale(), LocalDate.now(clock));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("rogatory-oversight-" + asked + ".pdf").build().toString())
                .body(pdf);
    }

    /** The year asked for: required, and one in which requests can have been received (not the future). */
    private Year year(String year) {
        int last = Year.now(clock).getValue();
        try {
            if (year != null) {
                int value = Integer.parseInt(year.strip());
                if (value >= FIRST_YEAR && value <= last) {
                    return Year.of(value);
                }
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw Problems.exception(Problems.invalidRequest(List.of(new FieldProblem("/year",
                "the query parameter year is required: a year from " + FIRST_YEAR + " to " + last))));
    }
}
