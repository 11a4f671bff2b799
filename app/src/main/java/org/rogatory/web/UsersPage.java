package org.rogatory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rogatory.access.Access;
import org.rogatory.access.Language;
import org.rogatory.access.Operation;
import org.rogatory.access.Role;
import org.rogatory.administration.PasswordPolicy;
import org.rogatory.administration.UserAdministration;
import org.rogatory.administration.UserAdministration.NewAccount;
import org.rogatory.audit.Actor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's accounts page, through {@link UserAdministration} as the API's
 * {@code /api/v1/users}: every account, a new one (the password policy's words on the field they
 * concern), a new password, disabling and enabling (the last administrator stays: its 409 is shown
 * on the page). Passwords are never shown back.
 */
@UiController
class UsersPage {

    private final Access access;
    private final UserAdministration administration;

    UsersPage(Access access, UserAdministration administration) {
        this.access = access;
        this.administration = administration;
    }

    @GetMapping("/users")
    String page(Model model) {
        return page(administrator(), new LinkedHashMap<>(), model);
    }

    @PostMapping("/users")
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
            @RequestParam(required = false) String role, @RequestParam(required = false) String language,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor admin = administrator();
        try {
            administration.create(new NewAccount(Rows.trimmed(username), password, Rows.trimmed(role),
                    Rows.trimmed(language)), admin);
            redirect.addFlashAttribute("notice", "users.created");
            redirect.addFlashAttribute("noticeUser", Rows.trimmed(username));
            return "redirect:/users";
        } catch (ProblemException refused) {
            Refusals.onPage(refused, model, new Rows());
            model.addAttribute("refusalDetail", refused.getBody().getDetail());
            model.addAttribute("refusalAct", "create");
            model.addAttribute("refusalUser", Rows.trimmed(username));
            response.setStatus(refused.getBody().getStatus());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("username", username);
        values.put("role", role);
        values.put("language", language);
        return page(admin, values, model);
    }

    @PostMapping("/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String password,
            RedirectAttributes redirect) {
        Actor admin = administrator();
        try {
            administration.resetPassword(username, password, admin);
            notice(redirect, "users.passwordReset", username);
        } catch (ProblemException refused) {
            Refusals.flash(refused, redirect, "reset-" + username);
            redirect.addFlashAttribute("refusalUser", username);
        }
        return "redirect:/users#user-" + username;
    }

    @PostMapping("/users/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes redirect) {
        Actor admin = administrator();
        try {
            administration.disable(username, admin);
            notice(redirect, "users.disabled", username);
        } catch (ProblemException refused) {
            Refusals.flash(refused, redirect);
            redirect.addFlashAttribute("refusalUser", username);
            redirect.addFlashAttribute("refusalDetail", refused.getBody().getDetail());
            redirect.addFlashAttribute("refusalAct", "disable");
        }
        return "redirect:/users";
    }

    @PostMapping("/users/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect) {
        Actor admin = administrator();
        try {
            administration.enable(username, admin);
            notice(redirect, "users.enabled", username);
        } catch (ProblemException refused) {
            Refusals.flash(refused, redirect);
            redirect.addFlashAttribute("refusalUser", username);
        }
        return "redirect:/users";
    }

    private String page(Actor admin, Map<String, String> values, Model model) {
        model.addAttribute("accounts", administration.list(admin));
        model.addAttribute("roles", Role.values());
        model.addAttribute("accountLanguages", Language.values());
        model.addAttribute("values", values);
        model.addAttribute("minCharacters", PasswordPolicy.MIN_CHARACTERS);
        model.addAttribute("maxBytes", PasswordPolicy.MAX_BYTES);
        model.addAttribute("minDistinct", PasswordPolicy.MIN_DISTINCT_CHARACTERS);
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "users";
    }

    private static void notice(RedirectAttributes redirect, String key, String username) {
        redirect.addFlashAttribute("notice", key);
        redirect.addFlashAttribute("noticeUser", username);
    }

    private Actor administrator() {
        return Actor.of(access.require(Operation.MANAGE_USERS));
    }
}
