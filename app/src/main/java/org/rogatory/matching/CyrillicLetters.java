package org.rogatory.matching;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Cyrillic to plain Latin letters, in the spirit of BGN/PCGN (Zh, Kh, Ts, Ch, Sh, Shch, Ya, Yu), with
 * the letters of Ukrainian, Belarusian, Kazakh, Serbian, Macedonian, Tajik and Uzbek Cyrillic. Variants
 * that other systems produce (J for Ж, H for Х, -iy/-y/-ij) are reconciled later by {@link LatinSounds}
 * and the costs of {@link Sounds}.
 */
final class CyrillicLetters {

    private static final Map<Character, String> LETTERS = new HashMap<>();

    static {
        String[] table = {
                "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "yo", "ж", "zh", "з", "z",
                "и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r",
                "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh",
                "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya",
                // Ukrainian, Belarusian
                "і", "i", "ї", "yi", "є", "ye", "ґ", "g", "ў", "w",
                // Kazakh, Tajik, Uzbek, Mongolian, Bashkir, Tatar
                "ә", "a", "ғ", "gh", "қ", "q", "ң", "ng", "ө", "o", "ұ", "u", "ү", "u", "һ", "h", "ӣ", "i",
                "ӯ", "u", "ҳ", "h", "ҷ", "j", "ҫ", "s", "ҙ", "z", "ӊ", "ng",
                // Serbian, Macedonian
                "ђ", "dj", "ј", "j", "љ", "lj", "њ", "nj", "ћ", "ch", "џ", "dzh", "ѓ", "gj", "ќ", "kj", "ѕ", "dz",
        };
        for (int i = 0; i < table.length; i += 2) {
            LETTERS.put(table[i].charAt(0), table[i + 1]);
        }
    }

    private CyrillicLetters() {
    }

    static String toLatin(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 4);
        char previous = ' ';
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String latin = LETTERS.get(c);
            if (latin == null) {
                if (c >= 'a' && c <= 'z') {
                    out.append(c);
                }
                previous = c;
                continue;
            }
            boolean afterVowelOrStart = previous == ' ' || "аеёиоуыэюяіїєъьәөұү".indexOf(previous) >= 0;
            if (c == 'е' && afterVowelOrStart) {
                latin = "ye";
            } else if (c == 'ё' && "жшчщ".indexOf(previous) >= 0) {
                latin = "o";
            }
            out.append(latin);
            previous = c;
        }
        return out.toString();
    }
}
