package org.rogatory.matching;

import java.util.List;

/** Builds matchers over a register. */
public final class NameMatchers {

    private NameMatchers() {
    }

    /** A matcher over {@code entries} with the default settings. */
    public static NameMatcher over(List<RegisterEntry> entries) {
        return over(entries, MatcherSettings.defaults());
    }

    /**
     * A matcher over {@code entries}. Building indexes every name (about half a minute per million
     * entries on two cores); the matcher is then immutable and safe to use from many threads.
     */
    public static NameMatcher over(List<RegisterEntry> entries, MatcherSettings settings) {
        NameIndex index = NameIndex.build(List.copyOf(entries), settings.progress());
        return new IndexedNameMatcher(index, settings);
    }
}
