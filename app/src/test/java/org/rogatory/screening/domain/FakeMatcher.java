package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rogatory.matching.Candidate;
import org.rogatory.matching.NameMatcher;
import org.rogatory.matching.NameQuery;
import org.rogatory.matching.RegisterEntry;

/**
 * A stand-in for the real name matcher: a name meets an entry when its words, after the declared
 * spelling variants, are among the words of one of the entry's names (1.0 for all of them, 0.86
 * for part). Like the real one, a conflicting birth date rules an entry out.
 */
final class FakeMatcher implements NameMatcher {

    private final List<RegisterEntry> entries;
    private final Map<String, String> variants;

    private FakeMatcher(List<RegisterEntry> entries, Map<String, String> variants) {
        this.entries = entries;
        this.variants = variants;
    }

    /** {@code variants} maps a spelling to the one the entries use, word by word, e.g. "kuanishbaeva" → "kuanyshbayeva". */
    static MatcherFactory factory(Map<String, String> variants) {
        return entries -> new FakeMatcher(List.copyOf(entries), variants);
    }

    static MatcherFactory exact() {
        return factory(Map.of());
    }

    @Override
    public List<Candidate> match(NameQuery query) {
        Set<String> asked = words(query.name());
        List<Candidate> candidates = new ArrayList<>();
        for (RegisterEntry entry : entries) {
            if (conflict(entry.birthDate(), query.birthDate())) {
                continue;
            }
            entry.names().stream()
                    .filter(name -> !asked.isEmpty() && words(name).containsAll(asked))
                    .map(name -> new Candidate(entry.id(), words(name).equals(asked) ? 1.0 : 0.86, name, "fake"))
                    .max(Comparator.comparingDouble(Candidate::score))
                    .ifPresent(candidates::add);
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates;
    }

    /** Differ at the precision both give; an unknown date conflicts with nothing. */
    static boolean conflict(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        int common = Math.min(a.length(), b.length());
        return !a.substring(0, common).equals(b.substring(0, common));
    }

    private Set<String> words(String name) {
        return Arrays.stream(NameSpotter.fold(name).split("[^\\p{L}]+"))
                .filter(w -> !w.isBlank())
                .map(w -> variants.getOrDefault(w, w))
                .collect(Collectors.toSet());
    }
}
