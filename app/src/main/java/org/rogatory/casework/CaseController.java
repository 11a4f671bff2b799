package org.rogatory.casework;

import static org.rogatory.web.ProblemKind.BLOCKED;
import static org.rogatory.web.ProblemKind.FORBIDDEN;
import static org.rogatory.web.ProblemKind.INVALID_REQUEST;
import static org.rogatory.web.ProblemKind.NOT_FOUND;
import static org.rogatory.web.ProblemKind.PAYLOAD_TOO_LARGE;
import static org.rogatory.web.ProblemKind.UNAUTHENTICATED;
import static org.rogatory.web.ProblemKind.UNSUPPORTED_MEDIA_TYPE;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.rogatory.access.Access;
import org.rogatory.access.Language;
import org.rogatory.access.Operation;
import org.rogatory.access.User;
import org.rogatory.casework.Views.CaseView;
import org.rogatory.casework.Views.DecisionView;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.Authorisation.AuthorisedOfficial;
import org.rogatory.casework.domain.Authorisation.AuthorisedPlace;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.Disposition;
import org.rogatory.casework.domain.FindingDisposition;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.casework.domain.Proposal;
import org.rogatory.web.ProblemResponses;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The request resource as casework serves it: reading, queues, decisions, approvals. */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "requests")
class CaseController {

    private final Access access;
    private final Casework casework;
    private final DecisionLetters letters;

    CaseController(Access access, Casework casework, DecisionLetters letters) {
        this.access = access;
        this.casework = casework;
        this.letters = letters;
    }

    @GetMapping("/{id}")
    @io.swagger.v3.oas.annotations.Operation(summary = "The request, its state, findings, decisions and obligations",
            description = "Only for users who need to know the case: in their role's queue or assigned to them. "
                    + "The ETag is the case version, for If-Match on a decision.")
    @ApiResponse(responseCode = "200", description = "The case")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND})
    ResponseEntity<CaseView> read(@PathVariable String id) {
        CaseView view = casework.read(id, access.require(Operation.READ_CASE));
        return ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    @GetMapping
    @io.swagger.v3.oas.annotations.Operation(summary = "The caller's queue",
            description = "Cases waiting in the states the caller's role owns (for a supervisor, also decisions "
                    + "awaiting approval; for an investigating judge, also cases past the decisions that await a judge "
                    + "(results to transmit, a finding raised since) and that this judge or no judge decided on): "
                    + "overdue first, then urgent, then by deadline.")
    @ApiResponse(responseCode = "200", description = "The queue")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN})
    List<QueueItem> queue(@RequestParam Optional<CaseState> state) {
        return casework.queue(access.require(Operation.LIST_QUEUE), state);
    }

    @PostMapping(path = "/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.Operation(summary = "Record a decision",
            description = "A decision that moves the request forward must answer every open BLOCKING and WARNING "
                    + "finding. One that dismisses or overrides a BLOCKING finding takes effect only once a "
                    + "supervisor approves it (status AWAITING_APPROVAL). A judge's AUTHORISE may carry an "
                    + "`authorisation`: the foreign officials allowed to observe (name, function, identity document; "
                    + "role OBSERVER, nothing else), the measures covered (indexes; none: all), conditions, and "
                    + "`places`: for a search or seizure the request gives no street address for, where it is done "
                    + "(`measure` index, `address`, `city`). It bounds the execution plan; without it no foreign "
                    + "official may be present, and such a measure is done only where an authorised measure with an "
                    + "address is.")
    @ApiResponse(responseCode = "201", description = "Recorded; `state` is where the request stands now")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, PAYLOAD_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<DecisionView> decide(@PathVariable String id, @RequestBody DecisionBody body,
            @Parameter(description = "the ETag of the case as read; a stale one gets 409")
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        User author = access.require(Operation.DECIDE);
        DecisionView decision = casework.decide(id, body.proposal(), version(ifMatch), author);
        return ResponseEntity.status(HttpStatus.CREATED).body(decision);
    }

    @PostMapping("/{id}/decisions/{decisionId}/approval")
    @io.swagger.v3.oas.annotations.Operation(summary = "A supervisor approves a dismissal or override",
            description = "Four eyes: the supervisor must not be the decision's author. The request then moves.")
    @ApiResponse(responseCode = "201", description = "Approved; the decision took effect")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED})
    ResponseEntity<DecisionView> approve(@PathVariable String id, @PathVariable String decisionId) {
        DecisionView decision = casework.approve(id, decisionId, access.require(Operation.APPROVE_DECISION));
        return ResponseEntity.status(HttpStatus.CREATED).body(decision);
    }

    @GetMapping(path = "/{id}/decisions/{decisionId}/letter", produces = MediaType.APPLICATION_PDF_VALUE)
    @io.swagger.v3.oas.annotations.Operation(summary = "The letter of a decision (PDF), in FR, NL, DE or EN",
            description = "What was decided, by whom and when, the grounds, the reasons, each finding's answer and, for "
                    + "an AUTHORISE, what it allows. `language`: FR, NL, DE or EN (default: the caller's). For users who "
                    + "may read the case; audited.")
    @ApiResponse(responseCode = "200", description = "The letter", content = @Content(
            mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND})
    ResponseEntity<byte[]> letter(@PathVariable String id, @PathVariable String decisionId,
                                  @RequestParam Optional<Language> language) {
        User reader = access.require(Operation.READ_CASE);
        Language in = language.orElse(reader.language());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(DecisionLetters.fileName(decisionId, in)).build().toString())
                .body(letters.pdf(id, decisionId, in, reader));
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match names; a value that is no version of ours can match nothing. */
    static OptionalLong version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            return OptionalLong.of(-1);
        }
    }

    /** The body of {@code POST /requests/{id}/decisions}; {@code authorisation} only with AUTHORISE. */
    record DecisionBody(Outcome outcome, List<String> grounds, String reasons, List<FindingAnswer> findings,
            AuthorisationBody authorisation) {

        Proposal proposal() {
            return new Proposal(outcome, grounds, reasons, findings == null ? List.of()
                    : findings.stream().map(a -> a == null ? null
                            : new FindingDisposition(a.findingId(), a.disposition(), a.reasons())).toList(),
                    authorisation == null ? null : authorisation.authorisation());
        }
    }

    /** What a judge's AUTHORISE allows: who may observe, which measures, on what conditions, where. */
    record AuthorisationBody(List<AuthorisedOfficial> foreignOfficials, List<Integer> measures, String conditions,
            List<AuthorisedPlace> places) {

        Authorisation authorisation() {
            return new Authorisation(foreignOfficials, measures, conditions, places);
        }
    }

    /** An answer to one finding. */
    record FindingAnswer(String findingId, Disposition disposition, String reasons) {
    }
}
