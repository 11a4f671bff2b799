package org.rogatory.matching;

/**
 * A register entry that may be the person queried.
 *
 * @param score       in [0, 1]; candidates below the review threshold are never returned
 * @param matchedName the register name (as written in the register) that matched best
 * @param explanation why it matched, for an officer: which tokens met, through which transform or rule,
 *                    and what the birth date and nationality did to the score
 */
public record Candidate(String registerId, double score, String matchedName, String explanation) {
}
