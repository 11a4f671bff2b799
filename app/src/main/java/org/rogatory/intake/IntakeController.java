package org.rogatory.intake;

import static org.rogatory.web.ProblemKind.BLOCKED;
import static org.rogatory.web.ProblemKind.FORBIDDEN;
import static org.rogatory.web.ProblemKind.INVALID_REQUEST;
import static org.rogatory.web.ProblemKind.NOT_FOUND;
import static org.rogatory.web.ProblemKind.PAYLOAD_TOO_LARGE;
import static org.rogatory.web.ProblemKind.UNAUTHENTICATED;
import static org.rogatory.web.ProblemKind.UNSUPPORTED_MEDIA_TYPE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.rogatory.access.Access;
import org.rogatory.access.User;
import org.rogatory.casework.Casework.Registered;
import org.rogatory.casework.Views.RegistrationView;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The door: requests arrive here, are validated, and registered as cases. */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "requests")
class IntakeController {

    private final Access access;
    private final Intake intake;

    IntakeController(Access access, Intake intake) {
        this.access = access;
        this.intake = intake;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register an incoming request (CLERK)",
            description = "Validated against request.schema.json and the checks beyond it; screened; put in the "
                    + "central authority's queue. The same requesting state and foreign reference again returns the "
                    + "existing case with 200 instead of registering it twice.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CooperationRequest.class)))
    @ApiResponse(responseCode = "201", description = "Registered: `{id, state, findings}`")
    @ApiResponse(responseCode = "200", description = "Registered before: the existing case")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<RegistrationView> register(@RequestBody byte[] body) {
        User clerk = access.require(org.rogatory.access.Operation.REGISTER_REQUEST);
        Registered registered = intake.register(body, clerk);
        URI location = URI.create("/api/v1/requests/" + registered.view().id());
        return registered.created()
                ? ResponseEntity.created(location).body(registered.view())
                : ResponseEntity.ok().location(location).body(registered.view());
    }

    @PostMapping(path = "/{id}/supplements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the new information asked for (CLERK)",
            description = "The amended request (same requesting state and foreign reference) replaces the current "
                    + "one, is screened again, and goes back to the central authority. Only while AWAITING_INFORMATION.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CooperationRequest.class)))
    @ApiResponse(responseCode = "201", description = "Recorded: `{id, state, findings}`")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, PAYLOAD_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<RegistrationView> recordNewInformation(@PathVariable String id, @RequestBody byte[] body) {
        User clerk = access.require(org.rogatory.access.Operation.RECORD_NEW_INFORMATION);
        return ResponseEntity.status(HttpStatus.CREATED).body(intake.recordNewInformation(id, body, clerk));
    }
}
