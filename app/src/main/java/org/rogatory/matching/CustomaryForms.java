package org.rogatory.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names whose form in another script is set by custom rather than by sound, so that no reading finds
 * it: Korean family names in Latin letters (유 = Yoo, 이 = Lee, 최 = Choi), Western given names in
 * Chinese (John = 约翰, George = 乔治) and the Hebrew forms of Biblical names (יצחק = Isaac, שלמה =
 * Solomon). Sources (resources beside this class): {@code korean-family-names.csv},
 * {@code han-given-names.csv} and {@code hebrew-given-names.csv}.
 */
final class CustomaryForms {

    /** A native form to the Latin spellings (ASCII) it is the customary form of. */
    private static final Map<String, Set<String>> LATIN_SPELLINGS = new HashMap<>();
    /** A Chinese word (simplified) to the Western given names it is the customary form of. */
    private static final Map<String, List<NameToken>> LATIN_FORMS_OF_HAN = new HashMap<>();

    static {
        load("korean-family-names.csv", true, Script.HANGUL);
        load("han-given-names.csv", false, Script.HAN);
        load("hebrew-given-names.csv", true, Script.HEBREW);
    }

    private CustomaryForms() {
    }

    /** Whether one word is the customary form of the other (Hangul, Han or Hebrew against Latin). */
    static boolean same(NameToken a, NameToken b) {
        return customary(a, b) || customary(b, a);
    }

    /**
     * The Western given names a Chinese word is the customary form of (约翰: John), so that a look-up by
     * sound, which cannot find them, finds them this way. Only this way round: the Latin name's own
     * readings already meet its renderings in the other scripts, and a Korean family name's Latin
     * spellings (Jung, Sung, Kang) are given-name syllables as often.
     */
    static List<NameToken> latinFormsOf(NameToken token) {
        return token.role() == NameToken.Role.NAME && token.script() == Script.HAN && token.nativeKey() != null
                ? LATIN_FORMS_OF_HAN.getOrDefault(token.nativeKey(), List.of()) : List.of();
    }

    private static boolean customary(NameToken nativeWord, NameToken latin) {
        if (latin.script() != Script.LATIN) {
            return false;
        }
        String nativeForm = nativeForm(nativeWord);
        if (nativeForm == null) {
            return false;
        }
        Set<String> spellings = LATIN_SPELLINGS.get(nativeForm);
        if (spellings == null) {
            return false;
        }
        // a look-up compares a Korean family name with every Latin word its sound keys lead to: a word of
        // plain letters is compared as it folds (to lower case) without making the folded string
        String text = latin.text();
        if (!Transcriber.asciiLetters(text)) {
            return spellings.contains(Transcriber.latinAscii(text));
        }
        for (String spelling : spellings) {
            if (text.equalsIgnoreCase(spelling)) {
                return true;
            }
        }
        return false;
    }

    /** What the lists are keyed by: the characters of a Hangul or Han word, the letters of a Hebrew one. */
    private static String nativeForm(NameToken word) {
        return switch (word.script()) {
            case HANGUL, HAN -> word.nativeKey();
            case HEBREW -> word.text();
            default -> null;
        };
    }

    /** Lines of "native form, latin..." ({@code nativeFirst}) or "latin, native forms...". */
    private static void load(String resource, boolean nativeFirst, Script script) {
        for (String[] fields : NameLists.read(resource)) {
            for (int i = 1; i < fields.length; i++) {
                String nativeForm = nativeFirst ? fields[0] : fields[i];
                String latin = nativeFirst ? fields[i] : fields[0];
                LATIN_SPELLINGS.computeIfAbsent(nativeForm, k -> new HashSet<>()).add(latin);
                if (script == Script.HAN) {
                    LATIN_FORMS_OF_HAN.computeIfAbsent(nativeForm, k -> new ArrayList<>()).add(NameParser.latinName(latin));
                }
            }
        }
    }
}
