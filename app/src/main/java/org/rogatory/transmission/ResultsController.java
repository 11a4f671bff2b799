package org.rogatory.transmission;

import static org.rogatory.web.ProblemKind.BLOCKED;
import static org.rogatory.web.ProblemKind.FORBIDDEN;
import static org.rogatory.web.ProblemKind.INVALID_REQUEST;
import static org.rogatory.web.ProblemKind.NOT_FOUND;
import static org.rogatory.web.ProblemKind.PAYLOAD_TOO_LARGE;
import static org.rogatory.web.ProblemKind.UNAUTHENTICATED;
import static org.rogatory.web.ProblemKind.UNSUPPORTED_MEDIA_TYPE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.rogatory.access.Access;
import org.rogatory.access.User;
import org.rogatory.transmission.Results.ContentVersion;
import org.rogatory.transmission.Results.ItemContent;
import org.rogatory.transmission.TransmissionViews.ItemView;
import org.rogatory.transmission.TransmissionViews.ResultsView;
import org.rogatory.transmission.domain.ResultItem.ItemKind;
import org.rogatory.transmission.domain.Review;
import org.rogatory.web.ProblemKind;
import org.rogatory.web.ProblemResponses;
import org.rogatory.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The results of the execution: items, their contents, their review. */
@RestController
@RequestMapping(path = "/api/v1/requests/{id}/results", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "results")
class ResultsController {

    private final Access access;
    private final Results results;

    ResultsController(Access access, Results results) {
        this.access = access;
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "The result items and what holds them back",
            description = "Each item's kind, label, content hash, the protected persons its text names (findings) "
                    + "and its review; never its content. `blockers`: what keeps the results from being submitted "
                    + "(EXECUTED) or transmitted (RESULTS_REVIEW).")
    @ApiResponse(responseCode = "200", description = "The items")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND})
    ResultsView read(@PathVariable String id) {
        return results.view(id, access.require(org.rogatory.access.Operation.READ_CASE));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a result item the report did not list, e.g. a bank record (POLICE, while EXECUTED)")
    @ApiResponse(responseCode = "201", description = "Added")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<ItemView> add(@PathVariable String id, @RequestBody NewItem body) {
        ItemView item = results.addItem(id, body.kind(), body.label(), body.description(),
                access.require(org.rogatory.access.Operation.REPORT_EXECUTION));
        return ResponseEntity.status(HttpStatus.CREATED).body(item);
    }

    @PutMapping(path = "/{itemId}/content", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_PDF_VALUE})
    @Operation(summary = "Upload an item's content (POLICE, while EXECUTED)",
            description = "text/plain (UTF-8) or application/pdf, whose text is extracted. The text is screened "
                    + "against the register of protected persons: each one named, other than the request's persons, "
                    + "becomes a finding on the item. Replaces an earlier upload.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "200", description = "Stored and screened")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, PAYLOAD_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE})
    ItemView upload(@PathVariable String id, @PathVariable String itemId,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType, @RequestBody byte[] content) {
        User police = access.require(org.rogatory.access.Operation.REPORT_EXECUTION);
        if (contentType.getCharset() != null && !StandardCharsets.UTF_8.equals(contentType.getCharset())
                && !StandardCharsets.US_ASCII.equals(contentType.getCharset())) {
            // the text is screened, and sent, as UTF-8: another encoding would be screened as garbage
            throw Problems.exception(Problems.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                    "Text is uploaded as UTF-8 (charset=utf-8), not " + contentType.getCharset() + "."));
        }
        return results.uploadContent(id, itemId, contentType.getType() + "/" + contentType.getSubtype(), content,
                police);
    }

    @GetMapping(path = "/{itemId}/content", produces = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Read an item's content (POLICE, PRIVILEGE_REVIEWER, INVESTIGATING_JUDGE with need-to-know)",
            description = "For the people who work on it, never for the requesting state: only the transmission "
                    + "sends anything there. Every read is audited.")
    @ApiResponse(responseCode = "200", description = "The content", content = {
            @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND})
    ResponseEntity<byte[]> content(@PathVariable String id, @PathVariable String itemId,
            @Parameter(description = "ORIGINAL (as uploaded), REDACTED (the reviewer's redaction) or TEXT (the text screened)")
            @RequestParam(defaultValue = "ORIGINAL") ContentVersion version) {
        ItemContent content = results.content(id, itemId, version,
                access.require(org.rogatory.access.Operation.READ_RESULT_CONTENT));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.mediaType().equals(ItemTexts.TEXT)
                        ? ItemTexts.TEXT + ";charset=UTF-8" : content.mediaType()))
                .body(content.bytes());
    }

    @PostMapping("/submission")
    @Operation(summary = "Submit the results for review (POLICE): EXECUTED to RESULTS_REVIEW",
            description = "Refused (409) while an item has no content, each named.")
    @ApiResponse(responseCode = "200", description = "Submitted")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED})
    ResultsView submit(@PathVariable String id) {
        return results.submit(id, access.require(org.rogatory.access.Operation.REPORT_EXECUTION));
    }

    @PostMapping(path = "/{itemId}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Review an item (PRIVILEGE_REVIEWER, while RESULTS_REVIEW)",
            description = "`decision`: CLEARED, REDACTED (with `redactedText`, which must no longer name the protected "
                    + "persons found; both versions are kept, only the redacted one may leave) or WITHHELD; `reasons` "
                    + "always. An item naming other protected persons cannot be CLEARED (409). A review of an item "
                    + "reviewed before names the review it replaces in `replacesReview` (the `review.number` read); "
                    + "409 `item-reviewed-since` when it is not the latest.")
    @ApiResponse(responseCode = "201", description = "Reviewed")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, PAYLOAD_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<ItemView> review(@PathVariable String id, @PathVariable String itemId,
            @RequestBody ReviewBody body) {
        ItemView item = results.review(id, itemId, body.decision(), body.reasons(), body.redactedText(),
                body.replacesReview(), access.require(org.rogatory.access.Operation.REVIEW_RESULTS));
        return ResponseEntity.status(HttpStatus.CREATED).body(item);
    }

    record NewItem(ItemKind kind, String label, String description) {
    }

    record ReviewBody(Review.Decision decision, String reasons, String redactedText, Integer replacesReview) {
    }
}
