package org.rogatory.web;

import java.util.List;
import java.util.Optional;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.access.Rights;
import org.rogatory.access.User;
import org.rogatory.casework.Casework;
import org.rogatory.casework.QueueItem;
import org.rogatory.casework.domain.CaseState;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lists people start from: their role's queue (overdue and urgent first, as casework orders
 * it), the supervisor's decisions awaiting approval. Oversight and administration start from their own pages.
 */
@UiController
class QueuePages {

    private final Access access;
    private final Casework casework;

    QueuePages(Access access, Casework casework) {
        this.access = access;
        this.casework = casework;
    }

    @GetMapping("/queue")
    String queue(@RequestParam Optional<CaseState> state, Model model) {
        User user = access.currentUser();
        if (!Rights.allows(user.role(), Operation.LIST_QUEUE)) {
            // oversight and administration see no case content: their own page is where they start
            return Rights.allows(user.role(), Operation.READ_OVERSIGHT_FIGURES) ? "redirect:/oversight"
                    : Rights.allows(user.role(), Operation.MANAGE_USERS) ? "redirect:/users" : "redirect:/audit";
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
}
