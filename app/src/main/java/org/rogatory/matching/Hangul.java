package org.rogatory.matching;

/**
 * One Hangul syllable in Revised Romanisation (ASCII) as sounds. Korean has no f, v, z or th and adds
 * the vowel eu (ㅡ) to write a lone consonant (스 seu = s); that vowel becomes the weak {@code @}. Final
 * consonants are read as they sound (박 bag = Pak), ㄹ as r before a vowel and l after one.
 */
final class Hangul {

    private static final String[] INITIALS = {"kk", "tt", "pp", "ss", "jj", "ch", "g", "n", "d", "r", "l", "m",
            "b", "s", "j", "k", "t", "p", "h"};
    private static final String[] VOWELS = {"yae", "yeo", "wae", "ae", "ya", "eo", "ye", "wa", "oe", "yo", "wo",
            "we", "wi", "yu", "eu", "ui", "a", "e", "o", "u", "i"};

    private Hangul() {
    }

    static String encode(String romanised) {
        String initial = "";
        for (String candidate : INITIALS) {
            if (romanised.startsWith(candidate)) {
                initial = candidate;
                break;
            }
        }
        String rest = romanised.substring(initial.length());
        String vowel = "";
        for (String candidate : VOWELS) {
            if (rest.startsWith(candidate)) {
                vowel = candidate;
                break;
            }
        }
        String coda = rest.substring(vowel.length());
        return initialSound(initial) + vowelSound(vowel) + codaSound(coda);
    }

    private static String initialSound(String initial) {
        return switch (initial) {
            case "kk" -> "k";
            case "tt" -> "t";
            case "pp" -> "p";
            case "ss" -> "s";
            case "jj" -> "j";
            case "ch" -> "c";
            case "l" -> "r";
            default -> initial;
        };
    }

    private static String vowelSound(String vowel) {
        return switch (vowel) {
            case "ae" -> "e";
            case "yae" -> "ye";
            // ㅓ renders the English er/ur/ir as often as a plain o or u (퍼스트 = First)
            case "eo" -> "oR";
            case "yeo" -> "yoR";
            case "wa" -> "va";
            case "wae", "we" -> "ve";
            case "wo" -> "vo";
            case "wi" -> "vi";
            case "eu" -> "@";
            default -> vowel;
        };
    }

    private static String codaSound(String coda) {
        if (coda.isEmpty()) {
            return "";
        }
        if (coda.equals("ng")) {
            return "ng";
        }
        return switch (coda.charAt(0)) {
            case 'g', 'k' -> "k";
            case 'd', 't', 's', 'j', 'c', 'h' -> "t";
            case 'b', 'p' -> "p";
            case 'l', 'r' -> "l";
            case 'n' -> "n";
            case 'm' -> "m";
            default -> "";
        };
    }
}
