package org.rogatory.matching;

import java.lang.Character.UnicodeScript;

/**
 * The writing system of a name or of one of its words. It decides how a word is brought to the common
 * phonetic alphabet ({@link Transcriber}) and which spelling differences are cheap between two words
 * ({@link PhoneticDistance}).
 */
enum Script {
    LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, HAN, HANGUL, KANA, OTHER;

    /** Abjads write consonants and long vowels only: short vowels on the other side cost little. */
    boolean isAbjad() {
        return this == ARABIC || this == HEBREW;
    }

    /**
     * Chinese, Korean and Japanese write syllables: one different character is a different name, and
     * their renderings of foreign names add vowels and blur l/r, b/v, f/p.
     */
    boolean isSyllabic() {
        return this == HAN || this == HANGUL || this == KANA;
    }

    /**
     * The script most letters of {@code text} belong to; digits and punctuation do not count, nor do
     * letters shared by several scripts (the Japanese length mark ー, which is half of ピーター).
     */
    static Script of(CharSequence text) {
        int[] counts = new int[values().length];
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && !shared(cp)) {
                counts[ofLetter(cp).ordinal()]++;
            }
        }
        Script best = LATIN;
        for (Script s : values()) {
            if (counts[s.ordinal()] > counts[best.ordinal()]) {
                best = s;
            }
        }
        return best;
    }

    private static boolean shared(int codePoint) {
        try {
            UnicodeScript script = UnicodeScript.of(codePoint);
            return script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Script ofLetter(int codePoint) {
        UnicodeScript script;
        try {
            script = UnicodeScript.of(codePoint);
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
        return switch (script) {
            case LATIN, COMMON, INHERITED -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case GREEK -> GREEK;
            case ARABIC -> ARABIC;
            case HEBREW -> HEBREW;
            case HAN -> HAN;
            case HANGUL -> HANGUL;
            case KATAKANA, HIRAGANA -> KANA;
            default -> OTHER;
        };
    }
}
