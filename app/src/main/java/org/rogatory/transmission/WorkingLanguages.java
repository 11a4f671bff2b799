package org.rogatory.transmission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.rogatory.access.Language;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The language each requesting state works in, where it is one of ours ({@code
 * transmission/working-languages.json}, ISO 3166-1 alpha-2 to FR, NL, DE or EN). A state not listed
 * gets its cover letter in English and French, the working languages of the Council of Europe.
 */
@Component
class WorkingLanguages {

    static final String RESOURCE = "/transmission/working-languages.json";
    static final List<Language> OTHERWISE = List.of(Language.EN, Language.FR);

    private final Map<String, Language> byState;

    WorkingLanguages(JsonMapper json) {
        try (InputStream in = WorkingLanguages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            this.byState = Map.copyOf(json.readValue(in, new TypeReference<Map<String, Language>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The languages of the cover letter to this state. */
    List<Language> of(String requestingState) {
        Language language = byState.get(requestingState);
        return language == null ? OTHERWISE : List.of(language);
    }
}
