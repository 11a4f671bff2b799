package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** No language silently falls behind: the FR, NL and DE bundles have exactly the keys of the EN one. */
class MessageBundlesTest {

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        for (String language : new String[] {"fr", "nl", "de"}) {
            assertThat(load("messages_" + language + ".properties").stringPropertyNames()).as(language)
                    .containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @Test
    void everyProblemKindHasATitle() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        assertThat(Arrays.stream(ProblemKind.values()).map(k -> "problem." + k.slug() + ".title"))
                .allSatisfy(key -> assertThat(keys).contains(key));
    }

    @Test
    void problemTitlesSpeakTheCallersLanguageAndFallBackToEnglish() {
        try {
            LocaleContextHolder.setLocale(Locale.FRENCH);
            assertThat(Problems.of(ProblemKind.NOT_FOUND, null).getTitle()).isEqualTo("Introuvable");
            LocaleContextHolder.setLocale(Locale.JAPANESE);
            assertThat(Problems.of(ProblemKind.NOT_FOUND, null).getTitle()).isEqualTo("Not found");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
