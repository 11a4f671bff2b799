package org.rogatory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rogatory.access.Access;
import org.rogatory.access.Language;
import org.rogatory.access.Users;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Signing in (the form; Spring Security checks the password) and choosing the language, on the
 * sign-in page for this session and for a signed-in user from now on (it is stored with the user).
 */
@UiController
class SignInPage {

    private final Access access;
    private final Users users;
    private final LocaleResolver locales;

    SignInPage(Access access, Users users, LocaleResolver locales) {
        this.access = access;
        this.users = users;
        this.locales = locales;
    }

    @GetMapping("/login")
    String signIn() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/queue";
    }

    @PostMapping("/language")
    String language(@RequestParam("lang") String code, @RequestParam(name = "returnTo", defaultValue = "/") String returnTo,
            HttpServletRequest request, HttpServletResponse response) {
        Language language;
        try {
            language = Language.ofCode(code);
        } catch (IllegalArgumentException e) {
            return "redirect:" + local(returnTo);
        }
        access.signedIn().ifPresent(user -> users.changeLanguage(user.username(), language));
        locales.setLocale(request, response, language.locale());
        return "redirect:" + local(returnTo);
    }

    /** Only a path of this application: the switch must not become a way to send people elsewhere. */
    static String local(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/";
    }
}
