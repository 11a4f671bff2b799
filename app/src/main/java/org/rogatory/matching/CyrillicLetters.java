package org.rogatory.matching;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Cyrillic to the phonetic alphabet, letter by letter in the spirit of BGN/PCGN (Ж = zh, Х = kh,
 * Ц = ts, Ч = ch, Ш = sh, Я = ya), with the letters of Ukrainian, Belarusian, Kazakh, Serbian,
 * Macedonian, Tajik and Uzbek Cyrillic, and the conventions Russian uses for foreign names: a leading
 * Уэ/Уи/Уо for W (Уильям = William), Дз and Цз for the J of Japanese and Chinese names, Чж for Zh,
 * э inside a word for the English a (Стэнли = Stanley, the weak {@code E} of {@link Sounds}).
 * ICU's BGN transform knows Russian only, and its ISO 9 transform leaves diacritics that would have
 * to be unpacked again; mapping straight to sounds also avoids false digraphs (Голдштейн is d-sh, not
 * dzh).
 */
final class CyrillicLetters {

    private static final Map<Character, String> SOUNDS = new HashMap<>();
    private static final String VOWELS = "аеёиоуыэюяіїєәөұүӯӣ";

    static {
        String[] table = {
                "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "yo", "ж", "j", "з", "z",
                "и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r",
                "с", "s", "т", "t", "у", "u", "ф", "f", "х", "h", "ц", "q", "ч", "c", "ш", "x",
                "щ", "xc", "ъ", "", "ы", "i", "ь", "", "э", "e", "ю", "yu", "я", "ya",
                // Ukrainian, Belarusian
                "і", "i", "ї", "yi", "є", "ye", "ґ", "g", "ў", "v",
                // Kazakh, Tajik, Uzbek, Mongolian, Bashkir, Tatar
                "ә", "a", "ғ", "g", "қ", "k", "ң", "n", "ө", "o", "ұ", "u", "ү", "u", "һ", "h", "ӣ", "i",
                "ӯ", "u", "ҳ", "h", "ҷ", "j", "ҫ", "s", "ҙ", "z", "ӊ", "n",
                // Serbian, Macedonian
                "ђ", "j", "ј", "j", "љ", "l", "њ", "n", "ћ", "c", "џ", "j", "ѓ", "j", "ќ", "c", "ѕ", "z",
        };
        for (int i = 0; i < table.length; i += 2) {
            SOUNDS.put(table[i].charAt(0), table[i + 1]);
        }
    }

    /** The letters only Serbian and Macedonian Cyrillic have. */
    private static final String SERBIAN_OR_MACEDONIAN = "ђћџљњјѓќѕ";
    /** Serbian Cyrillic as Gaj's Latin alphabet writes it, with its marks dropped (Вучић = Vučić = Vucic). */
    private static final Map<Character, String> SERBIAN_LATIN_WITHOUT_MARKS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('ђ', "d"), Map.entry('е', "e"), Map.entry('ж', "z"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('ј', "j"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('љ', "lj"), Map.entry('м', "m"),
            Map.entry('н', "n"), Map.entry('њ', "nj"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
            Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('ћ', "c"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "h"), Map.entry('ц', "c"), Map.entry('ч', "c"), Map.entry('џ', "dz"), Map.entry('ш', "s"),
            Map.entry('ѓ', "g"), Map.entry('ќ', "k"), Map.entry('ѕ', "dz"));

    private CyrillicLetters() {
    }

    /** Whether a lower-case Cyrillic word has a letter only Serbian and Macedonian write. */
    static boolean serbianOrMacedonian(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (SERBIAN_OR_MACEDONIAN.indexOf(lower.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lower-case Serbian or Macedonian word in Latin letters with their marks dropped, as ASCII-only
     * systems write it (Ђорђе Вучић = Đorđe Vučić = Dorde Vucic); null when it has a letter these
     * alphabets lack.
     */
    static String latinWithoutMarks(String lower) {
        StringBuilder out = new StringBuilder(lower.length() + 2);
        for (int i = 0; i < lower.length(); i++) {
            String latin = SERBIAN_LATIN_WITHOUT_MARKS.get(lower.charAt(i));
            if (latin == null) {
                return null;
            }
            out.append(latin);
        }
        return out.toString();
    }

    static String encode(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 4);
        char previous = ' ';
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char next = i + 1 < lower.length() ? lower.charAt(i + 1) : ' ';
            String sound = SOUNDS.get(c);
            if (sound == null) {
                previous = c;
                continue;
            }
            boolean start = previous == ' ';
            if (c == 'у' && start && "эиоа".indexOf(next) >= 0) {
                sound = "v";
            } else if ((c == 'д' || c == 'ц') && next == 'з' || (c == 'ч' || c == 'д') && next == 'ж') {
                sound = "j";
                i++;
            } else if (c == 'о' && next == 'у') {
                // оу renders the English ow and ou of foreign names (Роули = Rowley, Лоуренс = Lawrence)
                sound = "u";
                i++;
            } else if (c == 'е' && (start || VOWELS.indexOf(previous) >= 0 || previous == 'ъ' || previous == 'ь')) {
                sound = "ye";
            } else if (c == 'ё' && "жшчщ".indexOf(previous) >= 0) {
                sound = "o";
            } else if (c == 'э' && !start) {
                sound = "E";
            }
            out.append(sound);
            previous = c;
        }
        return Sounds.normalize(out);
    }
}
