package org.rogatory.screening;

import static org.rogatory.web.ProblemKind.FORBIDDEN;
import static org.rogatory.web.ProblemKind.INVALID_REQUEST;
import static org.rogatory.web.ProblemKind.NOT_FOUND;
import static org.rogatory.web.ProblemKind.PAYLOAD_TOO_LARGE;
import static org.rogatory.web.ProblemKind.UNAUTHENTICATED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.rogatory.access.Access;
import org.rogatory.access.User;
import org.rogatory.audit.Actor;
import org.rogatory.web.FieldProblem;
import org.rogatory.web.ProblemKind;
import org.rogatory.web.ProblemResponses;
import org.rogatory.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: imports of the register, the country profiles and the prior decisions, as their CSV files. */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "reference data", description = "The registers requests are screened against")
class ReferenceController {

    /** The most characters of a file's name that the record of an import keeps. */
    static final int FILE_NAME_LENGTH = 300;

    private final Access access;
    private final ReferenceImports imports;

    ReferenceController(Access access, ReferenceImports imports) {
        this.access = access;
        this.imports = imports;
    }

    @PostMapping(path = "/{kind}", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @Operation(summary = "Replace the register, the country profiles or the prior decisions (ADMIN)",
            description = "The body is the CSV file of DESIGN.md §10. Every row is checked before anything is written;"
                    + " a bad row is a 400 naming file, line and field, and nothing changes. Recorded in the audit"
                    + " trail with the file's SHA-256; the open requests are then screened again.")
    @ApiResponse(responseCode = "200", description = "Imported: `{kind, file, sha256, rows}`")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE})
    ReferenceImports.Imported importFile(
            @Parameter(description = "register, countries or decisions") @PathVariable String kind,
            @Parameter(description = "the file's name, for messages and the audit trail")
            @RequestParam(name = "file", required = false) String file,
            @RequestBody byte[] body) {
        User admin = access.require(org.rogatory.access.Operation.IMPORT_REFERENCE_DATA);
        ReferenceImports.Kind what = kind(kind);
        String name = file == null || file.isBlank() ? what.slug() + ".csv" : file;
        if (name.length() > FILE_NAME_LENGTH) {
            throw Problems.exception(Problems.invalidRequest(List.of(new FieldProblem("/file",
                    "the query parameter file is longer than " + FILE_NAME_LENGTH + " characters"))));
        }
        try {
            return imports.importFile(what, name, body, Actor.of(admin), rows -> { });
        } catch (ReferenceFileException e) {
            ProblemDetail problem = Problems.invalidRequest(List.of(new FieldProblem(
                    "/" + e.line() + (e.field() == null ? "" : "/" + e.field()), e.getMessage())));
            problem.setProperty("file", e.file());
            problem.setProperty("line", e.line());
            problem.setProperty("field", e.field());
            throw Problems.exception(problem);
        }
    }

    private static ReferenceImports.Kind kind(String kind) {
        try {
            return ReferenceImports.Kind.ofSlug(kind);
        } catch (IllegalArgumentException e) {
            throw Problems.exception(Problems.of(ProblemKind.NOT_FOUND, "No reference data called '" + kind
                    + "': register, countries or decisions."));
        }
    }
}
