package org.rogatory.execution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.rogatory.execution.domain.Bar;
import org.rogatory.execution.domain.BarDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The bars of the jurisdiction, shipped with the application ({@code execution/bars.json}; fictional addresses). */
@Configuration
class Bars {

    static final String RESOURCE = "/execution/bars.json";

    @Bean
    BarDirectory barDirectory(JsonMapper json) {
        return load(json);
    }

    static BarDirectory load(JsonMapper json) {
        try (InputStream in = Bars.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return new BarDirectory(json.readValue(in, new TypeReference<List<Bar>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
