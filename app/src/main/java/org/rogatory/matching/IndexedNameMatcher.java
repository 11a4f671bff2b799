package org.rogatory.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The matcher: looks up each word of the query in the vocabulary of the register through sound keys,
 * collects the register names where at least two query words (one, for a one-word query) found a
 * word, scores those names ({@link NameScorer}), keeps the best name of each entry, and lets birth date
 * and nationality move the score ({@link PersonEvidence}). Entries scoring far below the best one are
 * dropped as its namesakes ({@link MatcherSettings#rivalMargin()}). Thread-safe: the index is immutable and the
 * scratch arrays are per thread.
 */
final class IndexedNameMatcher implements NameMatcher {

    /** A word found by look-up counts towards reaching a register name only with at least this credit. */
    static final float LOOKUP_FLOOR = 0.3f;

    private final NameIndex index;
    private final double threshold;
    private final double rivalMargin;
    private final int maxCandidates;
    private final Nicknames nicknames = Nicknames.standard();
    private final ThreadLocal<Marks> marks;

    IndexedNameMatcher(NameIndex index, MatcherSettings settings) {
        this.index = index;
        this.threshold = settings.reviewThreshold();
        this.rivalMargin = settings.rivalMargin();
        this.maxCandidates = settings.maxCandidates();
        this.marks = ThreadLocal.withInitial(() -> new Marks(index.nameCount()));
    }

    @Override
    public List<Candidate> match(NameQuery query) {
        Map<Integer, Found> best = new HashMap<>();
        for (ParsedName name : NameParser.parse(query.name())) {
            search(new QueryPlan(name, nicknames), best);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Found found : best.values()) {
            RegisterEntry entry = index.entries.get(found.entry);
            PersonEvidence evidence = PersonEvidence.of(query, entry);
            double nameScore = found.scored.score();
            double score = nameScore >= threshold ? nameScore + evidence.delta()
                    : Math.min(nameScore, nameScore + evidence.delta());
            score = Math.max(0, Math.min(1, score));
            if (score >= threshold) {
                String matchedName = entry.names().get(index.namePosition[found.ref]);
                candidates.add(new Candidate(entry.id(), round(score), matchedName,
                        explain(matchedName, index.nameScript[found.ref], found.scored, nameScore, evidence)));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::registerId));
        if (!candidates.isEmpty()) {
            double floor = candidates.get(0).score() - rivalMargin - 1e-9;
            candidates.removeIf(c -> c.score() < floor);
        }
        return candidates.size() > maxCandidates ? List.copyOf(candidates.subList(0, maxCandidates))
                : List.copyOf(candidates);
    }

    private void search(QueryPlan plan, Map<Integer, Found> best) {
        List<QueryPlan.Item> items = plan.items;
        List<Map<Integer, Float>> hits = new ArrayList<>(items.size());
        for (QueryPlan.Item item : items) {
            hits.add(lookUp(item));
        }
        Marks m = marks.get();
        try {
            for (int q = 0; q < items.size(); q++) {
                int mask = items.get(q).mask() & plan.nameMask;
                if (mask == 0) {
                    continue;
                }
                for (int vocabularyId : hits.get(q).keySet()) {
                    for (int ref : index.postings[vocabularyId]) {
                        m.mark(ref, mask);
                    }
                }
                for (int vocabularyId : halves(items.get(q), hits.get(q))) {
                    for (int ref : index.postings[vocabularyId]) {
                        m.mark(ref, mask);
                    }
                }
            }
            int required = Math.max(1, Math.min(2, plan.nameWordCount()));
            Map<Long, Float> computed = new HashMap<>();
            NameScorer.Similarities similarities = new NameScorer.Similarities() {
                @Override
                public float of(int q, int vocabularyId) {
                    Float s = hits.get(q).get(vocabularyId);
                    if (s != null) {
                        return s;
                    }
                    long key = ((long) q << 32) | vocabularyId;
                    return computed.computeIfAbsent(key, k -> similarity(items.get(q), index.vocabulary[vocabularyId]));
                }

                @Override
                public float of(int q, NameToken token) {
                    return similarity(items.get(q), token);
                }
            };
            Script queryScript = plan.name.script();
            for (int t = 0; t < m.touched.size(); t++) {
                int ref = m.touched.get(t);
                if (Integer.bitCount(m.masks[ref]) < required) {
                    continue;
                }
                int entry = index.nameEntry[ref];
                if (queryScript.isSyllabic() && index.nameScript[ref] != queryScript
                        && (index.entryScripts[entry] & (1 << queryScript.ordinal())) != 0) {
                    // the entry writes the name in the query's own syllabic script: that form decides
                    continue;
                }
                NameScorer.Scored scored = NameScorer.score(plan, index, ref, similarities);
                Found previous = best.get(entry);
                if (previous == null || scored.score() > previous.scored.score()) {
                    best.put(entry, new Found(entry, ref, scored));
                }
            }
        } finally {
            m.clear();
        }
    }

    private Map<Integer, Float> lookUp(QueryPlan.Item item) {
        Map<Integer, Float> found = new HashMap<>();
        if (item.token().role() == NameToken.Role.INITIAL) {
            return found;
        }
        String code = item.token().code();
        collect(item, SoundKeys.keys(code), index.keys, found);
        if (item.token().english() != null) {
            collect(item, SoundKeys.keys(item.token().english()), index.keys, found);
        }
        // across syllabic scripts consonant skeletons differ in l, r, m, n: look up by obstruents too
        collect(item, SoundKeys.obstruentKeys(code),
                item.token().script().isSyllabic() ? index.obstruentKeys : index.syllabicObstruentKeys, found);
        found.values().removeIf(s -> s < LOOKUP_FLOOR);
        return found;
    }

    private void collect(QueryPlan.Item item, Iterable<String> keys, Map<String, int[]> map, Map<Integer, Float> found) {
        for (String key : keys) {
            int[] ids = map.get(key);
            if (ids == null) {
                continue;
            }
            for (int id : ids) {
                if (!found.containsKey(id)) {
                    found.put(id, similarity(item, index.vocabulary[id]));
                }
            }
        }
    }

    /**
     * A query word that found nothing close may be two register words written as one (PolPot,
     * Wijijoko): the vocabulary words that are its two halves, exactly, only help to reach the name;
     * {@link NameScorer} then compares the joined register words.
     */
    private List<Integer> halves(QueryPlan.Item item, Map<Integer, Float> found) {
        String code = item.token().code();
        if (Integer.bitCount(item.mask()) != 1 || item.via() != null || code.length() < 6
                || item.token().role() != NameToken.Role.NAME || found.values().stream().anyMatch(s -> s >= 0.9f)) {
            return List.of();
        }
        List<Integer> ids = new ArrayList<>();
        for (int split = 2; split <= code.length() - 2; split++) {
            int[] left = index.byCode.get(code.substring(0, split));
            int[] right = index.byCode.get(code.substring(split));
            if (left != null && right != null) {
                for (int id : left) {
                    ids.add(id);
                }
                for (int id : right) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private float similarity(QueryPlan.Item item, NameToken token) {
        float credit = TokenSimilarity.of(item.token(), token);
        if (item.factor() == QueryPlan.NICKNAME_FACTOR && credit < QueryPlan.NICKNAME_MIN_CREDIT) {
            return 0f;
        }
        return credit * item.factor();
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static String explain(String matchedName, Script script, NameScorer.Scored scored, double nameScore,
                                  PersonEvidence evidence) {
        StringBuilder out = new StringBuilder();
        out.append("name '").append(matchedName).append("'");
        if (script != Script.LATIN) {
            out.append(" (").append(script.name().toLowerCase(Locale.ROOT)).append(")");
        }
        out.append(String.format(Locale.ROOT, " scores %.2f:", nameScore));
        String separator = " ";
        for (NameScorer.Pair pair : scored.pairs()) {
            out.append(separator).append(pair.query().token().text())
                    .append(pair.similarity() >= 0.999f ? "=" : "~").append(pair.register().text())
                    .append(String.format(Locale.ROOT, " %.2f", pair.similarity()));
            if (pair.query().via() != null) {
                out.append(" (").append(pair.query().via()).append(")");
            }
            separator = ", ";
        }
        if (scored.registerWordsMissing() > 0) {
            out.append("; ").append(scored.registerWordsMissing()).append(" register word(s) not in the query");
        }
        if (!evidence.note().isEmpty()) {
            out.append("; ").append(evidence.note());
        }
        return out.toString();
    }

    private record Found(int entry, int ref, NameScorer.Scored scored) {
    }

    /** Per-thread scratch: which query words each register name was reached by. */
    private static final class Marks {
        final int[] masks;
        final IntList touched = new IntList();

        Marks(int names) {
            masks = new int[names];
        }

        void mark(int ref, int mask) {
            if (masks[ref] == 0) {
                touched.add(ref);
            }
            masks[ref] |= mask;
        }

        void clear() {
            for (int i = 0; i < touched.size(); i++) {
                masks[touched.get(i)] = 0;
            }
            touched.clear();
        }
    }
}
