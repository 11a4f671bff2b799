package org.rogatory.matching;

import java.util.regex.Pattern;

/**
 * A second reading of a Latin spelling, as a French speaker would say it, for words spelt the French
 * way. Other scripts render French names by sound (Bourget = Бурже, Lacroix = 拉克鲁瓦, Jacques =
 * جاك), and French spelling is far from its sound: final consonants are silent, eau/au are o, ou is u,
 * oi is wa, ai is e, ch is sh, g before e and i and j are zh, gn is ny, ill is y, in/ain are a nasal en.
 * A word is read so only when its spelling marks it as French (è ê ô û, ça, eau, -aux, -eux, -oux, -ais,
 * -ait, -ois, -oise, -oix, -oud, -aud, -et, -gne, -ille, -cques, -ault), and then every word of the name is (Charles Richet,
 * Albert Camus: the given name alone does not tell), so that English, Spanish or German names keep
 * their own reading.
 */
final class FrenchReading {

    private static final Pattern FRENCH_LETTERS = Pattern.compile("[èêëîïôûùœ]|ç[aou]");
    private static final Pattern FRENCH_SPELLING = Pattern.compile(
            "eau|ault|cques$|(aux|eux|oux|ais|ait|aix|ois|oix|oise|oud|aud|gne|ille|aume)$|[^t]et$");
    private static final String[][] RULES = {
            {"cques$", "k"}, {"que?s?$", "k"}, {"mps$", "n"},
            {"eaux?", "o"}, {"aux$", "o"}, {"au", "o"}, {"eux$", "e"}, {"eu", "e"}, {"oux$", "u"}, {"ou", "u"},
            {"oi[sx]$", "ua"}, {"oi", "ua"}, {"ai[stx]$", "e"}, {"ai", "e"}, {"ei", "e"},
            {"gne$", "ny"}, {"gn", "ny"}, {"guill", "Giy"}, {"([aeiou])ill", "$1y"}, {"ch", "sh"},
            {"gu([eiy])", "G$1"}, {"g([eiy])", "zh$1"}, {"j", "zh"}, {"c([eiy])", "s$1"}, {"qu", "k"},
            {"ph", "f"}, {"th", "t"}, {"^h", ""}, {"([aeiou])h", "$1"},
            {"(ai|ei|i)n([^aeiouy]|$)", "en$2"},
            {"([aeiou])er$", "$1e"}, {"([aeiour])[tdsxzp]$", "$1"}};
    private static final Pattern[] PATTERNS = new Pattern[RULES.length];

    static {
        for (int i = 0; i < RULES.length; i++) {
            PATTERNS[i] = Pattern.compile(RULES[i][0]);
        }
    }

    private FrenchReading() {
    }

    /** Whether a word, as written ({@code lower}, lower case) and as ASCII letters, is spelt the French way. */
    static boolean marksFrench(String lower, String ascii) {
        return ascii.length() >= 4 && (FRENCH_LETTERS.matcher(lower).find() || FRENCH_SPELLING.matcher(ascii).find());
    }

    /** The French reading of a word in ASCII letters, or null when it is the spelling itself. */
    static String of(String ascii) {
        String s = ascii;
        for (int i = 0; i < RULES.length; i++) {
            s = PATTERNS[i].matcher(s).replaceAll(RULES[i][1]);
        }
        // G marks a g kept hard (Guillaume, Guerin) so that the rule for g before e and i passed it by
        s = s.toLowerCase(java.util.Locale.ROOT);
        return s.equals(ascii) || s.length() < 2 ? null : s;
    }
}
