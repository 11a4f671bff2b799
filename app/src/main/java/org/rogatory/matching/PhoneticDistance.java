package org.rogatory.matching;

/**
 * How alike two words sound: a weighted edit distance over their phonetic codes, where the cost of
 * each edit depends on the sounds and on the scripts the words came from ({@link Sounds}), turned
 * into a similarity in [0, 1] by dividing by the cost of deleting the longer word.
 */
final class PhoneticDistance {

    static final float TRANSPOSITION = 0.6f;

    private PhoneticDistance() {
    }

    static float similarity(String a, Script sa, String b, Script sb) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0f : 1f;
        }
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return 0f;
        }
        Sounds.Pair pair = Sounds.Pair.of(sa, sb);
        float[] delA = new float[n];
        float[] delB = new float[m];
        float totalA = 0;
        float totalB = 0;
        for (int i = 0; i < n; i++) {
            delA[i] = i == 0 ? Sounds.initialDeletion(a.charAt(0), sa, sb) : Sounds.deletion(a.charAt(i), sa, sb);
            totalA += delA[i];
        }
        for (int j = 0; j < m; j++) {
            delB[j] = j == 0 ? Sounds.initialDeletion(b.charAt(0), sb, sa) : Sounds.deletion(b.charAt(j), sb, sa);
            totalB += delB[j];
        }
        float[] beforePrevious = new float[m + 1];
        float[] previous = new float[m + 1];
        float[] current = new float[m + 1];
        for (int j = 1; j <= m; j++) {
            previous[j] = previous[j - 1] + delB[j - 1];
        }
        for (int i = 1; i <= n; i++) {
            current[0] = previous[0] + delA[i - 1];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                float substitute = previous[j - 1] + Sounds.substitution(ca, b.charAt(j - 1), pair);
                float deleteA = previous[j] + delA[i - 1];
                float deleteB = current[j - 1] + delB[j - 1];
                float best = Math.min(substitute, Math.min(deleteA, deleteB));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1) && ca != b.charAt(j - 1)) {
                    // two neighbouring letters swapped, the commonest typing slip (Adbul, Parilndungan)
                    best = Math.min(best, beforePrevious[j - 2] + TRANSPOSITION);
                }
                current[j] = best;
            }
            float[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        float distance = previous[m];
        float scale = Math.max(totalA, totalB);
        return scale <= 0 ? 0f : Math.max(0f, 1f - distance / scale);
    }
}
