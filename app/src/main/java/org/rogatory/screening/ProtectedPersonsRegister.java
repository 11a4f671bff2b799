package org.rogatory.screening;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.rogatory.matching.NameMatcher;
import org.rogatory.matching.NameMatchers;
import org.rogatory.matching.RegisterCsv;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The register of protected persons the running system screens against ({@code
 * rogatory.screening.register}, the demo register shipped in the application by default), with its
 * name matcher. The matcher is built on first use: indexing a large register takes a while, and
 * many runs (the command line, most tests) never need it.
 */
@Component
class ProtectedPersonsRegister {

    private final Resource file;
    private volatile NameMatcher matcher;

    ProtectedPersonsRegister(@Value("${rogatory.screening.register:classpath:reference/register.csv}") Resource file) {
        this.file = file;
    }

    NameMatcher matcher() {
        NameMatcher built = matcher;
        if (built == null) {
            synchronized (this) {
                if (matcher == null) {
                    matcher = NameMatchers.over(read());
                }
                built = matcher;
            }
        }
        return built;
    }

    private java.util.List<org.rogatory.matching.RegisterEntry> read() {
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            return RegisterCsv.read(reader, file.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the register " + file.getDescription(), e);
        }
    }
}
