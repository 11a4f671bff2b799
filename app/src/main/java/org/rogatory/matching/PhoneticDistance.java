package org.rogatory.matching;

import java.util.Arrays;

/**
 * How alike two words sound: a weighted edit distance over their phonetic codes (with swaps of
 * neighbouring letters), where the cost of each edit depends on the sounds and on the scripts the words
 * came from ({@link Sounds}), turned into a similarity in [0, 1] by dividing by the cost of deleting the
 * longer word. The costs of {@link Sounds} are tabulated once per pair of scripts.
 */
final class PhoneticDistance {

    static final float TRANSPOSITION = 0.6f;
    /**
     * A Latin Th, Sh, Dz or Ts against the two letters t-h, s-h, d-z or t-s of another script: in Arabic and
     * Persian names they are often two sounds (Fathi = فتحي, Ishaq = اسحاق = Исхак, Akhundzada = آخوندزاده),
     * and other scripts write the ts of a foreign name with two letters (Horowitz = هورويتز, Watson = Уотсон).
     */
    static final float DIGRAPH_SPLIT = 0.15f;
    /**
     * An abjad letter written twice in a row against one (Abdullah = عبدالله): the article's l before
     * the l of Allah, a stem ending where a suffix begins. Latin spellings drop the repeat.
     */
    static final float REPEAT_DELETION = 0.15f;
    /** An abjad's alef and ya or waw against the one vowel they write at the start of a word. */
    static final float OPENING_VOWEL = 0.05f;
    /** Room for the float sums of {@link #remainingB} and of the edit distance to round apart. */
    private static final float ROUNDING = 1e-3f;
    private static final int SYMBOLS = 128;
    /**
     * Query words a thread keeps {@link Rows#cheapestAgainst}: a query's items, their readings, against
     * words of several scripts (each pair of scripts its table) make a dozen or two; 8 missed one time in 10.
     */
    private static final int AGAINST_SLOTS = 32;
    private static final Costs[][] COSTS = new Costs[Script.values().length][Script.values().length];
    /**
     * Latin against Latin with short vowels nearly free: romanisations of Arabic, Persian and Turkic
     * names choose their vowels freely (Muhammad, Mohammed, Mehmed; Suleiman, Sulayman).
     */
    private static final Costs VOWEL_BLIND;

    static {
        float[][][] substitutions = new float[4][][];
        for (Script left : Script.values()) {
            for (Script right : Script.values()) {
                Sounds.Pair pair = Sounds.Pair.of(left, right);
                int kind = (pair.abjad() ? 1 : 0) + (pair.syllabic() ? 2 : 0);
                if (substitutions[kind] == null) {
                    substitutions[kind] = substitutionTable(pair);
                }
                COSTS[left.ordinal()][right.ordinal()] = new Costs(substitutions[kind],
                        deletionTable(left, right, false), deletionTable(left, right, true),
                        left == Script.LATIN && right != Script.LATIN || left.isSyllabic() && right == Script.LATIN,
                        left.isAbjad() && right != left);
            }
        }
        Costs latin = COSTS[Script.LATIN.ordinal()][Script.LATIN.ordinal()];
        float[][] substitution = new float[SYMBOLS][];
        for (int a = 0; a < SYMBOLS; a++) {
            substitution[a] = latin.substitution[a].clone();
            for (int b = 0; b < SYMBOLS; b++) {
                if (Sounds.isVowel((char) a) && Sounds.isVowel((char) b) && a != b) {
                    substitution[a][b] = 0.1f;
                }
            }
        }
        float[] deletion = latin.deletion.clone();
        float[] initialDeletion = latin.initialDeletion.clone();
        for (char v : "aeiou".toCharArray()) {
            deletion[v] = 0.15f;
        }
        VOWEL_BLIND = new Costs(substitution, deletion, initialDeletion, false, false);
    }

    /**
     * Substitution costs between the scripts, deletion costs of symbols written in the left one, whether
     * its Th, Sh, Dz, Ts and z (Latin, or kana and Hangul against Latin) may be two letters of the right one
     * ({@link #DIGRAPH_SPLIT}), and whether it is an abjad against another script: its letters written twice
     * may then be once in the right one ({@link #REPEAT_DELETION}), and its opening alef with ya or waw the
     * one vowel the right one opens with ({@link #OPENING_VOWEL}).
     */
    private record Costs(float[][] substitution, float[] deletion, float[] initialDeletion, boolean splitsDigraphs,
                         boolean abjadAgainstOther) {
    }

    private PhoneticDistance() {
    }

    private static float[][] substitutionTable(Sounds.Pair pair) {
        float[][] table = new float[SYMBOLS][SYMBOLS];
        for (char a = 0; a < SYMBOLS; a++) {
            for (char b = 0; b < SYMBOLS; b++) {
                table[a][b] = symbol(a) && symbol(b) ? Sounds.substitution(a, b, pair) : (a == b ? 0f : 1f);
            }
        }
        return table;
    }

    private static float[] deletionTable(Script own, Script other, boolean initial) {
        float[] table = new float[SYMBOLS];
        for (char c = 0; c < SYMBOLS; c++) {
            table[c] = !symbol(c) ? 1f : initial ? Sounds.initialDeletion(c, own, other) : Sounds.deletion(c, own, other);
        }
        return table;
    }

    private static boolean symbol(char c) {
        return c >= 'a' && c <= 'z' || Sounds.isWeak(c);
    }

    /**
     * Similarity of two codes; 0 when below {@code floor}, which lets hopeless pairs stop early. Below
     * {@code worthless}, where the caller gives no credit, it may also be 0 rather than what it is: a lower
     * bound on the distance ({@link #remainingB}) gives most such pairs up sooner.
     */
    static float similarity(String a, Script sa, String b, Script sb, float floor, float worthless) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0f : 1f;
        }
        return similarity(a, b, COSTS[sa.ordinal()][sb.ordinal()], COSTS[sb.ordinal()][sa.ordinal()], floor, worthless);
    }

    /** Similarity of two Latin codes with short vowels nearly free ({@link #VOWEL_BLIND}), as {@link #similarity}. */
    static float vowelBlindSimilarity(String a, String b, float floor, float worthless) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0f : 1f;
        }
        return similarity(a, b, VOWEL_BLIND, VOWEL_BLIND, floor, worthless);
    }

    /** Scratch rows, one set per thread, so that a comparison allocates nothing. */
    private static final class Rows {
        float[] delA = new float[32];
        float[] delB = new float[32];
        /** Per column, what the letters of b from it on cost at least ({@link #cheapestAgainst}). */
        float[] remainingB = new float[33];
        float[] beforePrevious = new float[33];
        float[] previous = new float[33];
        float[] current = new float[33];

        /**
         * The last few words compared as {@code a}, by identity, with the substitution table they were
         * compared by and {@link #cheapestAgainst} them: a look-up compares one word with thousands.
         */
        private final String[] againstWords = new String[AGAINST_SLOTS];
        private final float[][][] againstTables = new float[AGAINST_SLOTS][][];
        private final float[][] against = new float[AGAINST_SLOTS][SYMBOLS];
        private int nextSlot;

        float[] cheapestAgainst(String a, float[][] substitution) {
            for (int k = 0; k < AGAINST_SLOTS; k++) {
                if (againstWords[k] == a && againstTables[k] == substitution) {
                    return against[k];
                }
            }
            int k = nextSlot;
            nextSlot = (nextSlot + 1) % AGAINST_SLOTS;
            float[] cheapest = against[k];
            Arrays.fill(cheapest, 1f);
            for (int i = 0; i < a.length(); i++) {
                char ca = a.charAt(i);
                if (ca < SYMBOLS) {
                    for (int c = 0; c < SYMBOLS; c++) {
                        cheapest[c] = Math.min(cheapest[c], substitution[ca][c]);
                    }
                }
            }
            againstWords[k] = a;
            againstTables[k] = substitution;
            return cheapest;
        }

        void fit(int n, int m) {
            if (delA.length < n) {
                delA = new float[n];
            }
            if (delB.length <= m) {
                delB = new float[m + 1];
                remainingB = new float[m + 1];
                beforePrevious = new float[m + 1];
                previous = new float[m + 1];
                current = new float[m + 1];
            }
        }
    }

    private static final ThreadLocal<Rows> ROWS = ThreadLocal.withInitial(Rows::new);

    private static float similarity(String a, String b, Costs left, Costs right, float floor, float worthless) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return 0f;
        }
        float[][] substitution = left.substitution;
        Rows rows = ROWS.get();
        rows.fit(n, m);
        float[] delA = rows.delA;
        float[] delB = rows.delB;
        float totalA = 0;
        float totalB = 0;
        for (int i = 0; i < n; i++) {
            delA[i] = cost(i == 0 ? left.initialDeletion : left.deletion, a.charAt(i));
            totalA += delA[i];
        }
        for (int j = 0; j < m; j++) {
            delB[j] = cost(j == 0 ? right.initialDeletion : right.deletion, b.charAt(j));
            totalB += delB[j];
        }
        float scale = Math.max(totalA, totalB);
        if (scale <= 0) {
            return 0f;
        }
        // the repeat is cheap to drop, but the word keeps its full length in the scale
        if (left.abjadAgainstOther) {
            cheapenRepeats(a, delA);
        }
        if (right.abjadAgainstOther) {
            cheapenRepeats(b, delB);
        }
        float[] remainingB = remainingB(a, b, left, right, rows);
        float worthlessLimit = (1f - worthless) * scale + ROUNDING;
        if (remainingB[0] > worthlessLimit) {
            return 0f;
        }
        float limit = (1f - floor) * scale;
        float[] beforePrevious = rows.beforePrevious;
        float[] previous = rows.previous;
        float[] current = rows.current;
        previous[0] = 0f;
        for (int j = 1; j <= m; j++) {
            previous[j] = previous[j - 1] + delB[j - 1];
        }
        float previousAtLeast = remainingB[0];
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            float[] row = ca < SYMBOLS ? substitution[ca] : null;
            current[0] = previous[0] + delA[i - 1];
            float rowMin = current[0];
            float atLeast = current[0] + remainingB[0];
            // a digraph of a may be two letters of b only where a has one: most letters are none
            boolean aSplits = left.splitsDigraphs && digraph(ca);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                float sub = row != null && cb < SYMBOLS ? row[cb] : (ca == cb ? 0f : 1f);
                float best = Math.min(previous[j - 1] + sub, Math.min(previous[j] + delA[i - 1], current[j - 1] + delB[j - 1]));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb && ca != cb) {
                    // two neighbouring letters swapped, the commonest typing slip (Adbul, Parilndungan)
                    best = Math.min(best, beforePrevious[j - 2] + TRANSPOSITION);
                }
                if (i == 1 && j == 2 && right.abjadAgainstOther && writesVowel(b.charAt(0), cb, ca)) {
                    best = Math.min(best, previous[0] + OPENING_VOWEL);
                }
                if (i == 2 && j == 1 && left.abjadAgainstOther && writesVowel(a.charAt(0), ca, cb)) {
                    best = Math.min(best, beforePrevious[0] + OPENING_VOWEL);
                }
                if (aSplits && j > 1 && splitInto(ca, b.charAt(j - 2), cb)) {
                    best = Math.min(best, previous[j - 2] + DIGRAPH_SPLIT);
                }
                if (right.splitsDigraphs && i > 1 && digraph(cb) && splitInto(cb, a.charAt(i - 2), ca)) {
                    best = Math.min(best, beforePrevious[j - 1] + DIGRAPH_SPLIT);
                }
                current[j] = best;
                rowMin = Math.min(rowMin, best);
                atLeast = Math.min(atLeast, best + remainingB[j]);
            }
            // an edit takes at most two letters of a, so the cheapest way through the table passes through a
            // cell of this row or of the last, and from there costs at least what the rest of b does
            if (rowMin > limit || Math.min(atLeast, previousAtLeast) > worthlessLimit) {
                rows.beforePrevious = beforePrevious;
                rows.previous = previous;
                rows.current = current;
                return 0f;
            }
            previousAtLeast = atLeast;
            float[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        float distance = previous[m];
        rows.beforePrevious = beforePrevious;
        rows.previous = previous;
        rows.current = current;
        return Math.max(0f, 1f - distance / scale);
    }

    /**
     * Per column {@code j} of the edit distance, a lower bound on what the letters of {@code b} from
     * {@code j} on cost, however {@code a} is edited into them: each is dropped, substituted for a letter
     * of {@code a}, or taken with others into one edit of a few letters, and is charged the cheapest of
     * those, wherever the letters stand. A swap takes letters both words have, which cost nothing
     * substituted; a digraph split or an opening vowel is charged at most its cost shared among the letters
     * of {@code b} it takes, and only to letters that can take part ({@link #mayShare}). The charges of the
     * letters one edit takes add up to no more than its cost. A pair that cannot come within the limit is
     * then given up before the distance is measured, or as soon as a row shows it, rather than where every
     * way through a row is over the limit already.
     */
    private static float[] remainingB(String a, String b, Costs left, Costs right, Rows rows) {
        int m = b.length();
        float[] cheapestAgainstA = rows.cheapestAgainst(a, left.substitution);
        float[] remaining = rows.remainingB;
        remaining[m] = 0f;
        for (int j = m - 1; j >= 0; j--) {
            char cb = b.charAt(j);
            // a letter outside the table is substituted at cost 0 only for itself: not charged
            float substituted = cb < SYMBOLS ? cheapestAgainstA[cb] : 0f;
            float cheapest = Math.min(rows.delB[j], Math.min(substituted, mayShare(b, j, right, left)));
            remaining[j] = remaining[j + 1] + cheapest;
        }
        return remaining;
    }

    /**
     * The most letter {@code i} of {@code code} can be charged for an edit it takes part in with other
     * letters ({@code own} the costs of its script against the other's, {@code other} the reverse): its
     * share of a digraph split or an opening vowel, else nothing (1, more than any letter costs alone).
     */
    private static float mayShare(String code, int i, Costs own, Costs other) {
        float share = 1f;
        char c = code.charAt(i);
        if (own.splitsDigraphs && (c == 'T' || c == 'x' || c == 'j' || c == 'q' || c == 'z')) {
            // the digraph, written as one letter here, against two of the other word
            share = DIGRAPH_SPLIT;
        }
        if (other.splitsDigraphs && (c == 't' || c == 's' || c == 'd' || c == 'h' || c == 'H' || c == 'z')) {
            // one of the two letters the other word's digraph splits into
            share = Math.min(share, DIGRAPH_SPLIT / 2);
        }
        if ((own.abjadAgainstOther || other.abjadAgainstOther) && i < 2) {
            share = Math.min(share, OPENING_VOWEL / 2);
        }
        return share;
    }

    /**
     * Whether an abjad word opening on alef and ya or waw ({@code alef, mater}) writes the vowel another
     * script opens with: Hebrew and Arabic write an opening i or e as אי, إي and an opening o or u as או,
     * أو (Yves = איב, Ivan = إيفان, Ohad = אוהד). Matched letter by letter, the ya or waw would be a
     * deletion that weighs heavily in a short word.
     */
    private static boolean writesVowel(char alef, char mater, char vowel) {
        return alef == 'A' && (mater == 'Y' && (vowel == 'i' || vowel == 'e')
                || mater == 'W' && (vowel == 'o' || vowel == 'u'));
    }

    private static void cheapenRepeats(String code, float[] deletion) {
        for (int i = 1; i < code.length(); i++) {
            if (code.charAt(i) == code.charAt(i - 1)) {
                deletion[i] = Math.min(deletion[i], REPEAT_DELETION);
            }
        }
    }

    /** Whether {@code c} is a symbol {@link #splitInto} may split. */
    private static boolean digraph(char c) {
        return c == 'T' || c == 'x' || c == 'j' || c == 'q' || c == 'z';
    }

    /**
     * Whether the symbol of a Latin digraph (Th, Sh, Dz, Ts, and the Italian z), or the z of kana and
     * Hangul, may be the two letters {@code first second} of the other word.
     */
    private static boolean splitInto(char digraph, char first, char second) {
        return switch (digraph) {
            case 'T' -> first == 't' && (second == 'h' || second == 'H');
            case 'x' -> first == 's' && (second == 'h' || second == 'H');
            case 'j' -> first == 'd' && (second == 'z' || second == 's');
            case 'q' -> first == 't' && (second == 's' || second == 'z');
            // the Italian z is дз in Russian (Zanetti = Дзанетти); kana and Hangul write the ds of Woods ズ, 즈
            // (Hangul's ㅈ reads j)
            case 'z' -> first == 'd' && (second == 's' || second == 'z');
            default -> false;
        };
    }

    static float similarity(String a, Script sa, String b, Script sb) {
        return similarity(a, sa, b, sb, 0f, 0f);
    }

    private static float cost(float[] table, char c) {
        return c < SYMBOLS ? table[c] : 1f;
    }
}
