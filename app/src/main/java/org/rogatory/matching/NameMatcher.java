package org.rogatory.matching;

import java.util.List;

/** Finds the register entries whose names may be the queried person's, across scripts and spellings. */
public interface NameMatcher {

    /** Candidates at or above the review threshold, best first. */
    List<Candidate> match(NameQuery query);
}
