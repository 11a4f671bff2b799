package org.rogatory.web;

import java.time.Duration;
import org.rogatory.access.Language;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of each page: the signed-in user's, else the one last chosen in this browser (a cookie, so that
 * the sign-in page after signing out still speaks it), else the browser's if we speak it.
 */
@Configuration
class WebUiConfiguration {

    static final String COOKIE = "rogatory-language";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request ->
                (request.getLocale() == null ? Language.EN : Language.of(request.getLocale())).locale());
        return resolver;
    }
}
