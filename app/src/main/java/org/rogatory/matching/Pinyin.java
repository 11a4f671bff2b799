package org.rogatory.matching;

/**
 * One pinyin syllable (ASCII, no tone) as sounds. Chinese writes a foreign name with syllables whose
 * vowel or nasal coda is often only there to make a syllable: 斯 si = s, 德 de = d, 爾 er = r,
 * 詹 zhan = Ja(mes). Those parts become weak symbols ({@code @}, {@code N}, {@code G}); the
 * initials become the sounds they are (zh = j, q = ch, x = sh, c = ts).
 */
final class Pinyin {

    private static final String[] INITIALS = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
            "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"};

    private Pinyin() {
    }

    static String encode(String syllable) {
        String initial = "";
        for (String candidate : INITIALS) {
            if (syllable.startsWith(candidate) && syllable.length() > candidate.length()) {
                initial = candidate;
                break;
            }
        }
        String fin = syllable.substring(initial.length());
        if (initial.equals("y") || initial.equals("w")) {
            return Sounds.normalize(glide(initial, fin));
        }
        if (initial.equals("h") && fin.length() > 1 && fin.startsWith("u") && !fin.equals("uo")
                && !fin.equals("un")) {
            // hua, huai, hui, huang stand for the W of foreign names (Howard = 霍华德, Edward = 爱德华)
            return Sounds.normalize("Hv" + finalSound("w", fin.substring(1)));
        }
        return Sounds.normalize(initialSound(initial) + finalSound(initial, fin));
    }

    /** Syllables written with y or w: the glide and the vowels as they are (ye, you, yue, wei, wo). */
    private static String glide(String initial, String fin) {
        if (initial.equals("y")) {
            return switch (fin) {
                case "i" -> "i";
                case "in" -> "iN";
                case "ing" -> "iNG";
                case "ou" -> "yu";
                case "an" -> "yeN";
                default -> "y" + nasal(fin);
            };
        }
        return fin.equals("u") ? "u" : "v" + nasal(fin);
    }

    private static String nasal(String fin) {
        if (fin.endsWith("ng")) {
            return fin.substring(0, fin.length() - 2) + "NG";
        }
        if (fin.endsWith("n")) {
            return fin.substring(0, fin.length() - 1) + "N";
        }
        return fin;
    }

    private static String initialSound(String initial) {
        return switch (initial) {
            case "zh" -> "j";
            case "ch", "q" -> "c";
            case "sh", "x" -> "x";
            case "c" -> "q";
            case "w" -> "v";
            default -> initial;
        };
    }

    private static String finalSound(String initial, String fin) {
        boolean sibilant = switch (initial) {
            case "z", "c", "s", "zh", "ch", "sh", "r" -> true;
            default -> false;
        };
        return switch (fin) {
            case "e" -> initial.isEmpty() ? "e" : "@";
            case "i" -> sibilant ? "@" : "i";
            case "u" -> switch (initial) {
                case "b", "p", "m", "f", "d", "t", "k", "g", "s" -> "@";
                case "w" -> "";
                default -> "u";
            };
            case "er" -> "@r";
            case "an" -> "aN";
            case "en" -> "eN";
            case "ang" -> "aNG";
            case "eng" -> "eNG";
            case "ong" -> "oNG";
            case "ian" -> "ieN";
            case "in" -> "iN";
            case "iang" -> "iaNG";
            case "ing" -> "iNG";
            case "iong" -> "ioNG";
            case "uo" -> "o";
            case "uan" -> "uaN";
            case "un" -> "uN";
            case "uang" -> "uaNG";
            case "ve", "ue" -> "ue";
            case "v" -> "u";
            default -> fin;
        };
    }
}
