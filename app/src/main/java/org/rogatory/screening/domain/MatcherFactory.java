package org.rogatory.screening.domain;

import java.util.List;
import org.rogatory.matching.NameMatcher;
import org.rogatory.matching.RegisterEntry;

/**
 * Builds a name matcher over a list of named entries. Screening matches names against the
 * register, and also against the names in decisions, earlier requests and the request itself,
 * each wrapped as a {@link RegisterEntry}; the matching feature supplies the implementation.
 */
@FunctionalInterface
public interface MatcherFactory {

    NameMatcher over(List<RegisterEntry> entries);

    /** For screening without any reference data: no name ever matches. */
    MatcherFactory NONE = entries -> query -> List.of();
}
