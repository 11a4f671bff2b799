package org.rogatory.matching;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scores the register names a search chose ({@link NameScorer}), each against what the query's
 * look-ups found and, where they found nothing, against its words measured in full. Names of the same
 * form are scored once ({@link ScoringMemo}). Thread-safe: what a query measures is kept in the
 * scratch of its thread.
 */
final class CandidateScoring {

    /** The candidates a scoring thread takes at a time. */
    static final int SCORED_BLOCK = 64;

    private final NameIndex index;
    /** From how many candidates a query's are scored side by side on the common pool. */
    private final int sharedFrom;

    CandidateScoring(NameIndex index, int sharedFrom) {
        this.index = index;
        this.sharedFrom = sharedFrom;
    }

    /**
     * Scores the candidates worth scoring, with {@code shareOut} side by side on the common pool when
     * there are many: each name is scored alone, against what the look-ups found, so the order they are
     * scored in changes nothing. Null for a candidate left out. The first block, the names that can score
     * best, is scored before the rest, and what it scored raises the {@link RivalFloor} for them: the names
     * left out are the same on one thread or two.
     */
    NameScorer.Scored[] score(QueryPlan plan, Scratch scratch, int required, int unplaced, double nameThreshold,
                              RivalFloor rivals, boolean shareOut) {
        Scoring scoring = new Scoring(plan, scratch, required, unplaced, nameThreshold, rivals);
        Similarities similarities = new Similarities(plan.items, scratch.memo);
        int first = Math.min(SCORED_BLOCK, scoring.order.length);
        scoring.range(similarities, scratch.memo.formsScored, 0, first);
        scoring.raise = rivals.raise();
        if (!shareOut || scoring.order.length < sharedFrom) {
            scoring.range(similarities, scratch.memo.formsScored, first, scoring.order.length);
            return scoring.scored;
        }
        AtomicInteger next = new AtomicInteger(first);
        AtomicBoolean helperStarted = new AtomicBoolean();
        IntList helperForms = new IntList();
        ForkJoinTask<?> helper = ForkJoinPool.commonPool().submit(() -> {
            if (helperStarted.compareAndSet(false, true)) {
                scoring.share(helperForms, next);
            }
        });
        try {
            scoring.share(scratch.memo.formsScored, next);
        } finally {
            if (!helperStarted.compareAndSet(false, true)) {
                // the helper took a share: wait for its last block; the forms it scored are forgotten with ours
                helper.join();
                for (int i = 0; i < helperForms.size(); i++) {
                    scratch.memo.formsScored.add(helperForms.get(i));
                }
            }
        }
        return scoring.scored;
    }

    /** The credit of a query item against a register word or joined words, as the scorer uses it. */
    private static float similarity(QueryPlan.Item item, NameToken token) {
        // the item's factor is at most 1: a credit below what a pair needs to count stays below it
        float credit = TokenSimilarity.of(item.token(), token, NameScorer.WORD_FLOOR);
        if (item.factor() == QueryPlan.NICKNAME_FACTOR && credit < QueryPlan.NICKNAME_MIN_CREDIT) {
            return 0f;
        }
        return credit * item.factor();
    }

    /**
     * The scoring of one query's candidates, into {@code scored} by their place in the candidates. The
     * names worth scoring are scored in the order of what they can best score, so that the first ones
     * raise the {@link RivalFloor} under which the rest are left out.
     */
    private final class Scoring {
        private final QueryPlan plan;
        private final Scratch scratch;
        private final double nameThreshold;
        private final RivalFloor rivals;
        /** How far above the review threshold the names now scored must be able to score. */
        volatile double raise;
        final NameScorer.Scored[] scored;
        /** The places of the names worth scoring, best possible score first. */
        final int[] order;
        /** By place in the candidates, the best score the name can reach ({@link Marks#bestPossible}). */
        private final float[] possible;

        Scoring(QueryPlan plan, Scratch scratch, int required, int unplaced, double nameThreshold, RivalFloor rivals) {
            this.plan = plan;
            this.scratch = scratch;
            this.nameThreshold = nameThreshold;
            this.rivals = rivals;
            this.raise = rivals.raise();
            int candidates = scratch.candidates.size();
            this.scored = new NameScorer.Scored[candidates];
            this.possible = new float[candidates];
            long[] worth = new long[candidates];
            int n = 0;
            Marks m = scratch.marks;
            Script queryScript = plan.name.script();
            for (int t = 0; t < candidates; t++) {
                int ref = scratch.candidates.get(t);
                if (m.reachedApart(t, ref, index) < required) {
                    continue;
                }
                possible[t] = m.bestPossible(t, ref, plan, index, unplaced);
                if (possible[t] + Marks.BOUND_SLACK < nameThreshold) {
                    continue;
                }
                int entry = index.nameEntry[ref];
                if (queryScript.isSyllabic() && index.nameScript[ref] != queryScript
                        && (index.entryScripts[entry] & (1 << queryScript.ordinal())) != 0) {
                    // the entry writes the name in the query's own syllabic script: that form decides
                    continue;
                }
                // a possible score is not negative, so its bits sort as the score does; the place breaks ties
                worth[n++] = (long) Float.floatToIntBits(Math.max(0f, possible[t])) << 32 | (candidates - 1 - t);
            }
            Arrays.sort(worth, 0, n);
            this.order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = candidates - 1 - (int) worth[n - 1 - i];
            }
        }

        /** Takes blocks of candidates not yet taken by another thread, until none are left. */
        void share(IntList formsScored, AtomicInteger next) {
            Similarities similarities = new Similarities(plan.items, scratch.memo);
            for (int from = next.getAndAdd(SCORED_BLOCK); from < order.length; from = next.getAndAdd(SCORED_BLOCK)) {
                range(similarities, formsScored, from, Math.min(order.length, from + SCORED_BLOCK));
            }
        }

        void range(Similarities similarities, IntList formsScored, int from, int to) {
            ScoringMemo memo = scratch.memo;
            for (int o = from; o < to; o++) {
                int t = order[o];
                if (possible[t] + Marks.BOUND_SLACK < nameThreshold + raise) {
                    // no name after it in this order can be reported either
                    return;
                }
                int ref = scratch.candidates.get(t);
                int form = index.nameForm[ref];
                if (memo.scoredForms[form] == null) {
                    similarities.reachedBy = scratch.marks.masks[t];
                    memo.scoredForms[form] = NameScorer.score(plan, index, ref, similarities);
                    formsScored.add(form);
                }
                scored[t] = memo.scoredForms[form];
                rivals.offer(index.nameEntry[ref], scored[t].score());
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
            ScoringMemo.Joined joined = memo.joined(first, second, items.size());
            if (joined.credits[q] < 0) {
                ScoringMemo.JoinedWord word = joined.word;
                if (word == null) {
                    NameToken token = index.joined(first, second);
                    word = new ScoringMemo.JoinedWord(token, SoundKeys.indexKeys(token.code()));
                    joined.word = word;
                }
                QueryPlan.Item item = items.get(q);
                // measured only where a look-up would have found the joined words, had the register
                // written them as one: most names a query reaches join words that sound like nothing in it
                joined.credits[q] = item.token().role() == NameToken.Role.INITIAL
                        || keys(q).find(word.token(), word.keys()) ? similarity(item, word.token()) : 0f;
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
}
