package org.rogatory.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.rogatory.access.DemoUsers;
import org.rogatory.audit.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code rogatory demo}: imports the fictional register, the country profiles and the decisions
 * shipped in {@code demo/} before the demo requests are registered, so that they are screened
 * against them, as an ADMIN's imports would be.
 */
@Component
@Profile("demo")
@Order(DemoUsers.ORDER)
class DemoReferenceData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReferenceData.class);

    private final ReferenceImports imports;

    DemoReferenceData(ReferenceImports imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (ReferenceImports.Kind kind : ReferenceImports.Kind.values()) {
            String file = kind.slug() + ".csv";
            ReferenceImports.Imported imported = imports.importFile(kind, file, read("/demo/" + file), Actor.system(),
                    rows -> { });
            log.info("demo {} imported: {} rows", kind.slug(), imported.rows());
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = DemoReferenceData.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
