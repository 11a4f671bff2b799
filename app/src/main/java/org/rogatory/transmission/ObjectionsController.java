package org.rogatory.transmission;

import static org.rogatory.web.ProblemKind.BLOCKED;
import static org.rogatory.web.ProblemKind.FORBIDDEN;
import static org.rogatory.web.ProblemKind.INVALID_REQUEST;
import static org.rogatory.web.ProblemKind.NOT_FOUND;
import static org.rogatory.web.ProblemKind.UNAUTHENTICATED;
import static org.rogatory.web.ProblemKind.UNSUPPORTED_MEDIA_TYPE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.rogatory.access.Access;
import org.rogatory.transmission.TransmissionViews.ObjectionView;
import org.rogatory.transmission.TransmissionViews.ObjectionsView;
import org.rogatory.transmission.domain.Objection;
import org.rogatory.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The affected person's notification and objections, and the judge's rulings on them. */
@RestController
@RequestMapping(path = "/api/v1/requests/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "objections")
class ObjectionsController {

    private final Access access;
    private final Objections objections;

    ObjectionsController(Access access, Objections objections) {
        this.access = access;
        this.objections = objections;
    }

    @GetMapping("/objections")
    @Operation(summary = "Notifications of the affected person, the end of the remedy period, the objections")
    @ApiResponse(responseCode = "200", description = "As they stand")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND})
    ObjectionsView read(@PathVariable String id) {
        return objections.view(id, access.require(org.rogatory.access.Operation.READ_CASE));
    }

    @PostMapping(path = "/notifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record when the affected person was notified (CLERK)",
            description = "`person`: the reference (`p1`, `o1`) or a name the request gives of one of its persons or "
                    + "organisations; `notifiedOn` (not in the future). Everyone a measure concerns must be notified "
                    + "(where no measure names anyone, any one of the request); the remedy period (15 days by "
                    + "default) runs from the latest notification; nothing leaves before it is over.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<ObjectionsView> notified(@PathVariable String id, @RequestBody NotificationBody body) {
        ObjectionsView view = objections.recordNotification(id, body.person(), body.notifiedOn(),
                access.require(org.rogatory.access.Operation.RECORD_OBJECTION));
        return ResponseEntity.status(HttpStatus.CREATED).body(view);
    }

    @PostMapping(path = "/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an objection (CLERK)",
            description = "From the affected person or counsel (`capacity`), received on a date, naming the items "
                    + "(`items`: ids) and the grounds. It holds back the transmission until the judge decides it.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<ObjectionView> object(@PathVariable String id, @RequestBody ObjectionBody body) {
        ObjectionView objection = objections.record(id, body.objector(), body.capacity(), body.receivedOn(),
                body.items(), body.grounds(), access.require(org.rogatory.access.Operation.RECORD_OBJECTION));
        return ResponseEntity.status(HttpStatus.CREATED).body(objection);
    }

    @PostMapping(path = "/objections/{objectionId}/ruling", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide an objection (INVESTIGATING_JUDGE)",
            description = "`outcome`: UPHELD (the items are withheld and returned) or REJECTED (they may go once "
                    + "cleared); `reasons` required.")
    @ApiResponse(responseCode = "201", description = "Decided")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<ObjectionView> rule(@PathVariable String id, @PathVariable String objectionId,
            @RequestBody ObjectionRulingBody body) {
        ObjectionView objection = objections.rule(id, objectionId, body.outcome(), body.reasons(),
                access.require(org.rogatory.access.Operation.RULE));
        return ResponseEntity.status(HttpStatus.CREATED).body(objection);
    }

    record NotificationBody(String person, LocalDate notifiedOn) {
    }

    record ObjectionBody(String objector, Objection.Capacity capacity, LocalDate receivedOn, List<String> items,
            String grounds) {
    }

    record ObjectionRulingBody(Objection.Outcome outcome, String reasons) {
    }
}
