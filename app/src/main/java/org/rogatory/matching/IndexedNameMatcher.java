package org.rogatory.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * The matcher: looks up each word of the query in the vocabulary of the register through sound keys,
 * collects the register names where at least two query words (one, for a one-word query) found a
 * word, scores those names ({@link NameScorer}), keeps the best name of each entry, and lets birth date
 * and nationality move the score ({@link PersonEvidence}). Entries scoring far below the best one are
 * dropped as its namesakes ({@link MatcherSettings#rivalMargin()}), unless written in another script
 * and strong on their own ({@link #HOLDS_ACROSS_SCRIPTS}). Thread-safe: the index is immutable and the
 * scratch arrays are per thread; a query with many words to compare or names to score shares them out on
 * the common pool ({@link SideBySide}), and gets the same answer as on one thread.
 */
final class IndexedNameMatcher implements NameMatcher {

    /** A word found by look-up counts towards reaching a register name only with at least this credit. */
    static final float LOOKUP_FLOOR = 0.3f;
    static final int CACHED_LOOKUPS = 200_000;
    /** The candidates a scoring thread takes at a time. */
    static final int SCORED_BLOCK = 64;
    /** The comparisons a looking-up thread makes at a time. */
    static final int COMPARED_BLOCK = 64;
    /**
     * A register name is scored when the credits its words were reached with could reach the review
     * threshold, with this to spare: a joined reading of two words can meet better than either word.
     */
    static final float BOUND_SLACK = 0.1f;
    /**
     * What a query word the sound keys placed nowhere in the register (Zach against زاك, a short word
     * whose skeleton is one consonant) may still meet with: the names its other words reach are scored
     * as if it could meet them this well, and it is not required to reach them.
     */
    static final float UNPLACED_CREDIT = 0.9f;
    /**
     * The sound keys are a sieve, and about one pair in ten across scripts slips through it (Drejer and
     * 드레예르 differ in two consonant classes): one query word of several may meet a name it did not
     * reach, and is assumed to meet it this well when deciding whether the name is worth scoring.
     */
    static final float MISSED_CREDIT = 0.6f;
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
    private final SideBySide sideBySide;
    private final double threshold;
    private final double rivalMargin;
    private final int maxCandidates;
    private final Nicknames nicknames = Nicknames.standard();
    private final ThreadLocal<Scratch> scratch;
    /**
     * Look-ups already made: names repeat from query to query (given names above all), and the register
     * does not change. Emptied when it grows past {@link #CACHED_LOOKUPS} words.
     */
    private final Map<LookupKey, Similar> lookups = new ConcurrentHashMap<>();

    IndexedNameMatcher(NameIndex index, MatcherSettings settings) {
        this(index, settings, SideBySide.DEFAULT);
    }

    IndexedNameMatcher(NameIndex index, MatcherSettings settings, SideBySide sideBySide) {
        this.index = index;
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
        for (ParsedName name : NameParser.parse(query.name())) {
            search(new QueryPlan(name, nicknames), nameThreshold, best);
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
     * From how much work a query shares it out on the common pool: at least this many candidates to
     * score, or comparisons to make in look-ups. Below, handing a share to another thread costs about
     * what it saves.
     */
    record SideBySide(int candidates, int comparisons) {
        static final SideBySide DEFAULT = new SideBySide(512, 256);
    }

    /** A candidate and the script of the name it matched. */
    private record Written(Candidate candidate, Script script) {

        /** Whether this candidate, far below {@code best}, is still no namesake of it. */
        boolean holdsBeside(Written best) {
            return script != best.script && candidate.score() >= HOLDS_ACROSS_SCRIPTS;
        }
    }

    private void search(QueryPlan plan, double nameThreshold, Map<Integer, Found> best) {
        List<QueryPlan.Item> items = plan.items;
        Scratch scratch = this.scratch.get();
        try {
            LookupKey[] keys = new LookupKey[items.size()];
            for (int q = 0; q < items.size(); q++) {
                keys[q] = LookupKey.of(items.get(q));
            }
            lookUpNewWords(items, keys);
            Hits[] hits = new Hits[items.size()];
            for (int q = 0; q < items.size(); q++) {
                hits[q] = lookUp(items.get(q), keys[q], scratch.reached(q));
            }
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
            NameScorer.Scored[] scored = scoreCandidates(plan, scratch, required, unplaced, nameThreshold);
            // the names come in the order of the index, not in the order the walk reached them
            Map<Integer, Found> found = new HashMap<>();
            for (int t = 0; t < candidates.size(); t++) {
                int ref = candidates.get(t);
                int entry = index.nameEntry[ref];
                if (scored[t] == null || scored[t].score() < nameThreshold) {
                    // too low to be a candidate even with birth date and nationality agreeing
                    continue;
                }
                Found previous = found.get(entry);
                if (previous == null || scored[t].score() > previous.scored.score()
                        || scored[t].score() == previous.scored.score()
                        && reachedBefore(ref, previous.ref, plan, hits, drivers, halves)) {
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
     * Scores the candidates worth scoring, side by side on the common pool when there are many: each name
     * is scored alone, against what the look-ups found, so the order they are scored in changes nothing.
     * Null for a candidate left out.
     */
    private NameScorer.Scored[] scoreCandidates(QueryPlan plan, Scratch scratch, int required, int unplaced,
                                                double nameThreshold) {
        Scoring scoring = new Scoring(plan, scratch, required, unplaced, nameThreshold);
        if (scoring.scored.length < sideBySide.candidates()) {
            scoring.range(new Similarities(plan.items, scratch.scoring), scratch.scoring.formsScored, 0,
                    scoring.scored.length);
            return scoring.scored;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean helperStarted = new AtomicBoolean();
        IntList helperForms = new IntList();
        ForkJoinTask<?> helper = ForkJoinPool.commonPool().submit(() -> {
            if (helperStarted.compareAndSet(false, true)) {
                scoring.share(helperForms, next);
            }
        });
        try {
            scoring.share(scratch.scoring.formsScored, next);
        } finally {
            if (!helperStarted.compareAndSet(false, true)) {
                // the helper took a share: wait for its last block; the forms it scored are forgotten with ours
                helper.join();
                for (int i = 0; i < helperForms.size(); i++) {
                    scratch.scoring.formsScored.add(helperForms.get(i));
                }
            }
        }
        return scoring.scored;
    }

    /** The scoring of one query's candidates, into {@code scored} by their place in the candidates. */
    private final class Scoring {
        private final QueryPlan plan;
        private final Scratch scratch;
        private final int required;
        private final int unplaced;
        private final double nameThreshold;
        final NameScorer.Scored[] scored;

        Scoring(QueryPlan plan, Scratch scratch, int required, int unplaced, double nameThreshold) {
            this.plan = plan;
            this.scratch = scratch;
            this.required = required;
            this.unplaced = unplaced;
            this.nameThreshold = nameThreshold;
            this.scored = new NameScorer.Scored[scratch.candidates.size()];
        }

        /** Takes blocks of candidates not yet taken by another thread, until none are left. */
        void share(IntList formsScored, AtomicInteger next) {
            Similarities similarities = new Similarities(plan.items, scratch.scoring);
            for (int from = next.getAndAdd(SCORED_BLOCK); from < scored.length; from = next.getAndAdd(SCORED_BLOCK)) {
                range(similarities, formsScored, from, Math.min(scored.length, from + SCORED_BLOCK));
            }
        }

        void range(Similarities similarities, IntList formsScored, int from, int to) {
            Marks m = scratch.marks;
            ScoringMemo memo = scratch.scoring;
            Script queryScript = plan.name.script();
            for (int t = from; t < to; t++) {
                int ref = scratch.candidates.get(t);
                if (m.reachedApart(t, ref, index) < required
                        || m.bestPossible(t, ref, plan, index, unplaced) + BOUND_SLACK < nameThreshold) {
                    continue;
                }
                int entry = index.nameEntry[ref];
                if (queryScript.isSyllabic() && index.nameScript[ref] != queryScript
                        && (index.entryScripts[entry] & (1 << queryScript.ordinal())) != 0) {
                    // the entry writes the name in the query's own syllabic script: that form decides
                    continue;
                }
                int form = index.nameForm[ref];
                if (memo.scoredForms[form] == null) {
                    similarities.reachedBy = m.masks[t];
                    memo.scoredForms[form] = NameScorer.score(plan, index, ref, similarities);
                    formsScored.add(form);
                }
                scored[t] = memo.scoredForms[form];
            }
        }
    }

    /**
     * The credit of a query item against a word of the register name being scored: what its look-up
     * found, else the word measured in full (once per query: register names share their words).
     */
    private final class Similarities implements NameScorer.Similarities {
        private final List<QueryPlan.Item> items;
        private final ScoringMemo memo;
        /** The query words that reached the register name being scored. */
        int reachedBy;
        /** Per query item, the keys its look-up tries (made when first asked for). */
        private final LookupKeys[] keys;

        Similarities(List<QueryPlan.Item> items, ScoringMemo memo) {
            this.items = items;
            this.memo = memo;
            this.keys = new LookupKeys[items.size()];
        }

        @Override
        public float of(int q, int vocabularyId) {
            float[] credits = memo.credits(vocabularyId, items.size());
            if (credits[q] >= 0) {
                return credits[q];
            }
            // the sound-key look-up is a sieve: a query word that did not reach this name at all is
            // measured against its words in full; one that reached it through another word is not, unless
            // the word is two names joined, which the look-up meets by its own keys only
            QueryPlan.Item item = items.get(q);
            if (item.via() == null && (item.mask() & reachedBy) != 0
                    && item.token().role() != NameToken.Role.INITIAL
                    && index.vocabulary[vocabularyId].role() != NameToken.Role.INITIAL
                    && index.searchable[vocabularyId] && !index.joinedWord[vocabularyId]) {
                return 0f;
            }
            int measured = items.size() + q;
            if (credits[measured] < 0) {
                credits[measured] = similarity(item, index.vocabulary[vocabularyId]);
            }
            return credits[measured];
        }

        /**
         * Two register words the scorer joined: many names join the same two, so the joined word is made
         * once, and only when first asked for.
         */
        @Override
        public float ofJoined(int q, int first, int second) {
            Joined joined = memo.joined.computeIfAbsent((long) first << 32 | second, pair -> new Joined(items.size()));
            if (joined.credits[q] < 0) {
                JoinedWord word = joined.word;
                if (word == null) {
                    NameToken token = index.joined(first, second);
                    word = new JoinedWord(token, SoundKeys.indexKeys(token.code()));
                    joined.word = word;
                }
                QueryPlan.Item item = items.get(q);
                // measured only where a look-up would have found the joined words, had the register
                // written them as one: most names a query reaches join words that sound like nothing in it
                joined.credits[q] = item.token().role() == NameToken.Role.INITIAL
                        || keys(q).find(word.token, word.keys) ? similarity(item, word.token) : 0f;
            }
            return joined.credits[q];
        }

        private LookupKeys keys(int q) {
            if (keys[q] == null) {
                // the full keys even for a query word joined from two (which looks up its own skeleton only):
                // against two register words joined, both sides carry two words' slips
                keys[q] = LookupKeys.of(items.get(q).token(), false);
            }
            return keys[q];
        }
    }

    /**
     * Two register words joined, made when first asked for, and its credit against each query item
     * (negative: not yet measured). Two threads scoring one query may both make the word or measure a
     * credit, and find the same.
     */
    private static final class Joined {
        JoinedWord word;
        final float[] credits;

        Joined(int items) {
            credits = new float[items];
            Arrays.fill(credits, -1f);
        }
    }

    /** Two register words joined, and the keys it would be filed under ({@link SoundKeys#indexKeys}). */
    private record JoinedWord(NameToken token, List<String> keys) {
    }

    /**
     * The vocabulary words one query item reached, with their credit, in the order they lead to register
     * names. That order decides which of an entry's equally scored names is reported (the first reached),
     * so it stays the iteration order of the hash map the look-up has always been collected in.
     */
    private record Hits(int[] ids, float[] credits) {
        int size() {
            return ids.length;
        }
    }

    /** Looks {@code item} up by {@code key} (null: not looked up); its credits are also put in {@code byId}. */
    private Hits lookUp(QueryPlan.Item item, LookupKey key, IntFloatMap byId) {
        Map<Integer, Float> found = new HashMap<>();
        if (key != null) {
            Similar similar = lookups.get(key);
            if (similar == null) {
                similar = findSimilar(item.token(), key.exact());
                remember(key, similar);
            }
            for (int i = 0; i < similar.ids.length; i++) {
                float credit = similar.credits[i];
                if (item.factor() == QueryPlan.NICKNAME_FACTOR && credit < QueryPlan.NICKNAME_MIN_CREDIT) {
                    continue;
                }
                if (credit * item.factor() >= LOOKUP_FLOOR) {
                    found.put(similar.ids[i], credit * item.factor());
                }
            }
        }
        int[] ids = new int[found.size()];
        float[] credits = new float[found.size()];
        int i = 0;
        for (Map.Entry<Integer, Float> e : found.entrySet()) {
            ids[i] = e.getKey();
            credits[i] = e.getValue();
            byId.put(ids[i], credits[i]);
            i++;
        }
        return new Hits(ids, credits);
    }

    /**
     * Looks up the words of the query not looked up before, side by side on the common pool: each compares
     * one word with thousands of the vocabulary, and one word can have ten times the neighbours of another
     * (Mohammed beside Zubaidi), so the comparisons of all the words are shared out in blocks, not the
     * words. None depends on another: what each word finds is what it finds alone.
     */
    private void lookUpNewWords(List<QueryPlan.Item> items, LookupKey[] keys) {
        Map<LookupKey, Neighbours> unknown = new LinkedHashMap<>();
        for (int q = 0; q < items.size(); q++) {
            if (keys[q] != null && !lookups.containsKey(keys[q]) && !unknown.containsKey(keys[q])) {
                unknown.put(keys[q], neighbours(items.get(q).token(), keys[q].exact()));
            }
        }
        int comparisons = unknown.values().stream().mapToInt(neighbours -> neighbours.ids.length).sum();
        Neighbours[] wordOf = new Neighbours[comparisons];
        int[] placeOf = new int[comparisons];
        int c = 0;
        for (Neighbours neighbours : unknown.values()) {
            for (int i = 0; i < neighbours.ids.length; i++, c++) {
                wordOf[c] = neighbours;
                placeOf[c] = i;
            }
        }
        IntStream blocks = IntStream.range(0, (comparisons + COMPARED_BLOCK - 1) / COMPARED_BLOCK);
        (comparisons < sideBySide.comparisons() ? blocks : blocks.parallel()).forEach(b -> {
            for (int k = b * COMPARED_BLOCK; k < Math.min(comparisons, (b + 1) * COMPARED_BLOCK); k++) {
                wordOf[k].measure(placeOf[k], index);
            }
        });
        unknown.forEach((key, neighbours) -> remember(key, neighbours.similar()));
    }

    private void remember(LookupKey key, Similar similar) {
        if (lookups.size() >= CACHED_LOOKUPS) {
            lookups.clear();
        }
        lookups.put(key, similar);
    }

    /** The vocabulary words that sound like {@code token}, with their credit. */
    private Similar findSimilar(NameToken token, boolean exact) {
        Neighbours neighbours = neighbours(token, exact);
        for (int i = 0; i < neighbours.ids.length; i++) {
            neighbours.measure(i, index);
        }
        return neighbours.similar();
    }

    /** The vocabulary words filed under the keys a look-up of {@code token} tries, each once. */
    private Neighbours neighbours(NameToken token, boolean exact) {
        Map<Integer, Float> found = new HashMap<>();
        IntList ids = new IntList();
        LookupKeys keys = LookupKeys.of(token, exact);
        collect(keys.words(), index.keys, found, ids);
        // a word written as two names joined is met where its own keys are, not one edit from them: at a
        // million entries most searchable words are such joins, and their neighbourhoods cost a third of
        // the comparisons while meeting little; the scorer measures the rest in full
        collect(keys.skeletons(), index.joinedKeys, found, ids);
        collect(keys.syllabicWords(), index.syllabicWordKeys, found, ids);
        collect(keys.syllabicReadings(), index.syllabicReadingKeys, found, ids);
        if (keys.obstruents() != null) {
            collect(List.of(keys.obstruents()), keys.syllabic() ? index.obstruentKeys : index.syllabicObstruentKeys,
                    found, ids);
        }
        return new Neighbours(token, found, ids.toArray());
    }

    private static void collect(Iterable<String> keys, Map<String, int[]> map, Map<Integer, Float> found,
                                IntList ids) {
        for (String key : keys) {
            int[] filed = map.get(key);
            if (filed == null) {
                continue;
            }
            for (int id : filed) {
                if (found.putIfAbsent(id, 0f) == null) {
                    ids.add(id);
                }
            }
        }
    }

    /**
     * The vocabulary words a look-up compares a word with, and their credits as measured. The words are
     * kept in a hash map from the first: the order it gives them in decides which of an entry's equally
     * scored names is reported ({@link Hits}), so it is the order the look-up has always found them in.
     */
    private static final class Neighbours {
        final NameToken token;
        final Map<Integer, Float> found;
        final int[] ids;
        final float[] credits;

        Neighbours(NameToken token, Map<Integer, Float> found, int[] ids) {
            this.token = token;
            this.found = found;
            this.ids = ids;
            this.credits = new float[ids.length];
        }

        void measure(int i, NameIndex index) {
            // a credit below the floor is dropped whatever the factor of the item, at most 1
            credits[i] = TokenSimilarity.of(token, index.vocabulary[ids[i]], LOOKUP_FLOOR);
        }

        Similar similar() {
            for (int i = 0; i < ids.length; i++) {
                found.put(ids[i], credits[i]);
            }
            found.values().removeIf(c -> c <= 0f);
            int[] kept = new int[found.size()];
            float[] values = new float[found.size()];
            int i = 0;
            for (Map.Entry<Integer, Float> e : found.entrySet()) {
                kept[i] = e.getKey();
                values[i++] = e.getValue();
            }
            return new Similar(kept, values);
        }
    }

    /** What a look-up is remembered by: the word as compared, and whether only its own skeleton was tried. */
    private record LookupKey(Script script, String code, List<String> readings, List<String> syllabicReadings,
                             NameToken.Role role, String nativeKey, boolean exact) {

        /** The key of {@code item}; null for an initial, which is compared by its letter, not looked up. */
        static LookupKey of(QueryPlan.Item item) {
            NameToken token = item.token();
            if (token.role() == NameToken.Role.INITIAL) {
                return null;
            }
            // a short form's full name and joined words must sound nearly alike: their own skeleton only
            return new LookupKey(token.script(), token.code(), token.readings(), token.syllabicReadings(),
                    token.role(), token.nativeKey(), item.via() != null);
        }
    }

    /** Vocabulary words and their credit against a looked-up word. */
    private record Similar(int[] ids, float[] credits) {
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
        int required = (int) Math.ceil((nameThreshold - BOUND_SLACK) * total - others - 1e-6);
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
                    int id = hits[q].ids[h];
                    float credit = hits[q].credits[h];
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
     * Whether walking the hits of the drivers, then the halves, item by item, reaches name {@code ref}
     * before name {@code other}: of two names of an entry that score alike the first reached is reported,
     * as it was when the names were scored in the order the walk reached them.
     */
    private boolean reachedBefore(int ref, int other, QueryPlan plan, Hits[] hits, int drivers, int[][] halves) {
        for (int q = 0; q < plan.items.size(); q++) {
            int[] walked = (plan.items.get(q).mask() & plan.nameMask & drivers) != 0 ? hits[q].ids() : NO_IDS;
            for (int[] ids : List.of(walked, halves[q])) {
                for (int id : ids) {
                    boolean holdsRef = Arrays.binarySearch(index.postings[id], ref) >= 0;
                    boolean holdsOther = Arrays.binarySearch(index.postings[id], other) >= 0;
                    if (holdsRef || holdsOther) {
                        // one posting list is walked in the order of the names
                        return holdsRef && (!holdsOther || ref < other);
                    }
                }
            }
        }
        return false;
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

    /** The credit of a query item against a register word or joined words, as the scorer uses it. */
    private float similarity(QueryPlan.Item item, NameToken token) {
        // the item's factor is at most 1: a credit below what a pair needs to count stays below it
        float credit = TokenSimilarity.of(item.token(), token, NameScorer.WORD_FLOOR);
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

    /**
     * What scoring one query measured, kept for the names still to score: the credits of its items against
     * each word met, the words joined on the fly, and the score of each name form. Shared by the threads
     * that score one query: what one measures, the other need not (most words recur from name to name).
     * A value two threads measure at once is the same value.
     */
    private static final class ScoringMemo {
        /** Per query item, the credits its look-up found ({@link Scratch#reached}). */
        private final List<IntFloatMap> reached;
        /** Per vocabulary word met in scoring, its credits; published whole, as another thread reads them. */
        private final AtomicReferenceArray<float[]> rows;
        private final IntList rowIds = new IntList();
        /** The words the scorer joined on the fly, by the vocabulary ids of their two halves. */
        final Map<Long, Joined> joined = new ConcurrentHashMap<>();
        /**
         * The score of each name form ({@link NameIndex#nameForm}) scored so far: a name of the same form
         * was reached by the same query words, and scores the same.
         */
        final NameScorer.Scored[] scoredForms;
        /** The forms the calling thread scored; a helping thread keeps its own and hands them over. */
        final IntList formsScored = new IntList();

        ScoringMemo(List<IntFloatMap> reached, int forms, int words) {
            this.reached = reached;
            scoredForms = new NameScorer.Scored[forms];
            rows = new AtomicReferenceArray<>(words);
        }

        /**
         * The credits of the query items against vocabulary word {@code id}: first what each look-up found
         * (negative: nothing), then what measuring in full gave (negative: not yet). Every name scored asks
         * for each item against each of its words, and the words recur from name to name: one row per
         * word rather than a hash look-up or two per item.
         */
        float[] credits(int id, int items) {
            float[] row = rows.get(id);
            return row != null ? row : newRow(id, items);
        }

        private synchronized float[] newRow(int id, int items) {
            float[] row = rows.get(id);
            if (row == null) {
                row = new float[2 * items];
                for (int q = 0; q < items; q++) {
                    row[q] = reached.get(q).get(id, -1f);
                }
                Arrays.fill(row, items, 2 * items, -1f);
                rowIds.add(id);
                rows.set(id, row);
            }
            return row;
        }

        void clear() {
            for (int i = 0; i < rowIds.size(); i++) {
                rows.set(rowIds.get(i), null);
            }
            rowIds.clear();
            joined.clear();
            for (int i = 0; i < formsScored.size(); i++) {
                scoredForms[formsScored.get(i)] = null;
            }
            formsScored.clear();
        }
    }

    /**
     * Per-thread scratch of a search, emptied after it: the marks on register names, and per query item
     * the credits its look-up found and the similarities measured in full.
     */
    private static final class Scratch {
        final ReachedNames reach;
        /** The names worth marking, in the order of the index. */
        final IntList candidates = new IntList();
        final Marks marks;
        private final List<IntFloatMap> reached = new ArrayList<>();
        /**
         * Per vocabulary word, whether a query item that marks names found it: asked for every word of
         * every candidate, so an array rather than a hash map.
         */
        final boolean[] sought;
        private final IntList soughtIds = new IntList();
        /** What the scoring on this thread measured for the query. */
        final ScoringMemo scoring;

        Scratch(int names, int forms, int words) {
            reach = new ReachedNames(names);
            marks = new Marks();
            sought = new boolean[words];
            scoring = new ScoringMemo(reached, forms, words);
        }

        void seek(int vocabularyId) {
            if (!sought[vocabularyId]) {
                sought[vocabularyId] = true;
                soughtIds.add(vocabularyId);
            }
        }

        IntFloatMap reached(int item) {
            return slot(reached, item);
        }

        private static IntFloatMap slot(List<IntFloatMap> maps, int item) {
            while (maps.size() <= item) {
                maps.add(new IntFloatMap());
            }
            return maps.get(item);
        }

        void clear() {
            reach.clear();
            candidates.clear();
            reached.forEach(IntFloatMap::clear);
            for (int i = 0; i < soughtIds.size(); i++) {
                sought[soughtIds.get(i)] = false;
            }
            soughtIds.clear();
            scoring.clear();
        }
    }

    /**
     * Per candidate, by its place in the list of candidates: which query words reached the name, and for
     * each of the first {@link #TRACKED} query words the best credit it reached it with and the register
     * word it reached it through.
     */
    private static final class Marks {
        static final int TRACKED = 8;
        /** The bits of the tracked query words in a mask. */
        static final int TRACKED_WORDS = (1 << TRACKED) - 1;
        /** What {@link #words} holds for a query word that reached the name through no word yet... */
        static final int NO_WORD = -1;
        /** ... and through two words or more, or as one item with another query word. */
        static final int SEVERAL_WORDS = -2;
        int[] masks = new int[0];
        float[] credits = new float[0];
        int[] words = new int[0];

        /** Unmarks the first {@code candidates}, making room for them. */
        void prepare(int candidates) {
            if (masks.length < candidates) {
                int capacity = Math.max(candidates, 2 * masks.length);
                masks = new int[capacity];
                credits = new float[capacity * TRACKED];
                words = new int[capacity * TRACKED];
                Arrays.fill(words, NO_WORD);
            } else {
                Arrays.fill(masks, 0, candidates, 0);
                Arrays.fill(credits, 0, candidates * TRACKED, 0f);
                Arrays.fill(words, 0, candidates * TRACKED, NO_WORD);
            }
        }

        /** Candidate {@code t} was reached by the query words of {@code mask} through vocabulary word {@code word}. */
        void mark(int t, int mask, float credit, int word) {
            masks[t] |= mask;
            boolean together = (mask & mask - 1) != 0;
            for (int bits = mask & TRACKED_WORDS; bits != 0; bits &= bits - 1) {
                int i = t * TRACKED + Integer.numberOfTrailingZeros(bits);
                if (credits[i] < credit) {
                    credits[i] = credit;
                }
                if (together || words[i] >= 0 && words[i] != word) {
                    words[i] = SEVERAL_WORDS;
                } else if (words[i] == NO_WORD) {
                    words[i] = word;
                }
            }
        }

        /**
         * How many query words reached name {@code ref} each through a word of its own: the scorer pairs a
         * register word with one query word, so two query words that reached the name only through the same
         * word (John and Chen both through جان, Jan) reached it once, unless the name holds that word twice.
         */
        int reachedApart(int t, int ref, NameIndex index) {
            int count = Integer.bitCount(masks[t] & ~TRACKED_WORDS);
            for (int i = 0; i < TRACKED; i++) {
                if ((masks[t] & (1 << i)) == 0) {
                    continue;
                }
                int word = words[t * TRACKED + i];
                int before = 0;
                for (int k = 0; k < i && word >= 0; k++) {
                    if ((masks[t] & (1 << k)) != 0 && words[t * TRACKED + k] == word) {
                        before++;
                    }
                }
                if (before == 0 || before < occurrences(index, ref, word)) {
                    count++;
                }
            }
            return count;
        }

        private static int occurrences(NameIndex index, int ref, int word) {
            int n = 0;
            for (int w = index.wordsStart[ref]; w < index.wordsStart[ref + 1]; w++) {
                if (index.words[w] == word) {
                    n++;
                }
            }
            return n;
        }

        /**
         * The highest score the name can reach: each query name word met no better than it reached the
         * name (words beyond the tracked ones fully), initials and particles fully. Names that cannot reach
         * the review threshold are not scored.
         */
        float bestPossible(int t, int ref, QueryPlan plan, NameIndex index, int unplaced) {
            List<NameToken> tokens = plan.name.tokens();
            float total = 0;
            float possible = 0;
            float lift = 0;
            for (int i = 0; i < tokens.size() && i < 31; i++) {
                float w = tokens.get(i).weight();
                total += w;
                if ((plan.nameMask & (1 << i)) == 0 || i >= TRACKED && (masks[t] & (1 << i)) != 0) {
                    possible += w;
                } else if ((unplaced & (1 << i)) != 0) {
                    possible += w * UNPLACED_CREDIT;
                } else if (i < TRACKED) {
                    float credit = credits[t * TRACKED + i];
                    possible += w * credit;
                    lift = Math.max(lift, w * (MISSED_CREDIT - credit));
                }
            }
            float bound = total == 0 ? 0 : (possible + lift) / total;
            if (plan.oneWord && !plan.mayBeLoneSurname) {
                int names = 0;
                for (int w = index.wordsStart[ref]; w < index.wordsStart[ref + 1]; w++) {
                    if (index.vocabulary[index.words[w]].role() == NameToken.Role.NAME) {
                        names++;
                    }
                }
                bound -= Math.max(0, names - 1) * NameScorer.ONE_WORD_QUERY_MISSING;
            }
            return bound;
        }
    }
}
