package org.rogatory.matching;

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
     * scored in changes nothing. Null for a candidate left out.
     */
    NameScorer.Scored[] score(QueryPlan plan, Scratch scratch, int required, int unplaced, double nameThreshold,
                              boolean shareOut) {
        Scoring scoring = new Scoring(plan, scratch, required, unplaced, nameThreshold);
        if (!shareOut || scoring.scored.length < sharedFrom) {
            scoring.range(new Similarities(plan.items, scratch.memo), scratch.memo.formsScored, 0,
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
            Similarities similarities = new Similarities(plan.items, scratch.memo);
            for (int from = next.getAndAdd(SCORED_BLOCK); from < scored.length; from = next.getAndAdd(SCORED_BLOCK)) {
                range(similarities, formsScored, from, Math.min(scored.length, from + SCORED_BLOCK));
            }
        }

        void range(Similarities similarities, IntList formsScored, int from, int to) {
            Marks m = scratch.marks;
            ScoringMemo memo = scratch.memo;
            Script queryScript = plan.name.script();
            for (int t = from; t < to; t++) {
                int ref = scratch.candidates.get(t);
                if (m.reachedApart(t, ref, index) < required
                        || m.bestPossible(t, ref, plan, index, unplaced) + Marks.BOUND_SLACK < nameThreshold) {
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
