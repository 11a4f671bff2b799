package org.rogatory.casework;

import static org.rogatory.web.ProblemKind.BLOCKED;
import static org.rogatory.web.ProblemKind.FORBIDDEN;
import static org.rogatory.web.ProblemKind.INVALID_REQUEST;
import static org.rogatory.web.ProblemKind.NOT_FOUND;
import static org.rogatory.web.ProblemKind.UNAUTHENTICATED;
import static org.rogatory.web.ProblemKind.UNSUPPORTED_MEDIA_TYPE;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.casework.Assignments.Assigned;
import org.rogatory.casework.Assignments.Unattended;
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

/** Who works on a case, when the one who did is away: the supervisor's hand-over. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "requests")
class AssignmentsController {

    private final Access access;
    private final Assignments assignments;

    AssignmentsController(Access access, Assignments assignments) {
        this.access = access;
        this.assignments = assignments;
    }

    @GetMapping("/assignments/unattended")
    @io.swagger.v3.oas.annotations.Operation(summary = "Open cases held by disabled accounts (SUPERVISOR)",
            description = "Each open request assigned to a user whose account is disabled: its id, requesting "
                    + "state, foreign reference and state, and who holds it. Nothing of its content.")
    @ApiResponse(responseCode = "200", description = "The cases, oldest registered first")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN})
    List<Unattended> unattended() {
        return assignments.unattended(access.require(Operation.ASSIGN_CASE));
    }

    @PostMapping(path = "/requests/{id}/assignments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.Operation(summary = "Hand an open case to another user (SUPERVISOR)",
            description = "`username`: an enabled account of a role that works on cases; `reasons`: why. The user "
                    + "then sees the case and acts on it as their role allows, as the users assigned before do.")
    @ApiResponse(responseCode = "201", description = "Assigned")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<Assigned> assign(@PathVariable String id, @RequestBody AssignmentBody body) {
        Assigned assigned = assignments.assign(id, body.username(), body.reasons(),
                access.require(Operation.ASSIGN_CASE));
        return ResponseEntity.status(HttpStatus.CREATED).body(assigned);
    }

    /** The body of {@code POST /requests/{id}/assignments}. */
    record AssignmentBody(String username, String reasons) {
    }
}
