package org.rogatory.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * Arabic (with Persian and Urdu letters) and Hebrew to the phonetic alphabet. These scripts write
 * consonants and, with alef/waw/ya (aleph/vav/yod), some vowels; the weak symbols A, W, Y and H keep
 * that ambiguity instead of guessing (جون is J-W-N: John, Joun or Jawn). Short-vowel points are dropped.
 */
final class AbjadLetters {

    private static final Map<Character, String> ARABIC = new HashMap<>();
    private static final Map<Character, String> HEBREW = new HashMap<>();

    static {
        put(ARABIC, "ا", "A", "أ", "A", "إ", "A", "آ", "A", "ٱ", "A", "ء", "A", "ؤ", "A", "ئ", "A", "ى", "A",
                "ب", "b", "ت", "t", "ث", "T", "ج", "j", "ح", "h", "خ", "h", "د", "d", "ذ", "Z", "ر", "r",
                "ز", "z", "س", "s", "ش", "x", "ص", "s", "ض", "Z", "ط", "t", "ظ", "Z", "ع", "A", "غ", "g",
                "ف", "f", "ق", "k", "ك", "k", "ل", "l", "م", "m", "ن", "n", "ه", "H", "ة", "H", "و", "W",
                "ي", "Y",
                // Persian, Urdu, Kurdish, Pashto
                "پ", "p", "چ", "c", "ژ", "j", "گ", "g", "ک", "k", "ی", "Y", "ۀ", "H", "ے", "Y", "ٹ", "t",
                "ڈ", "d", "ڑ", "r", "ں", "n", "ھ", "h", "ہ", "H", "ۃ", "H", "ە", "H", "ێ", "Y", "ۆ", "W", "ڤ", "v",
                "ڭ", "n",
                "ټ", "t", "ډ", "d", "ږ", "j", "ښ", "x", "ځ", "z", "څ", "s", "ڼ", "n", "ۍ", "Y", "ې", "Y",
                "ٰ", "A");
        put(HEBREW, "א", "A", "ב", "b", "ג", "g", "ד", "d", "ה", "h", "ו", "W", "ז", "z", "ח", "h",
                "ט", "t", "י", "Y", "כ", "k", "ך", "k", "ל", "l", "מ", "m", "ם", "m", "נ", "n", "ן", "n",
                "ס", "s", "ע", "A", "פ", "p", "ף", "f", "צ", "q", "ץ", "q", "ק", "k", "ר", "r", "ש", "x",
                "ת", "t", "װ", "v", "ױ", "Y", "ײ", "Y");
    }

    private static void put(Map<Character, String> map, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i].charAt(0), pairs[i + 1]);
        }
    }

    private AbjadLetters() {
    }

    /** Letter variants folded, for comparing a word with a list: ى ی → ي, ک → ك, أ إ آ → ا, ة → ه. */
    static String plainArabic(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(switch (c) {
                case 'ى', 'ی', 'ې', 'ۍ' -> 'ي';
                case 'ک' -> 'ك';
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ة', 'ہ', 'ۃ' -> 'ه';
                default -> c;
            });
        }
        return out.toString();
    }

    static String arabic(String word) {
        StringBuilder out = new StringBuilder(word.length() + 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            if (c == 'ت' && next == 'ش') {
                // تش writes the ch of foreign names (تشرشل = Churchill); تس and تز stay two letters, as they
                // are in Arabic names (معتز = Moataz), and meet the ts of foreign names through PhoneticDistance
                out.append('c');
                i++;
                continue;
            }
            String sound = ARABIC.get(c);
            if (sound == null) {
                continue;
            }
            if (out.length() == 0 && (c == 'و' || c == 'ي' || c == 'ی')) {
                // at the start of a word waw and ya are consonants: Walid, Yusuf
                sound = c == 'و' ? "v" : "y";
            }
            out.append(sound);
        }
        return finish(out);
    }

    /** Hebrew; a geresh after ג ז צ ת marks the sounds j, zh, ch, th of foreign names. */
    static String hebrew(String word) {
        StringBuilder out = new StringBuilder(word.length() + 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean geresh = i + 1 < word.length() && isGeresh(word.charAt(i + 1));
            String sound;
            if (geresh && (c == 'ג' || c == 'ז')) {
                sound = "j";
            } else if (geresh && (c == 'צ' || c == 'ץ')) {
                sound = "c";
            } else if (c == 'ו' && i + 1 < word.length() && word.charAt(i + 1) == 'ו') {
                sound = "v";
                i++;
            } else if (c == 'ו' && out.length() == 0) {
                sound = "v";
            } else if (c == 'ה' && i == lastLetter(word)) {
                sound = "H";
            } else {
                sound = HEBREW.get(c);
            }
            if (sound != null) {
                out.append(sound);
            }
        }
        return finish(out);
    }

    private static boolean isGeresh(char c) {
        return c == '\'' || c == '׳' || c == '’' || c == '`' || c == '´';
    }

    private static int lastLetter(String word) {
        for (int i = word.length() - 1; i >= 0; i--) {
            if (Character.isLetter(word.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String finish(StringBuilder out) {
        return Sounds.normalizeAbjad(out);
    }
}
