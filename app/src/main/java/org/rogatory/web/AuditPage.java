package org.rogatory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.audit.AuditCheckpoints;
import org.rogatory.audit.AuditVerifier;
import org.rogatory.audit.CheckpointJson;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit chain, for oversight and administration (as {@code /api/v1/audit}): the chain
 * recomputed, a signed checkpoint of its head to keep outside the operator's reach, and a kept
 * checkpoint checked against the chain as it is now (docs/audit.md).
 */
@UiController
class AuditPage {

    private final Access access;
    private final DataSource dataSource;
    private final AuditCheckpoints checkpoints;
    private final JsonMapper json;

    AuditPage(Access access, DataSource dataSource, AuditCheckpoints checkpoints, JsonMapper json) {
        this.access = access;
        this.dataSource = dataSource;
        this.checkpoints = checkpoints;
        this.json = json;
    }

    @GetMapping("/audit")
    String audit(Model model) throws SQLException {
        access.require(Operation.VERIFY_AUDIT);
        return page(model);
    }

    /** A checkpoint of the head as it is now, shown as the JSON the API gives, to copy and keep. */
    @GetMapping("/audit/checkpoint")
    String checkpoint(Model model) throws SQLException {
        access.require(Operation.VERIFY_AUDIT);
        model.addAttribute("checkpoint", json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(CheckpointJson.of(checkpoints.take())));
        return page(model);
    }

    @PostMapping("/audit/checkpoint/verification")
    String verify(@RequestParam(name = "checkpoint", required = false) String pasted, Model model,
            HttpServletResponse response) throws SQLException {
        access.require(Operation.VERIFY_AUDIT);
        AdminForms.Pasted read = AdminForms.checkpoint(pasted, json);
        model.addAttribute("pasted", pasted);
        if (read.ok()) {
            model.addAttribute("verdict", checkpoints.verify(read.checkpoint()));
        } else {
            model.addAttribute("pastedError", read.errorKey());
            model.addAttribute("pastedDetails", read.details());
            response.setStatus(400);
        }
        return page(model);
    }

    private String page(Model model) throws SQLException {
        model.addAttribute("verification", AuditVerifier.verify(dataSource));
        return "audit";
    }
}
