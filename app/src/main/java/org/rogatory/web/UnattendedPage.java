package org.rogatory.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.access.Role;
import org.rogatory.access.UserAccount;
import org.rogatory.access.Users;
import org.rogatory.casework.Assignments;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's page of open cases held by disabled accounts, as {@code /api/v1/assignments/unattended}
 * gives them, each with a form to hand it to an enabled user of the holder's role, with reasons.
 */
@UiController
class UnattendedPage {

    private final Access access;
    private final Assignments assignments;
    private final Users users;

    UnattendedPage(Access access, Assignments assignments, Users users) {
        this.access = access;
        this.assignments = assignments;
        this.users = users;
    }

    @GetMapping("/unattended")
    String page(Model model) {
        model.addAttribute("cases", assignments.unattended(access.require(Operation.ASSIGN_CASE)));
        Map<Role, List<String>> enabled = users.all().stream().filter(UserAccount::enabled)
                .collect(Collectors.groupingBy(UserAccount::role,
                        Collectors.mapping(UserAccount::username, Collectors.toList())));
        model.addAttribute("enabled", enabled);
        return "unattended";
    }

    @PostMapping("/unattended/{id}")
    String assign(@PathVariable String id, @RequestParam(required = false) String username,
            @RequestParam(required = false) String reasons, RedirectAttributes redirect) {
        Refusals.attempt(() -> assignments.assign(id, Rows.trimmed(username), Rows.trimmed(reasons),
                access.require(Operation.ASSIGN_CASE)), redirect, "assign-" + id, "unattended.assigned");
        return "redirect:/unattended";
    }
}
