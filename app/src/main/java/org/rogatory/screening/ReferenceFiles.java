package org.rogatory.screening;

import java.nio.file.Path;
import java.util.List;
import org.rogatory.matching.RegisterEntry;
import org.rogatory.screening.domain.MatcherFactory;
import org.rogatory.screening.domain.ReferenceData;

/** The reference data of screening read from the files of DESIGN.md §10. */
public final class ReferenceFiles {

    private ReferenceFiles() {
    }

    /** Reads every file given (decisions and history may be null) and builds the name matchers. */
    public static ReferenceData load(Path register, Path countries, Path decisions, Path history) {
        List<RegisterEntry> entries = RegisterCsvStandIn.read(register);
        return ReferenceData.of(entries, CountryProfilesCsv.read(countries),
                decisions == null ? List.of() : PriorDecisionsCsv.read(decisions),
                history == null ? List.of() : CaseHistoryJsonl.read(history), MatcherFactory.NONE);
    }
}
