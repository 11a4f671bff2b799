package org.rogatory.matching;

import java.util.Arrays;
import java.util.List;

/**
 * Per candidate, by its place in the list of candidates: which query words reached the name, and for
 * each of the first {@link #TRACKED} query words the best credit it reached it with and the register
 * word it reached it through.
 */
final class Marks {

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
