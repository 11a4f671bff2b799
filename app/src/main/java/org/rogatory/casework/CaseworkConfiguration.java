package org.rogatory.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.rogatory.casework.domain.Chain;
import org.rogatory.casework.domain.LegalGround;
import org.rogatory.casework.domain.LegalGroundCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The chain this jurisdiction runs and the legal grounds its decisions may cite. */
@Configuration
class CaseworkConfiguration {

    static final String LEGAL_GROUNDS = "/legal-grounds.json";

    @Bean
    Chain chain() {
        return Chain.standard();
    }

    @Bean
    LegalGroundCatalogue legalGroundCatalogue(JsonMapper json) {
        return loadLegalGrounds(json);
    }

    /** The catalogue shipped with the application ({@code legal-grounds.json}, from {@code legal-grounds.md}). */
    static LegalGroundCatalogue loadLegalGrounds(JsonMapper json) {
        try (InputStream in = CaseworkConfiguration.class.getResourceAsStream(LEGAL_GROUNDS)) {
            if (in == null) {
                throw new IllegalStateException(LEGAL_GROUNDS + " is missing from the application");
            }
            return new LegalGroundCatalogue(json.readValue(in, new TypeReference<List<LegalGround>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
