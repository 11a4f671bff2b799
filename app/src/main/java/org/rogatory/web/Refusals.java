package org.rogatory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the execution, results and transmission pages show a service's refusal: its title, the 409's
 * reasons (each unmet obligation, each thing that holds back) and the 400's bad fields, on the page
 * the user acted from. A 404 is the error page, as everywhere.
 */
final class Refusals {

    private Refusals() {
    }

    /**
     * Runs a form's act. On a refusal or a concurrent change the form is to be shown again: the
     * refusal is on the model, the response has its status, and the answer is false.
     */
    static boolean attempt(Runnable act, Model model, Rows rows, HttpServletResponse response) {
        try {
            act.run();
            return true;
        } catch (ProblemException refused) {
            onPage(refused, model, rows);
            response.setStatus(refused.getBody().getStatus());
        } catch (ConcurrencyFailureException changed) {
            model.addAttribute("refusal", "conflict");
            response.setStatus(409);
        }
        return false;
    }

    /**
     * Runs an act after which the page is shown afresh: its notice {@code done}, or its refusal (field
     * ids beginning with {@code prefix-}, when given) or a concurrent change, goes with the redirect.
     */
    static void attempt(Runnable act, RedirectAttributes redirect, String prefix, String done) {
        try {
            act.run();
            redirect.addFlashAttribute("notice", done);
        } catch (ProblemException refused) {
            flash(refused, redirect, prefix);
        } catch (ConcurrencyFailureException changed) {
            redirect.addFlashAttribute("refusal", "conflict");
        }
    }

    /** For a form shown again as it was filled in. */
    static void onPage(ProblemException refused, Model model, Rows rows) {
        ProblemDetail problem = notFoundIsAPage(refused);
        model.addAttribute("refusal", UiPages.slug(problem));
        model.addAttribute("refusalStatus", problem.getStatus());
        model.addAttribute("reasons", DecidePage.reasons(problem));
        model.addAttribute("fieldErrors", fieldErrors(problem, rows));
    }

    /** For an act after which the page is shown afresh. */
    static void flash(ProblemException refused, RedirectAttributes redirect) {
        flash(refused, redirect, null);
    }

    /** The same, for a form whose fields' ids on the page begin with {@code prefix-}. */
    static void flash(ProblemException refused, RedirectAttributes redirect, String prefix) {
        ProblemDetail problem = notFoundIsAPage(refused);
        redirect.addFlashAttribute("refusal", UiPages.slug(problem));
        redirect.addFlashAttribute("refusalStatus", problem.getStatus());
        redirect.addFlashAttribute("reasons", DecidePage.reasons(problem));
        Map<String, List<String>> errors = new LinkedHashMap<>();
        fieldErrors(problem, new Rows()).forEach((field, details) -> errors.put(
                prefix == null ? field : field.equals("form") ? prefix : prefix + "-" + field, details));
        redirect.addFlashAttribute("fieldErrors", errors);
    }

    private static ProblemDetail notFoundIsAPage(ProblemException refused) {
        if (refused.getBody().getStatus() == 404) {
            throw refused;
        }
        return refused.getBody();
    }

    /** The id of each bad field on the page, with what the service said of it. */
    static Map<String, List<String>> fieldErrors(ProblemDetail problem, Rows rows) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Object given = problem.getProperties() == null ? null : problem.getProperties().get("errors");
        if (given instanceof Collection<?> list) {
            for (Object item : list) {
                if (item instanceof FieldProblem error) {
                    errors.computeIfAbsent(rows.field(error.pointer()), f -> new ArrayList<>()).add(error.detail());
                }
            }
        }
        return errors;
    }
}
