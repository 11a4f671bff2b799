package org.rogatory.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.rogatory.access.Access;
import org.rogatory.audit.domain.ChainVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "The tamper-evident record of every read and write of case data")
class AuditController {

    private final Access access;
    private final DataSource dataSource;

    AuditController(Access access, DataSource dataSource) {
        this.access = access;
        this.dataSource = dataSource;
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the audit hash chain", description = "OVERSIGHT and ADMIN. `firstBroken` is the "
            + "first sequence number at which the chain does not hold (null when `ok`).")
    @ApiResponse(responseCode = "200", description = "The verdict: `{ok, events, firstBroken}`")
    @ApiResponse(responseCode = "401", ref = "Unauthenticated")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    AuditVerification verify() throws SQLException {
        access.require(org.rogatory.access.Operation.VERIFY_AUDIT);
        ChainVerification.Result result = AuditVerifier.verify(dataSource);
        return new AuditVerification(result.ok(), result.events(), result.firstBroken());
    }

    /** The verdict on the chain: intact or not, how many events, the first broken sequence number (or null). */
    record AuditVerification(boolean ok, long events, Long firstBroken) {
    }
}
