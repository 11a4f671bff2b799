package org.rogatory.audit;

import static org.rogatory.web.ProblemKind.FORBIDDEN;
import static org.rogatory.web.ProblemKind.INVALID_REQUEST;
import static org.rogatory.web.ProblemKind.PAYLOAD_TOO_LARGE;
import static org.rogatory.web.ProblemKind.UNAUTHENTICATED;
import static org.rogatory.web.ProblemKind.UNSUPPORTED_MEDIA_TYPE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.rogatory.access.Access;
import org.rogatory.audit.domain.ChainVerification;
import org.rogatory.audit.domain.Checkpoint;
import org.rogatory.audit.domain.CheckpointVerdict;
import org.rogatory.web.ProblemResponses;
import org.rogatory.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "The tamper-evident record of every read and write of case data")
class AuditController {

    private final Access access;
    private final DataSource dataSource;
    private final AuditCheckpoints checkpoints;

    AuditController(Access access, DataSource dataSource, AuditCheckpoints checkpoints) {
        this.access = access;
        this.dataSource = dataSource;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the audit hash chain", description = "OVERSIGHT and ADMIN. `firstBroken` is the "
            + "first sequence number at which the chain does not hold (null when `ok`).")
    @ApiResponse(responseCode = "200", description = "The verdict: `{ok, events, firstBroken}`")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN})
    AuditVerification verify() throws SQLException {
        access.require(org.rogatory.access.Operation.VERIFY_AUDIT);
        ChainVerification.Result result = AuditVerifier.verify(dataSource);
        return new AuditVerification(result.ok(), result.events(), result.firstBroken());
    }

    @GetMapping("/checkpoint")
    @Operation(summary = "A signed checkpoint of the chain's head", description = "OVERSIGHT and ADMIN. "
            + "`{sequence, hash, signedAt, publicKey, signature}`: the last event's sequence number and hash, signed "
            + "with the server's Ed25519 key over the four lines `rogatory-audit-checkpoint/1`, sequence, hash, "
            + "signedAt. Keep it outside the operator's reach: a later rewrite of the whole log no longer contains it.")
    @ApiResponse(responseCode = "200", description = "The checkpoint")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN})
    CheckpointJson checkpoint() {
        access.require(org.rogatory.access.Operation.VERIFY_AUDIT);
        return CheckpointJson.of(checkpoints.take());
    }

    @PostMapping(path = "/checkpoint/verification", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check a checkpoint against the chain as it is now", description = "OVERSIGHT and ADMIN. "
            + "The body is a checkpoint as `GET /audit/checkpoint` gave it. `ok` when it is signed by this "
            + "installation's key (current or listed as previous), the chain verifies and still holds its head; "
            + "otherwise `problems` names each of SIGNATURE_INVALID, UNTRUSTED_KEY, HEAD_NOT_IN_CHAIN, CHAIN_BROKEN.")
    @ApiResponse(responseCode = "200", description = "The verdict: `{ok, sequence, events, firstBroken, problems}`")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE})
    CheckpointVerdict verifyCheckpoint(@RequestBody CheckpointJson body) throws SQLException {
        access.require(org.rogatory.access.Operation.VERIFY_AUDIT);
        Checkpoint checkpoint;
        try {
            checkpoint = body.checked();
        } catch (CheckpointJson.Invalid invalid) {
            throw Problems.exception(Problems.invalidRequest(invalid.problems()));
        }
        return checkpoints.verify(checkpoint);
    }

    /** The verdict on the chain: intact or not, how many events, the first broken sequence number (or null). */
    record AuditVerification(boolean ok, long events, Long firstBroken) {
    }
}
