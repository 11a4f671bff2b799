package org.rogatory.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second reading of a Latin spelling, as an English speaker would say it. Cyrillic, Arabic, Hebrew,
 * Chinese, Japanese and Korean render English names by sound (James = Джеймс, Shawn = Шон, Paul = 保罗, Hume =
 * Хьюм), so against those scripts the spelling is also compared in this reading: a vowel with a silent final
 * e is long (James, Mike, Jones, Hume, Yates), aw/au are o, ow is au (Brown, Howell), ew is yu, ea and ee
 * are i, air is ear (Blair = ブレア, Claire = クレア), igh is ai, a final y or ye of a one-syllable word is
 * ai (Ty, Tye), and so is a y after the first consonants that opens a syllable (Ryan, Tyler, Myers), the
 * e after a final ay is silent (Shaye, Kaye), a c or g before a silent final e is soft (Grace, Page,
 * Hodge), a final oe of a short word is o (Joe, Roe),
 * kn-, wr-, wh-, woo-, -mb and -ugh lose their silent letters (Hugh, Attenborough), so does the p of mps and mpb (Simpson = سيمسون,
 * Campbell = كامبل), and a final ey is i (Joey, Harvey, Kelley). A short list gives the sound of common
 * given names that no rule does (Michael, Sean, Ian, Stephen).
 */
final class EnglishReading {

    private static final Pattern MAGIC_E = Pattern.compile("(^y?|[^aeiouy])([aeiou])([bcdfgklmnprstvz])e(s?)$");
    /** A y that opens a syllable's vowel after the first consonants: Ryan, Bryant, Tyler, Myers. */
    private static final Pattern OPEN_Y = Pattern.compile("^([^aeiouy]+)y([aeiou][^aeiouy]|[^aeiouy][aeiou])");
    /** A c or g before a final silent e after a consonant is soft too (Vance, Hodge, Sarge). */
    private static final Pattern SOFT_ENDING = Pattern.compile("(dg|(?<=[^aeiou])[cg])e$");
    /** The air of Blair and Claire, not before a vowel (Airey); E stands for an e later rules leave alone. */
    private static final Pattern AIR = Pattern.compile("aire?($|[^aeiouy])");
    private static final Pattern POSTVOCALIC_R = Pattern.compile("([aeiou])r+([^aeiouy]|$)");
    private static final Pattern ONE_SYLLABLE_Y = Pattern.compile("^[^aeiouy]+ye?$");

    private EnglishReading() {
    }

    /** Common given names whose sound their spelling does not give (Michael = maikl, Sean = shon). */
    private static final Map<String, String> IRREGULAR = irregular();

    private static Map<String, String> irregular() {
        Map<String, String> said = new HashMap<>();
        for (String[] line : NameLists.read("english-irregular-names.csv")) {
            said.put(line[0], line[1]);
        }
        return Map.copyOf(said);
    }

    /** The English reading of lower-case ASCII letters, or null when it is the spelling itself. */
    static String of(String ascii) {
        if (ascii.length() < 2) {
            return null;
        }
        String irregular = IRREGULAR.get(ascii);
        if (irregular != null) {
            return irregular;
        }
        String s = ascii;
        if (s.startsWith("kn") || s.startsWith("wr")) {
            s = s.substring(1);
        } else if (s.startsWith("wh")) {
            s = "w" + s.substring(2);
        } else if (s.startsWith("woo")) {
            // the w before oo is not heard: Japanese and Korean write Woods ウッズ, 우즈
            s = s.substring(1);
        }
        if (s.endsWith("ugh")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("mb")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("oe") && s.length() <= 5) {
            s = s.substring(0, s.length() - 2) + "o";
        }
        if (s.endsWith("ey") && s.length() >= 4) {
            s = s.substring(0, s.length() - 2) + "i";
        }
        s = AIR.matcher(s).replaceAll("Ear$1");
        // ow = au comes after au = o, which would undo it
        s = s.replace("eigh", "ei").replace("ay", "ei").replace("ai", "ei").replace("igh", "ai")
                .replace("ew", "yu").replace("aw", "o").replace("au", "o").replace("ow", "au").replace("ea", "i")
                .replace("oa", "ou").replace("mps", "ms").replace("mpb", "mb");
        if (s.endsWith("eie") || s.endsWith("eies")) {
            // the e after an ay is silent too (Shaye, Kaye, Hayes)
            s = s.substring(0, s.lastIndexOf("eie") + 2) + (s.endsWith("s") ? "z" : "");
        }
        s = OPEN_Y.matcher(s).replaceFirst("$1ai$2");
        Matcher magic = MAGIC_E.matcher(s);
        if (magic.find()) {
            String longVowel = switch (magic.group(2)) {
                case "a" -> "ei";
                case "e" -> "i";
                case "i" -> "ai";
                case "o" -> "ou";
                default -> "yu";
            };
            s = s.substring(0, magic.start(2)) + longVowel + soft(magic.group(3)) + (magic.group(4).isEmpty() ? "" : "z");
        } else if (ONE_SYLLABLE_Y.matcher(s).matches()) {
            s = s.substring(0, s.lastIndexOf('y')) + "ai";
        }
        Matcher soft = SOFT_ENDING.matcher(s);
        if (soft.find()) {
            s = s.substring(0, soft.start()) + soft(soft.group(1).substring(soft.group(1).length() - 1));
        }
        return s.equals(ascii) ? null : s;
    }

    /**
     * A reading said the British way, without an r after a vowel that no vowel follows (Turner = tena),
     * or null when there is none. Japanese, Korean and Chinese render English names so.
     */
    static String withoutR(String reading) {
        String said = POSTVOCALIC_R.matcher(reading).replaceAll("$1$2");
        return said.equals(reading) || said.length() < 2 ? null : said;
    }

    /**
     * The c and g before a silent final e are soft (Grace = greis, Page = peij); the g is spelt dzh, as a
     * final j after a vowel would be read as a glide.
     */
    private static String soft(String consonant) {
        return switch (consonant) {
            case "c" -> "s";
            case "g" -> "dzh";
            default -> consonant;
        };
    }
}
