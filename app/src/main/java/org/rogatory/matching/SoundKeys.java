package org.rogatory.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Look-up keys that bring together words which may sound alike: the consonant skeleton of a phonetic
 * code in coarse classes (labials, dentals, velars, sibilants, liquids, nasals; vowels, h and y
 * dropped). A word is filed under its skeleton and found from every skeleton one consonant class
 * away, so that one added, dropped or changed consonant still meets. Only a first sieve: every word
 * found is then measured by {@link PhoneticDistance}.
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

    /**
     * The skeleton with the weak nasal and liquid symbols read as the consonants they may stand for: the
     * Chinese nasal coda {@code N}/{@code G} as n/ng, the Korean or Arabic {@code L} and the Japanese
     * {@code R} as l/r. 近平 (jiNpiNG) is then filed where Jinping is, as well as where Jiping is; 이
     * where Lee is and where Yi is; سعد الدين where Saad al-Din is and where Saduddin is.
     */
    static String strongSkeleton(String code) {
        StringBuilder out = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char k = strongClassOf(code.charAt(i));
            if (k != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != k)) {
                out.append(k);
            }
        }
        return out.toString();
    }

    private static char strongClassOf(char c) {
        return switch (c) {
            case 'N' -> 'N';
            case 'G' -> 'K';
            case 'L', 'R' -> 'R';
            default -> classOf(c);
        };
    }

    /**
     * The keys a word is filed under: its skeleton, its strong skeleton when that differs, and when it has
     * a th ({@code T}: Latin th, Arabic ث) or an Arabic ذ ض ظ ({@code Z}) its skeleton with them read as
     * the s and z that Persian, Japanese and Korean say (Ghiyasuddin = غیاث الدین, Arthur = アーサー,
     * Faizullah = فیض الله).
     */
    static List<String> indexKeys(String code) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(skeleton(code));
        keys.add(strongSkeleton(code));
        if (code.indexOf('T') >= 0 || code.indexOf('Z') >= 0) {
            keys.add(skeleton(code.replace('T', 's').replace('Z', 'z')));
        }
        return List.copyOf(keys);
    }

    /** The skeletons a query word looks up: one edit from each key it would be filed under. */
    static Set<String> lookupKeys(String code) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : indexKeys(code)) {
            keys.addAll(neighbourhood(key, CLASSES));
        }
        return keys;
    }

    /** The length of {@link #skeleton}, without building it. */
    static int skeletonLength(String code) {
        return classRuns(code, false);
    }

    /** The length of {@link #strongSkeleton}, without building it. */
    static int strongSkeletonLength(String code) {
        return classRuns(code, true);
    }

    /**
     * How many runs of one consonant class a code has, its weak symbols dropped or, when {@code strong},
     * read as {@link #strongSkeleton} reads them.
     */
    private static int classRuns(String code, boolean strong) {
        int length = 0;
        char last = 0;
        for (int i = 0; i < code.length(); i++) {
            char k = strong ? strongClassOf(code.charAt(i)) : classOf(code.charAt(i));
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
            case 'd', 't', 'T', 'Z' -> 'D';
            case 'g', 'k' -> 'K';
            case 's', 'z', 'x', 'c', 'j', 'q', 'C' -> 'S';
            case 'l', 'r' -> 'R';
            case 'm', 'n' -> 'N';
            default -> 0;
        };
    }

    /** Classes a consonant skeleton is written in. */
    private static final char[] CLASSES = {'B', 'D', 'K', 'S', 'R', 'N'};

    /**
     * The key a vocabulary word is filed under: its skeleton. Queries look up every skeleton one edit
     * away ({@link #neighbourhood}), so buckets stay small (words with exactly that skeleton) and each
     * look-up is a handful of hash probes.
     */
    static String indexKey(String code) {
        return skeleton(code);
    }

    /** The skeletons within one inserted, dropped or changed consonant class of {@code code}'s. */
    static Set<String> neighbourhood(String code) {
        return neighbourhood(skeleton(code), CLASSES);
    }

    /**
     * The obstruent skeleton (b, d, g, s classes only): Chinese, Japanese and Korean renderings keep the
     * stops and hisses of a foreign name but blur or drop its l, r, m and n (Winters = 温特斯 wen-te-si).
     * Null when it has fewer than two obstruents, which says too little to look a word up by.
     */
    static String obstruentKey(String code) {
        StringBuilder out = new StringBuilder();
        for (char c : skeleton(code).toCharArray()) {
            if (c != 'R' && c != 'N' && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.length() < 2 ? null : out.toString();
    }

    /**
     * A skeleton and those one edit away. A skeleton of one class or none only finds itself: one edit
     * away from it lies much of the vocabulary.
     */
    private static Set<String> neighbourhood(String skeleton, char[] classes) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(skeleton);
        if (skeleton.length() < 2) {
            return keys;
        }
        StringBuilder edit = new StringBuilder();
        for (int i = 0; i <= skeleton.length(); i++) {
            for (char c : classes) {
                edit.setLength(0);
                keys.add(edit.append(skeleton, 0, i).append(c).append(skeleton, i, skeleton.length()).toString());
                if (i < skeleton.length() && c != skeleton.charAt(i)) {
                    edit.setLength(0);
                    keys.add(edit.append(skeleton, 0, i).append(c).append(skeleton, i + 1, skeleton.length()).toString());
                }
            }
            if (i < skeleton.length()) {
                keys.add(skeleton.substring(0, i) + skeleton.substring(i + 1));
            }
        }
        return keys;
    }
}
