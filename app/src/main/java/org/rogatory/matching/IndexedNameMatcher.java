package org.rogatory.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.rogatory.matching.WordLookUps.Hits;

/**
 * The matcher: looks up each word of the query in the vocabulary of the register through sound keys
 * ({@link WordLookUps}), collects the register names where at least two query words (one, for a
 * one-word query) found a word ({@link ReachedNames}, {@link Marks}), scores those names
 * ({@link CandidateScoring}), keeps the best name of each entry, and lets birth date and nationality
 * move the score ({@link PersonEvidence}). Entries scoring far below the best one are dropped as its
 * namesakes ({@link MatcherSettings#rivalMargin()}), unless written in another script
 * and strong on their own ({@link #HOLDS_ACROSS_SCRIPTS}). Thread-safe: the index is immutable and the
 * scratch arrays are per thread; a query with many words to compare or names to score shares them out on
 * the common pool while a core is left to it ({@link SideBySide}), and gets the same answer as on one
 * thread.
 */
final class IndexedNameMatcher implements NameMatcher {

    /**
     * A query word whose look-up reaches more register names than this (Mohammed, Kim in a large
     * register) does not drive the search when a rarer word of the query does: the one word that may
     * be missed is then not the rarer one. Keeps large registers fast; in the development register no
     * word reaches this many.
     */
    static final int COMMON_LOAD = 3_000;
    /**
     * A candidate whose name is written in another script than the best candidate's is not dropped as
     * its rival when it scores this well: the same person scores lower across scripts, which lose sounds
     * (Jacob Anderson = ג'ייקוב אנדרסון 0.92), than a namesake in the query's own (Jacob Anderson 1.00).
     */
    static final double HOLDS_ACROSS_SCRIPTS = 0.9;
    /** How far below the review threshold the search scores names at least ({@link #nameThreshold}). */
    static final double SEARCH_MARGIN = PersonEvidence.DATE_AGREES + PersonEvidence.NATIONALITY_AGREES;

    private final NameIndex index;
    private final double threshold;
    private final double rivalMargin;
    private final int maxCandidates;
    private final Nicknames nicknames = Nicknames.standard();
    private final ThreadLocal<Scratch> scratch;
    private final WordLookUps lookUps;
    private final CandidateScoring scoring;
    private final SideBySide sideBySide;
    /** The queries being answered now. */
    private final AtomicInteger answering = new AtomicInteger();

    IndexedNameMatcher(NameIndex index, MatcherSettings settings) {
        this(index, settings, SideBySide.DEFAULT);
    }

    IndexedNameMatcher(NameIndex index, MatcherSettings settings, SideBySide sideBySide) {
        this.index = index;
        this.lookUps = new WordLookUps(index, sideBySide.comparisons());
        this.scoring = new CandidateScoring(index, sideBySide.candidates());
        this.sideBySide = sideBySide;
        this.threshold = settings.reviewThreshold();
        this.rivalMargin = settings.rivalMargin();
        this.maxCandidates = settings.maxCandidates();
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(index.nameCount(), index.formCount, index.vocabulary.length));
    }

    /**
     * The name score a candidate needs: the birth date and nationality the query gives can add at most
     * {@link PersonEvidence#mostAdded}, so a name that falls short of the review threshold by more can
     * never be lifted by them; one within that reach needs them to agree. The search scores names down to
     * {@link #SEARCH_MARGIN} below the threshold even when the query gives neither, as what a name can
     * score is estimated before it is scored ({@link Marks#bestPossible}), not bounded.
     */
    private double nameThreshold(NameQuery query) {
        return threshold - Math.max(SEARCH_MARGIN, PersonEvidence.mostAdded(query));
    }

    @Override
    public List<Candidate> match(NameQuery query) {
        Map<Integer, Found> best = new HashMap<>();
        double nameThreshold = nameThreshold(query);
        boolean shareOut = sideBySide.sharesOut(answering.incrementAndGet());
        RivalFloor rivals = new RivalFloor(query, index.entries, threshold, rivalMargin);
        try {
            for (ParsedName name : NameParser.parse(query.name())) {
                search(new QueryPlan(name, nicknames), nameThreshold, rivals, shareOut, best);
            }
        } finally {
            answering.decrementAndGet();
        }
        List<Written> written = new ArrayList<>();
        for (Found found : best.values()) {
            RegisterEntry entry = index.entries.get(found.entry);
            PersonEvidence evidence = PersonEvidence.of(query, entry);
            double nameScore = found.scored.score();
            double score = Math.max(0, Math.min(1, nameScore + evidence.delta()));
            if (score >= threshold) {
                String matchedName = entry.names().get(index.namePosition[found.ref]);
                Script script = index.nameScript[found.ref];
                written.add(new Written(new Candidate(entry.id(), round(score), matchedName,
                        explain(matchedName, script, found.scored, nameScore, evidence)), script));
            }
        }
        written.sort(Comparator.comparing(Written::candidate,
                Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::registerId)));
        if (!written.isEmpty()) {
            Written first = written.get(0);
            double floor = first.candidate().score() - rivalMargin - 1e-9;
            written.removeIf(w -> w.candidate().score() < floor && !w.holdsBeside(first));
        }
        return written.stream().limit(maxCandidates).map(Written::candidate).toList();
    }

    /**
     * When a query shares its work out on the common pool: from at least this many candidates to score,
     * or comparisons to make in look-ups, and only while at most {@code queries} queries are being
     * answered, itself included. Below those amounts, handing a share to another thread costs about what
     * it saves; and each other query keeps a core busy: with two queries at a time on two cores, sharing
     * out cost 9–11 % of the throughput (docs/matching.md).
     */
    record SideBySide(int candidates, int comparisons, int queries) {
        static final SideBySide DEFAULT = new SideBySide(512, 256,
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

        /** Whether a query shares its work out while {@code answering} queries, itself included, are answered. */
        boolean sharesOut(int answering) {
            return answering <= queries;
        }
    }

    /** A candidate and the script of the name it matched. */
    private record Written(Candidate candidate, Script script) {

        /** Whether this candidate, far below {@code best}, is still no namesake of it. */
        boolean holdsBeside(Written best) {
            return script != best.script && candidate.score() >= HOLDS_ACROSS_SCRIPTS;
        }
    }

    private void search(QueryPlan plan, double nameThreshold, RivalFloor rivals, boolean shareOut,
                        Map<Integer, Found> best) {
        List<QueryPlan.Item> items = plan.items;
        Scratch scratch = this.scratch.get();
        try {
            Hits[] hits = lookUps.lookUp(items, scratch::reached, shareOut);
            int placed = 0;
            for (int q = 0; q < items.size(); q++) {
                if (hits[q].size() > 0) {
                    placed |= items.get(q).mask();
                }
            }
            int unplaced = plan.nameMask & ~placed;
            int required = requiredWords(plan, unplaced, nameThreshold);
            long[] load = loads(plan, hits);
            if (crowded(plan, load, unplaced)) {
                // every word is common: the allowance for a word the sound keys missed would score
                // tens of thousands of names that share one common word with the query
                required = Math.min(Integer.bitCount(plan.nameMask & ~unplaced), required + 1);
            }
            int drivers = drivers(plan, load, required, unplaced);
            ReachedNames reach = scratch.reach;
            int[][] halves = new int[items.size()][];
            for (int q = 0; q < items.size(); q++) {
                int mask = items.get(q).mask() & plan.nameMask;
                if ((mask & drivers) != 0) {
                    for (int id : hits[q].ids()) {
                        for (int ref : index.postings[id]) {
                            reach.add(ref, mask);
                        }
                    }
                }
                // halves of a joined word are found only exactly: they reach their names whatever drives
                halves[q] = halves(items.get(q), hits[q]);
                for (int id : halves[q]) {
                    for (int ref : index.postings[id]) {
                        reach.add(ref, mask);
                    }
                }
            }
            IntList candidates = scratch.candidates;
            if (markingLoad(plan, hits, drivers, halves) < (long) reach.count() * WORD_WALK_COST) {
                // a name reached by fewer than the required words is never scored: counted on the bit
                // sets, most names a common word reaches are left out before anything is kept for them
                if (required > 1) {
                    reachByOthers(plan, hits, drivers, reach);
                }
                reach.choose(required, plan.nameMask, candidates);
                markByPostings(plan, hits, drivers, halves, candidates.size(), scratch);
            } else {
                reach.choose(1, plan.nameMask, candidates);
                markByWords(plan, hits, drivers, halves, candidates, scratch);
            }
            NameScorer.Scored[] scored = scoring.score(plan, scratch, required, unplaced, nameThreshold, rivals,
                    shareOut);
            // the names come in the order of the register: of two names of an entry that score alike, the first
            // written is reported
            Map<Integer, Found> found = new HashMap<>();
            for (int t = 0; t < candidates.size(); t++) {
                int ref = candidates.get(t);
                int entry = index.nameEntry[ref];
                if (scored[t] == null || scored[t].score() < nameThreshold) {
                    // too low to be a candidate even with birth date and nationality agreeing
                    continue;
                }
                Found previous = found.get(entry);
                if (previous == null || scored[t].score() > previous.scored.score()) {
                    found.put(entry, new Found(entry, ref, scored[t]));
                }
            }
            for (Found f : found.values()) {
                Found previous = best.get(f.entry);
                if (previous == null || f.scored.score() > previous.scored.score()) {
                    best.put(f.entry, f);
                }
            }
        } finally {
            scratch.clear();
        }
    }

    /**
     * How many query name words must reach a register name for it to have a chance: the others could at
     * best leave their weight unmet, and the score could not reach the review threshold.
     */
    private static int requiredWords(QueryPlan plan, int unplaced, double nameThreshold) {
        int names = Integer.bitCount(plan.nameMask & ~unplaced);
        float total = 0;
        float others = 0;
        List<NameToken> tokens = plan.name.tokens();
        for (int i = 0; i < tokens.size() && i < 31; i++) {
            total += tokens.get(i).weight();
            if ((plan.nameMask & ~unplaced & (1 << i)) == 0) {
                others += tokens.get(i).weight();
            }
        }
        int required = (int) Math.ceil((nameThreshold - Marks.BOUND_SLACK) * total - others - 1e-6);
        // one word may meet its partner without the sound keys having led there
        return Math.max(1, Math.min(names - 1, required));
    }

    /**
     * The query name words whose register names are collected by walking posting lists. A name must be
     * reached by {@code required} query words, so it is reached by at least one of the
     * {@code words - required + 1} words with the shortest posting lists; those drive the search, and the
     * common words (Mohammed, Kim) are only checked against the names the drivers found.
     */
    private int drivers(QueryPlan plan, long[] load, int required, int unplaced) {
        int words = load.length;
        List<Integer> names = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            if ((plan.nameMask & ~unplaced & (1 << i)) != 0) {
                names.add(i);
            }
        }
        names.sort(Comparator.comparingLong(i -> load[i]));
        int drivers = 0;
        for (int k = 0; k < names.size() - required + 1; k++) {
            if (k > 0 && load[names.get(k)] > COMMON_LOAD) {
                // a common word does not bring names on its own where a rarer word already drives
                break;
            }
            drivers |= 1 << names.get(k);
        }
        return drivers;
    }

    /** How many register names each query word reaches, through all its look-ups. */
    private long[] loads(QueryPlan plan, Hits[] hits) {
        int words = Math.min(plan.name.tokens().size(), 31);
        long[] load = new long[words];
        for (int q = 0; q < plan.items.size(); q++) {
            int mask = plan.items.get(q).mask() & plan.nameMask;
            long postings = 0;
            for (int id : hits[q].ids()) {
                postings += index.postings[id].length;
            }
            for (int i = 0; i < words; i++) {
                if ((mask & (1 << i)) != 0) {
                    load[i] += postings;
                }
            }
        }
        return load;
    }

    /**
     * Whether every placed name word of a query of two words or more reaches more than
     * {@link #COMMON_LOAD} register names (John Chen in a register of millions).
     */
    private static boolean crowded(QueryPlan plan, long[] load, int unplaced) {
        int names = plan.nameMask & ~unplaced;
        if (Integer.bitCount(names) < 2) {
            return false;
        }
        for (int i = 0; i < load.length; i++) {
            if ((names & (1 << i)) != 0 && load[i] <= COMMON_LOAD) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names reached are marked, per query word, with the best credit it reached them with
     * ({@link Marks}). That can be done name by name, reading the words of each, which lie far apart in
     * memory; or by walking again the posting lists of everything found, which lie in a row, as far as
     * they go. The posting lists are walked when they hold fewer than this many names per name reached.
     */
    static final int WORD_WALK_COST = 32;

    /** How many names the posting lists that {@link #markByPostings} walks hold. */
    private long markingLoad(QueryPlan plan, Hits[] hits, int drivers, int[][] halves) {
        long load = 0;
        for (int q = 0; q < plan.items.size(); q++) {
            int mask = plan.items.get(q).mask() & plan.nameMask;
            if (mask != 0) {
                for (int id : hits[q].ids()) {
                    load += index.postings[id].length;
                    if ((mask & ~drivers) != 0) {
                        load += index.comparedInStart[id + 1] - index.comparedInStart[id];
                    }
                }
            }
            for (int id : halves[q]) {
                load += index.postings[id].length;
            }
        }
        return load;
    }

    /**
     * Adds to the names the drivers reached the query words that do not drive and hold a word they found,
     * as a word or joined, so that only the names reached by enough query words are marked.
     */
    private void reachByOthers(QueryPlan plan, Hits[] hits, int drivers, ReachedNames reach) {
        for (int q = 0; q < plan.items.size(); q++) {
            int mask = plan.items.get(q).mask() & plan.nameMask;
            if ((mask & ~drivers) != 0) {
                for (int id : hits[q].ids()) {
                    for (int ref : index.postings[id]) {
                        reach.addIfReached(ref, mask);
                    }
                    for (int k = index.comparedInStart[id]; k < index.comparedInStart[id + 1]; k++) {
                        reach.addIfReached(index.comparedIn[k], mask);
                    }
                }
            }
        }
    }

    /**
     * Marks the names chosen with what reached them: the words a driver found, and the halves of a joined
     * word, in the names on their posting lists; the words another query word found, in the names that
     * hold them as a word or joined.
     */
    private void markByPostings(QueryPlan plan, Hits[] hits, int drivers, int[][] halves, int chosen,
                                Scratch scratch) {
        ReachedNames reach = scratch.reach;
        Marks marks = scratch.marks;
        marks.prepare(chosen);
        for (int q = 0; q < plan.items.size(); q++) {
            int mask = plan.items.get(q).mask() & plan.nameMask;
            if (mask != 0) {
                for (int h = 0; h < hits[q].size(); h++) {
                    int id = hits[q].ids()[h];
                    float credit = hits[q].credits()[h];
                    for (int ref : index.postings[id]) {
                        int t = reach.rank(ref);
                        if (t >= 0) {
                            marks.mark(t, mask, credit, id);
                        }
                    }
                    if ((mask & ~drivers) != 0) {
                        for (int k = index.comparedInStart[id]; k < index.comparedInStart[id + 1]; k++) {
                            int t = reach.rank(index.comparedIn[k]);
                            if (t >= 0) {
                                marks.mark(t, mask, credit, id);
                            }
                        }
                    }
                }
            }
            for (int id : halves[q]) {
                for (int ref : index.postings[id]) {
                    int t = reach.rank(ref);
                    if (t >= 0) {
                        marks.mark(t, mask, 1f, id);
                    }
                }
            }
        }
    }

    /**
     * Marks each candidate, name by name, as {@link #markByPostings} does: a driver, and a half of a
     * joined word, only in a word whose posting list holds the name.
     */
    private void markByWords(QueryPlan plan, Hits[] hits, int drivers, int[][] halves, IntList candidates,
                             Scratch scratch) {
        IntList marking = new IntList();
        boolean[] completing = new boolean[plan.items.size()];
        for (int q = 0; q < plan.items.size(); q++) {
            int mask = plan.items.get(q).mask() & plan.nameMask;
            completing[q] = (mask & ~drivers) != 0;
            if ((mask & drivers) != 0 || completing[q] && hits[q].size() > 0 || halves[q].length > 0) {
                marking.add(q);
                for (int id : hits[q].ids()) {
                    scratch.seek(id);
                }
                for (int id : halves[q]) {
                    scratch.seek(id);
                }
            }
        }
        scratch.marks.prepare(candidates.size());
        for (int t = 0; t < candidates.size(); t++) {
            int ref = candidates.get(t);
            for (int w = index.wordsStart[ref]; w < index.wordsStart[ref + 1]; w++) {
                markWord(plan, marking, completing, halves, scratch, t, ref, index.words[w], true);
            }
            for (int c = index.compoundsStart[ref] + 2; c < index.compoundsStart[ref + 1]; c += 3) {
                markWord(plan, marking, completing, halves, scratch, t, ref, index.compounds[c], false);
            }
        }
    }

    /**
     * Marks candidate {@code t}, name {@code ref}, with what the marking items met in one of its words;
     * a joined word that is only compared is on no posting list.
     */
    private void markWord(QueryPlan plan, IntList marking, boolean[] completing, int[][] halves, Scratch scratch,
                          int t, int ref, int vocabularyId, boolean word) {
        if (!scratch.sought[vocabularyId]) {
            return;
        }
        boolean onPostings = word || Arrays.binarySearch(index.postings[vocabularyId], ref) >= 0;
        for (int k = 0; k < marking.size(); k++) {
            int q = marking.get(k);
            int mask = plan.items.get(q).mask() & plan.nameMask;
            if (completing[q] || onPostings) {
                float credit = scratch.reached(q).get(vocabularyId, -1f);
                if (credit >= 0) {
                    scratch.marks.mark(t, mask, credit, vocabularyId);
                }
            }
            if (onPostings) {
                for (int id : halves[q]) {
                    if (id == vocabularyId) {
                        scratch.marks.mark(t, mask, 1f, vocabularyId);
                    }
                }
            }
        }
    }

    /**
     * A query word that found nothing close may be two register words written as one (PolPot,
     * Wijijoko): the vocabulary words that are its two halves, exactly, only help to reach the name;
     * {@link NameScorer} then compares the joined register words.
     */
    private int[] halves(QueryPlan.Item item, Hits found) {
        String code = item.token().code();
        if (Integer.bitCount(item.mask()) != 1 || item.via() != null || code.length() < 6
                || item.token().role() != NameToken.Role.NAME || foundClose(found)) {
            return NO_IDS;
        }
        IntList ids = new IntList();
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
        return ids.toArray();
    }

    private static final int[] NO_IDS = new int[0];

    private static boolean foundClose(Hits found) {
        for (float credit : found.credits()) {
            if (credit >= 0.9f) {
                return true;
            }
        }
        return false;
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
}
