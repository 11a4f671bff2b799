package org.rogatory.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.access.Rights;
import org.rogatory.access.User;
import org.rogatory.audit.AuditVerifier;
import org.rogatory.casework.Casework;
import org.rogatory.casework.QueueItem;
import org.rogatory.casework.domain.CaseState;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lists people start from: their role's queue (overdue and urgent first, as casework orders
 * it), the supervisor's decisions awaiting approval, and for oversight the audit chain's check.
 */
@UiController
class QueuePages {

    private final Access access;
    private final Casework casework;
    private final DataSource dataSource;

    QueuePages(Access access, Casework casework, DataSource dataSource) {
        this.access = access;
        this.casework = casework;
        this.dataSource = dataSource;
    }

    @GetMapping("/queue")
    String queue(@RequestParam Optional<CaseState> state, Model model) {
        User user = access.currentUser();
        if (!Rights.allows(user.role(), Operation.LIST_QUEUE)) {
            // oversight and administration see no case content: their page is the audit check
            return "redirect:/audit";
        }
        model.addAttribute("items", casework.queue(user, state));
        model.addAttribute("state", state.orElse(null));
        model.addAttribute("states", CaseState.values());
        return "queue";
    }

    @GetMapping("/approvals")
    String approvals(Model model) {
        User supervisor = access.require(Operation.APPROVE_DECISION);
        List<QueueItem> awaiting = casework.queue(supervisor, Optional.empty()).stream()
                .filter(item -> item.awaitingApproval() != null).toList();
        model.addAttribute("items", awaiting);
        return "approvals";
    }

    @GetMapping("/audit")
    String audit(Model model) throws SQLException {
        access.require(Operation.VERIFY_AUDIT);
        model.addAttribute("verification", AuditVerifier.verify(dataSource));
        return "audit";
    }
}
