package org.rogatory.screening;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rogatory.matching.MatcherSettings;
import org.rogatory.matching.NameMatchers;
import org.rogatory.matching.RegisterCsv;
import org.rogatory.matching.RegisterEntry;
import org.rogatory.matching.RegisterFormatException;
import org.rogatory.screening.domain.MatcherFactory;
import org.rogatory.screening.domain.ReferenceData;
import org.rogatory.screening.domain.ScreeningConfig;

/** The reference data of screening read from the files of DESIGN.md §10. */
public final class ReferenceFiles {

    private ReferenceFiles() {
    }

    /**
     * The matching feature's matcher for every list of names screening compares, returning
     * candidates from the configured review threshold on.
     */
    public static MatcherFactory matchers(ScreeningConfig config) {
        MatcherSettings settings = MatcherSettings.defaults().withReviewThreshold(config.reviewThreshold());
        return entries -> NameMatchers.over(entries, settings);
    }

    /** Reads every file given (decisions and history may be null) and builds the name matchers. */
    public static ReferenceData load(Path register, Path countries, Path decisions, Path history,
            ScreeningConfig config) {
        return ReferenceData.of(register(register), CountryProfilesCsv.read(countries),
                decisions == null ? List.of() : PriorDecisionsCsv.read(decisions),
                history == null ? List.of() : CaseHistoryJsonl.read(history), matchers(config));
    }

    private static List<RegisterEntry> register(Path file) {
        try {
            return RegisterCsv.read(file);
        } catch (RegisterFormatException e) {
            throw new ReferenceFileException(e.file(), e.line(), e.field(), e.problem());
        } catch (IOException e) {
            throw ReferenceFileException.unreadable(file.toString(), e);
        }
    }
}
