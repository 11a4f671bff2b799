package org.rogatory.web;

import java.util.Arrays;
import java.util.Locale;
import org.rogatory.access.Language;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/** The language of each page: the signed-in user's (kept in the session), else the browser's if we speak it. */
@Configuration
class WebUiConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocaleFunction(request -> {
            Locale asked = request.getLocale();
            return Arrays.stream(Language.values()).map(Language::locale)
                    .filter(l -> asked != null && l.getLanguage().equals(asked.getLanguage()))
                    .findFirst().orElse(Language.EN.locale());
        });
        return resolver;
    }
}
