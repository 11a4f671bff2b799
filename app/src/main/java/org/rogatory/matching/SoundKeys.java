package org.rogatory.matching;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Look-up keys that bring together words which may sound alike: the consonant skeleton of a phonetic
 * code in coarse classes (labials, dentals, velars, sibilants, liquids, nasals; vowels, h and y
 * dropped), and the skeletons with one consonant left out, so that one added, dropped or changed
 * consonant still meets. Only a first sieve: every word found is then measured by
 * {@link PhoneticDistance}.
 */
final class SoundKeys {

    private SoundKeys() {
    }

    static String skeleton(String code) {
        StringBuilder out = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char k = classOf(code.charAt(i));
            if (k != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != k)) {
                out.append(k);
            }
        }
        return out.toString();
    }

    /** The length of {@link #skeleton}, without building it. */
    static int skeletonLength(String code) {
        int length = 0;
        char last = 0;
        for (int i = 0; i < code.length(); i++) {
            char k = classOf(code.charAt(i));
            if (k != 0 && k != last) {
                length++;
                last = k;
            }
        }
        return length;
    }

    private static char classOf(char c) {
        return switch (c) {
            case 'b', 'p', 'f', 'v' -> 'B';
            case 'd', 't', 'T' -> 'D';
            case 'g', 'k' -> 'K';
            case 's', 'z', 'x', 'c', 'j', 'q', 'C' -> 'S';
            case 'l', 'r', 'L' -> 'R';
            case 'm', 'n' -> 'N';
            default -> 0;
        };
    }

    /**
     * Keys of the obstruents only (b, d, g, s classes): Chinese, Japanese and Korean renderings keep the
     * stops and hisses of a foreign name but blur or drop its l, r, m and n (Winters = 温特斯 wen-te-si).
     */
    static Set<String> obstruentKeys(String code) {
        String skeleton = skeleton(code).replace("R", "").replace("N", "");
        StringBuilder collapsed = new StringBuilder();
        for (int i = 0; i < skeleton.length(); i++) {
            if (collapsed.length() == 0 || collapsed.charAt(collapsed.length() - 1) != skeleton.charAt(i)) {
                collapsed.append(skeleton.charAt(i));
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        if (collapsed.length() == 0) {
            return keys;
        }
        keys.add(collapsed.toString());
        if (collapsed.length() >= 3) {
            for (int i = 0; i < collapsed.length(); i++) {
                keys.add(collapsed.substring(0, i) + collapsed.substring(i + 1));
            }
        }
        return keys;
    }

    static Set<String> keys(String code) {
        String skeleton = skeleton(code);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(skeleton);
        // leaving a consonant out of a two-consonant skeleton would leave keys that half the register shares
        if (skeleton.length() >= 3) {
            for (int i = 0; i < skeleton.length(); i++) {
                keys.add(skeleton.substring(0, i) + skeleton.substring(i + 1));
            }
        }
        return keys;
    }
}
