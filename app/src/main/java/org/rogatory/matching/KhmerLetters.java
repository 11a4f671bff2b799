package org.rogatory.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * Khmer to Latin letters in the spirit of the UNGEGN romanisation (ហ៊ុន សែន = Hun Sen, ប៉ុល ពត = Pol
 * Pot), which ICU has no transform for. A consonant belongs to one of two series, which the signs ៊ and
 * ៉ change, and the commonest vowel signs are read by the series of the consonant they follow (ុ is o
 * after ប៉, u after ហ៊); the others are read one way, as romanisations of Cambodian names disagree about
 * vowels anyway. ប with ៉ is p. A consonant followed straight by another that is not its subscript
 * carries the unwritten vowel of its syllable ({@code @}, as a syllabic script's vowel), so that ពត is
 * p-o-t; a subscript consonant (after the coeng ្) carries none.
 */
final class KhmerLetters {

    private static final Map<Character, String> LETTERS = new HashMap<>();
    /** The vowel signs read otherwise after a consonant of the second series. */
    private static final Map<Character, String> SECOND_SERIES = Map.of('ា', "ea", 'ិ', "i", 'ី', "i", 'ុ', "u", 'ូ', "u");
    /** Consonants of the first series; the others are of the second. */
    private static final String FIRST_SERIES = "កខចឆដឋណតថបផសហឡអឝឞ";
    private static final char COENG = '\u17D2';
    private static final char ROBAT = '\u17CC';
    private static final char TO_SECOND_SERIES = '\u17CA';
    private static final char TO_FIRST_SERIES = '\u17C9';

    static {
        String[] table = {
                // consonants
                "ក", "k", "ខ", "kh", "គ", "k", "ឃ", "kh", "ង", "ng", "ច", "ch", "ឆ", "chh", "ជ", "ch", "ឈ", "chh",
                "ញ", "nh", "ដ", "d", "ឋ", "th", "ឌ", "d", "ឍ", "th", "ណ", "n", "ត", "t", "ថ", "th", "ទ", "t",
                "ធ", "th", "ន", "n", "ប", "b", "ផ", "ph", "ព", "p", "ភ", "ph", "ម", "m", "យ", "y", "រ", "r",
                "ល", "l", "វ", "v", "ឝ", "s", "ឞ", "s", "ស", "s", "ហ", "h", "ឡ", "l", "អ", "",
                // independent vowels
                "ឥ", "e", "ឦ", "ei", "ឧ", "o", "ឩ", "ou", "ឪ", "ov", "ឫ", "rue", "ឬ", "rueu", "ឭ", "lue", "ឮ", "lueu",
                "ឯ", "ae", "ឰ", "ai", "ឱ", "ao", "ឲ", "ao", "ឳ", "au",
                // vowel signs, nikahit (am) and reahmuk (final h)
                "ា", "a", "ិ", "e", "ី", "ei", "ឹ", "oe", "ឺ", "eu", "ុ", "o", "ូ", "o", "ួ", "uo", "ើ", "aeu",
                "ឿ", "oea", "ៀ", "ie", "េ", "e", "ែ", "ae", "ៃ", "ai", "ោ", "ao", "ៅ", "au", "ំ", "m", "ះ", "h",
                "ៈ", "a",
        };
        for (int i = 0; i < table.length; i += 2) {
            LETTERS.put(table[i].charAt(0), table[i + 1]);
        }
    }

    private KhmerLetters() {
    }

    static boolean isKhmer(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\u1780' && c <= '\u17FF') {
                return true;
            }
        }
        return false;
    }

    /** Latin letters for a Khmer word; signs that only change a consonant's series or length are left out. */
    static String latin(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        boolean secondSeries = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean subscript = i > 0 && word.charAt(i - 1) == COENG;
            if (c == ROBAT) {
                out.append('r');
                continue;
            }
            if (c == TO_SECOND_SERIES || c == TO_FIRST_SERIES) {
                secondSeries = c == TO_SECOND_SERIES;
                continue;
            }
            String letters = secondSeries ? SECOND_SERIES.getOrDefault(c, LETTERS.get(c)) : LETTERS.get(c);
            if (letters == null) {
                continue;
            }
            if (consonant(c) && !subscript) {
                secondSeries = FIRST_SERIES.indexOf(c) < 0;
                if (c == 'ប' && i + 1 < word.length() && word.charAt(i + 1) == TO_FIRST_SERIES) {
                    letters = "p";
                }
            }
            out.append(letters);
            if (consonant(c) && !subscript && i + 1 < word.length() && consonant(word.charAt(i + 1))
                    && (i == 0 || !consonant(word.charAt(i - 1)))) {
                out.append('@');
            }
        }
        return out.toString();
    }

    private static boolean consonant(char c) {
        return c >= '\u1780' && c <= '\u17A2';
    }
}
