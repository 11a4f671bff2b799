package org.rogatory.matching;

import java.util.Arrays;

/**
 * The register names a search reached, a bit per name, and the same per query word: sets of a few
 * hundred kilobytes for a million names, which stay in the cache where what is kept per name is spread
 * over megabytes. Most names a common word reaches are reached by no other query word; the names worth
 * more are chosen from the sets ({@link #choose}) and numbered in the order of the index, so that what
 * is kept for them can be dense. Reused from search to search.
 */
final class ReachedNames {

    /** Query words are bits of an int mask; at most this many. */
    static final int WORDS = 31;

    private final long[] reached;
    /** Per query word, the names it reached; allocated at its first use. */
    private final long[][] byWord = new long[WORDS][];
    /** The names chosen, and per block of 64 names how many were chosen in the blocks before it. */
    private final long[] chosen;
    private final int[] chosenBefore;
    private int count;
    /**
     * A bit per block of 64 names, set when a name of the block is reached: a search reaches a few thousand
     * of a million names, and walks and clears only their blocks.
     */
    private final long[] blocksReached;

    ReachedNames(int names) {
        int blocks = (names + 63) >>> 6;
        reached = new long[blocks];
        chosen = new long[blocks];
        chosenBefore = new int[blocks];
        blocksReached = new long[(blocks + 63) >>> 6];
    }

    /** Name {@code ref} is reached by the query words of {@code words}. */
    void add(int ref, int words) {
        int block = ref >>> 6;
        long bit = 1L << ref;
        if ((reached[block] & bit) == 0) {
            reached[block] |= bit;
            count++;
            blocksReached[block >>> 6] |= 1L << block;
        }
        addWords(block, bit, words);
    }

    /** Name {@code ref}, if it is reached, is also reached by the query words of {@code words}. */
    void addIfReached(int ref, int words) {
        int block = ref >>> 6;
        long bit = 1L << ref;
        if ((reached[block] & bit) != 0) {
            addWords(block, bit, words);
        }
    }

    private void addWords(int block, long bit, int words) {
        for (int bits = words; bits != 0; bits &= bits - 1) {
            int word = Integer.numberOfTrailingZeros(bits);
            if (byWord[word] == null) {
                byWord[word] = new long[reached.length];
            }
            byWord[word][block] |= bit;
        }
    }

    /** How many names are reached. */
    int count() {
        return count;
    }

    /**
     * Chooses the names reached by at least {@code required} of the query words of {@code words} (all
     * names reached, for one), and adds them to {@code names} in order.
     */
    void choose(int required, int words, IntList names) {
        // atLeast[k]: the names of a block reached by at least k of the words counted so far
        long[] atLeast = new long[required + 1];
        int before = 0;
        for (int group = 0; group < blocksReached.length; group++) {
            for (long blocks = blocksReached[group]; blocks != 0; blocks &= blocks - 1) {
                int block = group << 6 | Long.numberOfTrailingZeros(blocks);
                long bits = required > 1 ? reachedByAtLeast(atLeast, words, block) : reached[block];
                chosen[block] = bits;
                chosenBefore[block] = before;
                before += Long.bitCount(bits);
                for (long rest = bits; rest != 0; rest &= rest - 1) {
                    names.add(block << 6 | Long.numberOfTrailingZeros(rest));
                }
            }
        }
    }

    /** The names of one block reached by at least {@code atLeast.length - 1} of the words of {@code words}. */
    private long reachedByAtLeast(long[] atLeast, int words, int block) {
        int required = atLeast.length - 1;
        Arrays.fill(atLeast, 0L);
        atLeast[0] = reached[block];
        for (int bits = words; bits != 0; bits &= bits - 1) {
            long[] byThisWord = byWord[Integer.numberOfTrailingZeros(bits)];
            if (byThisWord != null) {
                for (int k = required; k >= 1; k--) {
                    atLeast[k] |= atLeast[k - 1] & byThisWord[block];
                }
            }
        }
        return atLeast[required];
    }

    /** The place of name {@code ref} among the names chosen, or -1 if it was not chosen. */
    int rank(int ref) {
        int block = ref >>> 6;
        long bits = chosen[block];
        if ((bits & 1L << ref) == 0) {
            return -1;
        }
        return chosenBefore[block] + Long.bitCount(bits & (1L << ref) - 1);
    }

    void clear() {
        long[][] inUse = new long[WORDS + 2][];
        int arrays = 0;
        inUse[arrays++] = reached;
        inUse[arrays++] = chosen;
        for (long[] names : byWord) {
            if (names != null) {
                inUse[arrays++] = names;
            }
        }
        for (int group = 0; group < blocksReached.length; group++) {
            for (long blocks = blocksReached[group]; blocks != 0; blocks &= blocks - 1) {
                int block = group << 6 | Long.numberOfTrailingZeros(blocks);
                for (int a = 0; a < arrays; a++) {
                    inUse[a][block] = 0;
                }
            }
            blocksReached[group] = 0;
        }
        count = 0;
    }
}
