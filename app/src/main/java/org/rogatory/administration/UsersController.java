package org.rogatory.administration;

import static org.rogatory.web.ProblemKind.FORBIDDEN;
import static org.rogatory.web.ProblemKind.INVALID_REQUEST;
import static org.rogatory.web.ProblemKind.NOT_FOUND;
import static org.rogatory.web.ProblemKind.PAYLOAD_TOO_LARGE;
import static org.rogatory.web.ProblemKind.STATE_CONFLICT;
import static org.rogatory.web.ProblemKind.UNAUTHENTICATED;
import static org.rogatory.web.ProblemKind.UNSUPPORTED_MEDIA_TYPE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.rogatory.access.Access;
import org.rogatory.access.UserAccount;
import org.rogatory.administration.UserAdministration.NewAccount;
import org.rogatory.audit.Actor;
import org.rogatory.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's door to the accounts: no case content is ever reachable from here. */
@RestController
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "users", description = "Accounts: ADMIN only. Passwords are never shown; every change is audited.")
class UsersController {

    private final Access access;
    private final UserAdministration administration;

    UsersController(Access access, UserAdministration administration) {
        this.access = access;
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Every account: username, role, language, enabled")
    @ApiResponse(responseCode = "200", description = "The accounts, by username")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN})
    List<UserAccount> list() {
        return administration.list(administrator());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an account", description = "`{username, password, role, language}`. The username is "
            + "3 to 100 lower-case letters, digits, '.', '_' or '-'; the password at least 12 characters (at most 72 "
            + "bytes), not containing the username, with at least 5 different characters; `language` is fr, nl, de "
            + "or en (default en). A role is for the life of the account.")
    @ApiResponse(responseCode = "201", description = "Created; the user can sign in")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, STATE_CONFLICT, PAYLOAD_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<UserAccount> create(@RequestBody NewAccount body) {
        Actor admin = administrator();
        return ResponseEntity.status(HttpStatus.CREATED).body(administration.create(body, admin));
    }

    @PutMapping(path = "/{username}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set a new password for the user", description = "`{password}`, under the same policy as "
            + "at creation. The old password stops working at once.")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody NewPassword body) {
        administration.resetPassword(username, body.password(), administrator());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "Stop the user from signing in", description = "Takes effect at their next request, through "
            + "the API and the browser alike. The last enabled administrator cannot be disabled (409).")
    @ApiResponse(responseCode = "200", description = "Disabled")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, STATE_CONFLICT})
    UserAccount disable(@PathVariable String username) {
        return administration.disable(username, administrator());
    }

    @PostMapping("/{username}/enable")
    @Operation(summary = "Let a disabled user sign in again")
    @ApiResponse(responseCode = "200", description = "Enabled")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND})
    UserAccount enable(@PathVariable String username) {
        return administration.enable(username, administrator());
    }

    private Actor administrator() {
        return Actor.of(access.require(org.rogatory.access.Operation.MANAGE_USERS));
    }

    /** The body of {@code PUT /users/{username}/password}. */
    record NewPassword(String password) {
    }
}
