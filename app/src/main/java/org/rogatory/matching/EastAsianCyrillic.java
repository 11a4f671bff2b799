package org.rogatory.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The romanisation a Cyrillic word stands for when it is a Russian transcription of a Chinese or
 * Japanese name. Russian writes Chinese names in the Palladius system and Japanese names in the
 * Polivanov system, syllable by syllable, and both spell sounds that a letter-by-letter reading of
 * the Cyrillic misses: Palladius writes pinyin -ng as a bare н and -n as нь (Чжэн = Zheng, Цзянь =
 * Jian, Тун = Tong), j and z as цз, x as с before i; Polivanov writes shi, chi, ji and sho as си, ти,
 * дзи and сё (Ёити = Yoichi, Сёдзи = Shoji). A word is read only when it splits wholly into syllables
 * of one system, so Western names (Смит, Лист) keep their ordinary reading.
 */
final class EastAsianCyrillic {

    /** Cyrillic syllable to pinyin. */
    private static final Map<String, String> PALLADIUS = new HashMap<>();
    /** Cyrillic syllable to Hepburn. */
    private static final Map<String, String> POLIVANOV = new HashMap<>();
    private static final int LONGEST = 6;
    private static final Pattern JAPANESE_ONLY = Pattern.compile("ё|дз|цу|фу|[аеиоуэ]й");

    static {
        palladius();
        polivanov();
    }

    private EastAsianCyrillic() {
    }

    /**
     * The pinyin or Hepburn spelling of a lower-case Cyrillic word that splits wholly into Palladius or
     * Polivanov syllables, or null. Japanese wins when the word has a sound Chinese transcription never
     * writes (ё, дз, цу, фу, a й closing a vowel); otherwise Chinese, then Japanese.
     */
    static String reading(String word) {
        String chinese = split(word, PALLADIUS);
        String japanese = split(word, POLIVANOV);
        if (japanese != null && (chinese == null || japaneseOnly(word))) {
            return japanese;
        }
        return chinese;
    }

    /**
     * The readings of a lower-case Cyrillic word as Chinese and as Japanese, where it splits into the
     * syllables of each, the likelier first ({@link #reading}): Тика is ti-ka in Palladius, Chika in
     * Polivanov, and only the rest of the name (Уэмура) tells which.
     */
    static List<String> readings(String word) {
        String first = reading(word);
        if (first == null) {
            return List.of();
        }
        String chinese = split(word, PALLADIUS);
        String japanese = split(word, POLIVANOV);
        String other = first.equals(japanese) ? chinese : japanese;
        return other == null || other.equals(first) ? List.of(first) : List.of(first, other);
    }

    private static boolean japaneseOnly(String word) {
        return JAPANESE_ONLY.matcher(word).find();
    }

    /** The syllables' romanisation joined, longest syllable first at each point, or null if none fits. */
    private static String split(String word, Map<String, String> syllables) {
        if (word.length() < 2) {
            return null;
        }
        String[] best = new String[word.length() + 1];
        best[word.length()] = "";
        for (int i = word.length() - 1; i >= 0; i--) {
            for (int end = Math.min(word.length(), i + LONGEST); end > i; end--) {
                String latin = syllables.get(word.substring(i, end));
                if (latin != null && best[end] != null) {
                    best[i] = latin + best[end];
                    break;
                }
            }
        }
        return best[0];
    }

    private static void palladius() {
        String[][] plainFinals = {
                {"a", "а"}, {"o", "о"}, {"e", "э"}, {"ai", "ай"}, {"ei", "эй"}, {"ao", "ао"}, {"ou", "оу"},
                {"an", "ань"}, {"en", "энь"}, {"ang", "ан"}, {"eng", "эн"}, {"ong", "ун"}, {"u", "у"},
                {"ua", "уа"}, {"uo", "о"}, {"uai", "уай"}, {"ui", "уй"}, {"uan", "уань"}, {"un", "унь"},
                {"uang", "уан"}};
        String[][] palatalFinals = {
                {"i", "и"}, {"ia", "я"}, {"ie", "е"}, {"iao", "яо"}, {"iu", "ю"}, {"ian", "янь"}, {"in", "инь"},
                {"iang", "ян"}, {"ing", "ин"}, {"iong", "юн"}};
        String[][] roundedFinals = {{"u", "юй"}, {"ue", "юэ"}, {"uan", "юань"}, {"un", "юнь"}};
        String[][] plainInitials = {
                {"b", "б"}, {"p", "п"}, {"m", "м"}, {"f", "ф"}, {"d", "д"}, {"t", "т"}, {"n", "н"}, {"l", "л"},
                {"g", "г"}, {"k", "к"}, {"h", "х"}, {"zh", "чж"}, {"ch", "ч"}, {"sh", "ш"}, {"r", "ж"},
                {"z", "цз"}, {"c", "ц"}, {"s", "с"}};
        for (String[] initial : plainInitials) {
            // pinyin writes o after a labial (bo, mo) and uo after any other initial (tuo, guo): both are о
            boolean labial = "bpmf".contains(initial[0]);
            for (String[] fin : plainFinals) {
                if (!fin[0].equals(labial ? "uo" : "o")) {
                    PALLADIUS.putIfAbsent(initial[1] + fin[1], initial[0] + fin[0]);
                }
            }
        }
        for (String initial : new String[]{"b", "p", "m", "d", "t", "n", "l"}) {
            String cyrillic = lookup(plainInitials, initial);
            for (String[] fin : palatalFinals) {
                PALLADIUS.put(cyrillic + fin[1], initial + fin[0]);
            }
        }
        PALLADIUS.put("нюй", "nü");
        PALLADIUS.put("люй", "lü");
        PALLADIUS.put("нюэ", "nüe");
        PALLADIUS.put("люэ", "lüe");
        String[][] palatalInitials = {{"j", "цз"}, {"q", "ц"}, {"x", "с"}};
        for (String[] initial : palatalInitials) {
            for (String[] fin : palatalFinals) {
                PALLADIUS.put(initial[1] + fin[1], initial[0] + fin[0]);
            }
            for (String[] fin : roundedFinals) {
                PALLADIUS.put(initial[1] + fin[1], initial[0] + fin[0]);
            }
        }
        // the apical vowel after z, c, s is ы; after zh, ch, sh, r it is и
        PALLADIUS.put("цзы", "zi");
        PALLADIUS.put("цы", "ci");
        PALLADIUS.put("сы", "si");
        for (String[] retroflex : new String[][]{{"zh", "чж"}, {"ch", "ч"}, {"sh", "ш"}, {"r", "ж"}}) {
            PALLADIUS.put(retroflex[1] + "и", retroflex[0] + "i");
        }
        PALLADIUS.put("хуэй", "hui");
        String[][] zeroInitial = {
                {"a", "а"}, {"ai", "ай"}, {"an", "ань"}, {"ang", "ан"}, {"ao", "ао"}, {"e", "э"}, {"ei", "эй"},
                {"en", "энь"}, {"eng", "эн"}, {"er", "эр"}, {"o", "о"}, {"ou", "оу"}, {"yi", "и"}, {"ya", "я"},
                {"yao", "яо"}, {"ye", "е"}, {"you", "ю"}, {"yan", "янь"}, {"yin", "инь"}, {"yang", "ян"},
                {"ying", "ин"}, {"yong", "юн"}, {"yu", "юй"}, {"yue", "юэ"}, {"yuan", "юань"}, {"yun", "юнь"},
                {"wu", "у"}, {"wa", "ва"}, {"wo", "во"}, {"wai", "вай"}, {"wei", "вэй"}, {"wan", "вань"},
                {"wen", "вэнь"}, {"wang", "ван"}, {"weng", "вэн"}};
        for (String[] syllable : zeroInitial) {
            PALLADIUS.put(syllable[1], syllable[0]);
        }
    }

    private static String lookup(String[][] pairs, String latin) {
        for (String[] pair : pairs) {
            if (pair[0].equals(latin)) {
                return pair[1];
            }
        }
        throw new IllegalArgumentException(latin);
    }

    private static void polivanov() {
        String[] vowels = {"a", "а", "i", "и", "u", "у", "e", "э", "o", "о"};
        String[] rows = {"", "", "k", "к", "s", "с", "t", "т", "n", "н", "h", "х", "m", "м", "r", "р", "g", "г",
                "z", "дз", "d", "д", "b", "б", "p", "п"};
        for (int r = 0; r < rows.length; r += 2) {
            for (int v = 0; v < vowels.length; v += 2) {
                POLIVANOV.put(rows[r + 1] + vowels[v + 1], rows[r] + vowels[v]);
            }
        }
        POLIVANOV.put("си", "shi");
        POLIVANOV.put("ти", "chi");
        POLIVANOV.put("цу", "tsu");
        POLIVANOV.put("фу", "fu");
        POLIVANOV.put("дзи", "ji");
        POLIVANOV.put("ва", "wa");
        String[] glides = {"a", "я", "u", "ю", "o", "ё"};
        String[] palatalRows = {"y", "", "ky", "к", "sh", "с", "ch", "т", "ny", "н", "hy", "х", "my", "м", "ry", "р",
                "gy", "г", "j", "дз", "by", "б", "py", "п"};
        for (int r = 0; r < palatalRows.length; r += 2) {
            for (int g = 0; g < glides.length; g += 2) {
                POLIVANOV.put(palatalRows[r + 1] + glides[g + 1], palatalRows[r] + glides[g]);
            }
        }
        // the syllabic n, and the i that closes a diphthong (Сэйдзи = Seiji)
        POLIVANOV.put("н", "n");
        POLIVANOV.put("нъ", "n");
        POLIVANOV.put("й", "i");
    }
}
