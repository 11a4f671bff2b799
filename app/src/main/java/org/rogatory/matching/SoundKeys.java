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

    private static char classOf(char c) {
        return switch (c) {
            case 'b', 'p', 'f', 'v' -> 'B';
            case 'd', 't' -> 'D';
            case 'g', 'k' -> 'K';
            case 's', 'z', 'x', 'c', 'j' -> 'S';
            case 'l', 'r', 'L' -> 'R';
            case 'm', 'n' -> 'N';
            default -> 0;
        };
    }

    static Set<String> keys(String code) {
        String skeleton = skeleton(code);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(skeleton);
        if (skeleton.length() >= 2) {
            for (int i = 0; i < skeleton.length(); i++) {
                keys.add(skeleton.substring(0, i) + skeleton.substring(i + 1));
            }
        }
        return keys;
    }
}
