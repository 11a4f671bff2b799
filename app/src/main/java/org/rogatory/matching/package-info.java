/**
 * Name matching: finds the register entries whose names may be a queried person's, across scripts
 * (Latin, Cyrillic, Greek, Arabic, Persian, Hebrew, Chinese, Korean, Japanese kana and others),
 * transliteration systems, spellings, word order, missing middle names, initials and short forms.
 *
 * <h2>Public API</h2>
 * <ul>
 *   <li>{@link org.rogatory.matching.RegisterCsv#read(java.nio.file.Path)} reads a register file
 *       (DESIGN.md §10); a bad row raises {@link org.rogatory.matching.RegisterFormatException} with
 *       file, line and field.</li>
 *   <li>{@link org.rogatory.matching.NameMatchers#over(java.util.List, MatcherSettings)} builds a
 *       {@link org.rogatory.matching.NameMatcher} over register entries; {@link MatcherSettings} sets the
 *       review threshold (default {@link MatcherSettings#DEFAULT_REVIEW_THRESHOLD}), the number of
 *       candidates kept and a progress listener for large registers.</li>
 *   <li>{@link org.rogatory.matching.NameMatcher#match(NameQuery)} returns
 *       {@link org.rogatory.matching.Candidate}s at or above the threshold, best first, each with a score
 *       in [0, 1], the register name that matched and an explanation for the officer.</li>
 * </ul>
 * A matcher is immutable after it is built and safe to use from many threads. Birth date and
 * nationality only move a score that the name already earned. See {@code docs/matching.md} for the
 * method and its measured quality.
 */
package org.rogatory.matching;
