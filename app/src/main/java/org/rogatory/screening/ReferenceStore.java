package org.rogatory.screening;

import java.util.List;
import org.rogatory.screening.domain.ReferenceData;
import org.rogatory.screening.domain.ScreeningConfig;
import org.springframework.stereotype.Component;

/**
 * The reference data in the database, with its name matchers built once and rebuilt only after an
 * import (the import log's size says when): indexing a large register takes seconds, a screening
 * must not.
 */
@Component
class ReferenceStore {

    private final ReferenceTables tables;
    private final ScreeningConfig config;
    private ReferenceData cached;
    private long generation = -1;

    ReferenceStore(ReferenceTables tables, ScreeningConfig config) {
        this.tables = tables;
        this.config = config;
    }

    synchronized ReferenceData current() {
        long imports = tables.imports();
        if (cached == null || imports != generation) {
            cached = ReferenceData.of(tables.register(), tables.countries(), tables.decisions(), List.of(),
                    ReferenceFiles.matchers(config));
            generation = imports;
        }
        return cached;
    }
}
