package org.rogatory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.rogatory.access.Access;
import org.rogatory.access.Language;
import org.rogatory.access.Operation;
import org.rogatory.access.Rights;
import org.rogatory.access.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page of the browser interface shares: who is signed in and what their role may do
 * (so that a page offers only what the user may do), the languages to switch to, and the pages
 * shown when a feature says no (404, 403, 409), in the user's language.
 */
@ControllerAdvice(annotations = UiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiPages {

    private static final Logger log = LoggerFactory.getLogger(UiPages.class);

    private final Access access;

    UiPages(Access access) {
        this.access = access;
    }

    @ModelAttribute
    void shared(Model model, HttpServletRequest request) {
        model.addAllAttributes(shared(request));
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView refused(ProblemException e, HttpServletRequest request, HttpServletResponse response) {
        return errorPage(slug(e.getBody()), e.getStatusCode().value(), request, response);
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ModelAndView changedMeanwhile(ConcurrencyFailureException e, HttpServletRequest request,
            HttpServletResponse response) {
        log.info("concurrent change refused: {}", e.getMessage());
        return errorPage(ProblemKind.CONFLICT.slug(), ProblemKind.CONFLICT.status().value(), request, response);
    }

    private ModelAndView errorPage(String slug, int status, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.addAllObjects(shared(request));
        page.addObject("status", status);
        page.addObject("problem", slug);
        return page;
    }

    private Map<String, Object> shared(HttpServletRequest request) {
        Optional<User> user = access.signedIn();
        Map<String, Boolean> may = new HashMap<>();
        for (Operation operation : Operation.values()) {
            may.put(operation.name(), user.map(u -> Rights.allows(u.role(), operation)).orElse(false));
        }
        Map<String, Object> shared = new HashMap<>();
        shared.put("me", user.orElse(null));
        shared.put("may", may);
        shared.put("languages", Language.values());
        shared.put("returnTo", returnTo(request));
        return shared;
    }

    /** Where the language switch brings the user back to: this page, if it can be asked for again. */
    static String returnTo(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** {@code urn:rogatory:problem:not-found} is {@code not-found}: the key of its title and explanation. */
    static String slug(ProblemDetail problem) {
        String type = problem.getType() == null ? "" : problem.getType().toString();
        return type.startsWith("urn:rogatory:problem:") ? type.substring("urn:rogatory:problem:".length())
                : ProblemKind.forStatus(problem.getStatus()).slug();
    }
}
