package org.rogatory.matching;

/**
 * The phonetic alphabet every name is brought to, and what it costs to turn one sound into another.
 *
 * <p>Besides the vowels and consonants of {@link LatinSounds}, transcribers of other scripts emit weak
 * symbols for what a script leaves unwritten or adds of its own:
 * <ul>
 *   <li>{@code A} alef, ayin, hamza or aleph: some vowel, or nothing;</li>
 *   <li>{@code W} waw or vav: o, u, w or v; {@code Y} ya or yod: i, e or y;</li>
 *   <li>{@code H} a final he or ta marbuta: a, e, h or nothing;</li>
 *   <li>{@code @} a vowel that Chinese, Japanese or Korean add to write a lone consonant
 *       (the u of Japanese "su", the eu of Korean "seu", the i of Chinese "si");</li>
 *   <li>{@code N} and {@code G} the nasal coda of a Chinese syllable, which often stands for nothing;</li>
 *   <li>{@code L} the l, r or n that Korean drops at the start of some family names (이 = Lee, Rhee, Yi),
 *       and the l of the Arabic article, which sounds like the next consonant (ar-Rahman, ud-Din);</li>
 *   <li>{@code C} the Latin Ch, which is c, k, h or x depending on the language, and {@code T} the
 *       Latin Th or the Arabic ث, which is t or the s-like sound other scripts write s, t or f (Matthew =
 *       马修, Фёдор, Persian غیاث = Ghiyas);</li>
 *   <li>{@code Z} the Arabic ذ ض ظ, which Arabic says d, dh or z and Persian, Urdu and Pashto z (Reza = رضا,
 *       Fazl = فضل, Nazir = نذیر, Ramadan = رمضان);</li>
 *   <li>{@code R} the r that a Japanese long vowel or a Korean eo often stands for (Renner = レナー);</li>
 *   <li>{@code E} the Cyrillic э inside a word: e, or the English a of Stanley = Стэнли.</li>
 * </ul>
 * Costs were set from phonetics (voicing pairs, places of articulation, the sounds a script lacks) and
 * then checked on the development set; they are not fitted to any name.
 */
final class Sounds {

    private Sounds() {
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * The spelling-independent clean-up every code gets: a glide y before no vowel is the vowel i
     * (Sergey = Sergei), doubled symbols count once (Bannen = Banen, Dmitrii = Dmitri) and a final h
     * after a vowel is weak (Abdullah = Abdulla, but Saleh keeps its h against صالح), in a word of two
     * letters too (Oh = או).
     */
    static String normalize(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 'y' && i + 1 < raw.length() && raw.charAt(i + 1) == 'y') {
                // a doubled y is one glide (Ayyub, Sayyid): the second decides whether it is a vowel
                continue;
            }
            if (c == 'y' && (i + 1 == raw.length() || !isVowel(raw.charAt(i + 1)))) {
                c = 'i';
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        int len = out.length();
        if (len >= 2 && out.charAt(len - 1) == 'h' && isVowel(out.charAt(len - 2))) {
            out.setCharAt(len - 1, 'H');
        }
        return out.toString();
    }

    /** For abjads only weak symbols collapse: two written consonants are two sounds (באנן = Bannen). */
    static String normalizeAbjad(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (out.length() > 0 && out.charAt(out.length() - 1) == c && isWeak(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    static boolean isWeak(char c) {
        return c == 'A' || c == 'W' || c == 'Y' || c == 'H' || c == '@' || c == 'N' || c == 'G' || c == 'L'
                || c == 'C' || c == 'T' || c == 'Z' || c == 'R' || c == 'E';
    }

    /** The scripts of the two words compared: they decide which differences are cheap. */
    record Pair(boolean abjad, boolean syllabic, Script left, Script right) {

        /** Script leniencies hold across scripts only: within one script a different letter is a difference. */
        static Pair of(Script left, Script right) {
            boolean across = left != right;
            return new Pair(across && (left.isAbjad() || right.isAbjad()),
                    across && (left.isSyllabic() || right.isSyllabic()), left, right);
        }
    }

    /** Cost of dropping symbol {@code c} written in {@code own} when the other word is in {@code other}. */
    static float deletion(char c, Script own, Script other) {
        switch (c) {
            case 'A': return 0.15f;
            case 'H': return 0.1f;
            case 'W': case 'Y': return 0.35f;
            case '@': return 0.1f;
            case 'N': return 0.3f;
            case 'G': return 0.2f;
            case 'L': return 0.15f;
            case 'C': case 'T': case 'Z': return 1f;
            case 'R': return 0.1f;
            case 'E': return deletion('e', own, other);
            default: break;
        }
        if (isVowel(c)) {
            if (other.isAbjad()) {
                return 0.1f;
            }
            if (own.isSyllabic()) {
                return 0.25f;
            }
            return other.isSyllabic() ? 0.35f : 0.5f;
        }
        if (c == 'y') {
            return 0.35f;
        }
        if (c == 'h') {
            // silent in many Latin spellings (John, Thomas), a consonant when an abjad writes it (ح ه)
            return own.isAbjad() && !other.isAbjad() ? 0.8f : 0.4f;
        }
        if ((c == 'r' || c == 'l') && other.isSyllabic()) {
            // Japanese and Chinese renderings of English drop an r or l before a consonant (Kremer =
            // kuremā, Donald = 唐纳德 tang-na-de)
            return c == 'r' ? 0.45f : 0.55f;
        }
        return 1f;
    }

    /**
     * Dropping the first symbol of a word: abjads write a word-initial vowel (with alef, ayin or aleph),
     * so against an abjad a first vowel, or a first alef, is not free (Dom is not آدم Adam).
     */
    static float initialDeletion(char c, Script own, Script other) {
        if (own != other && (other.isAbjad() && isVowel(c) || own.isAbjad() && c == 'A')) {
            return 0.6f;
        }
        return deletion(c, own, other);
    }

    static float substitution(char a, char b, Pair pair) {
        if (a == b) {
            return 0f;
        }
        if (isWeak(a) || isWeak(b)) {
            return weak(isWeak(a) ? a : b, isWeak(a) ? b : a, pair);
        }
        boolean va = isVowel(a);
        boolean vb = isVowel(b);
        if (va && vb) {
            // syllabic scripts choose vowels by ear and by syllable inventory, not by spelling
            return pair.syllabic() ? Math.min(0.25f, vowels(a, b)) : vowels(a, b);
        }
        if (va || vb) {
            char vowel = va ? a : b;
            char other = va ? b : a;
            if (other == 'y') {
                return vowel == 'i' ? 0.15f : vowel == 'e' ? 0.35f : 0.6f;
            }
            if (other == 'v' && (vowel == 'u' || vowel == 'o')) {
                return 0.5f;
            }
            return 1f;
        }
        return consonants(a, b, pair);
    }

    private static float weak(char w, char other, Pair pair) {
        if (isWeak(other)) {
            return w == other ? 0f : 0.2f;
        }
        boolean vowel = isVowel(other);
        return switch (w) {
            case 'A' -> vowel ? 0.05f : other == 'y' || other == 'h' ? 0.4f : 1f;
            case 'W' -> other == 'o' || other == 'u' ? 0f : other == 'v' ? 0.1f : vowel ? 0.5f : 1f;
            // abjads write the j of English with a letter of its own (ج, ג׳): against ya or yod a Latin j is
            // the y of German, Dutch or Polish (Josef = יוזף)
            case 'Y' -> other == 'i' || other == 'e' || other == 'y' ? 0f : other == 'j' ? 0.2f : other == 'a' ? 0.4f
                    : vowel ? 0.5f : 1f;
            case 'H' -> other == 'a' || other == 'e' || other == 'h' ? 0f : vowel ? 0.3f : 1f;
            case '@' -> vowel ? 0.1f : other == 'y' ? 0.3f : 1f;
            case 'N' -> other == 'n' || other == 'm' ? 0.05f : 1f;
            case 'G' -> other == 'g' || other == 'k' ? 0f : 1f;
            case 'L' -> other == 'l' || other == 'r' || other == 'n' ? 0.1f : other == 'y' ? 0.3f : 1f;
            // Japanese and Korean have no th and write the English one s (Arthur = アーサー, Nathan = 네이선)
            // and Persian says the Arabic th (ث) s (Ghiyas = غیاث, Sanaullah = ثناء الله)
            case 'T' -> other == 't' ? 0.05f : other == 's' && pair.syllabic() ? 0.1f
                    : other == 's' && pair.abjad() ? 0.15f
                    : other == 's' || other == 'd' ? 0.3f : other == 'x' ? 0.4f
                    : other == 'f' || other == 'q' || other == 'z' ? 0.5f : 1f;
            case 'Z' -> other == 'd' || other == 'z' ? 0.05f : other == 't' || other == 's' ? 0.3f : 1f;
            case 'R' -> other == 'r' || other == 'l' ? 0.05f : 1f;
            // Russian writes the English a of Stanley and Matthew with э, which is otherwise its e
            case 'E' -> other == 'e' ? 0f : other == 'a' ? 0.2f : vowel ? vowels('e', other)
                    : other == 'y' ? 0.35f : 1f;
            case 'C' -> other == 'c' ? 0.05f : other == 'k' || other == 'x' ? 0.2f : other == 'h' ? 0.25f
                    : other == 'j' || other == 'q' ? 0.4f : other == 's' ? 0.45f : 1f;
            default -> 1f;
        };
    }

    private static float vowels(char a, char b) {
        String pair = a < b ? "" + a + b : "" + b + a;
        return switch (pair) {
            case "ei", "ou" -> 0.25f;
            case "ae", "ao" -> 0.35f;
            case "eo" -> 0.45f;
            default -> 0.5f;
        };
    }

    private static float consonants(char a, char b, Pair pair) {
        String key = a < b ? "" + a + b : "" + b + a;
        float base = switch (key) {
            case "bp", "dt", "gk", "fv", "sz" -> 0.3f;
            case "sx", "cx" -> 0.35f;
            case "bv", "fp", "jx", "cj", "jy" -> 0.4f;
            case "gj", "jz" -> 0.45f;
            case "ck", "hk", "dz", "cs", "mn" -> 0.5f;
            // the Spanish J and G are an h (Jorge = Хорхе = خورخي, José = 何塞)
            case "hj" -> 0.5f;
            case "gh", "hx", "st", "lr", "qt" -> 0.6f;
            case "qz" -> 0.35f;
            case "qs", "cq" -> 0.4f;
            case "jq", "qx" -> 0.5f;
            case "ct", "dj" -> 0.7f;
            default -> 1f;
        };
        if (pair.syllabic()) {
            base = Math.min(base, switch (key) {
                case "lr" -> 0.1f;
                case "bv", "dt", "gk", "bp", "sx" -> 0.15f;
                case "fp", "jz", "sz", "cj" -> 0.2f;
                case "gj", "cx" -> 0.25f;
                case "fh", "hk" -> 0.3f;
                case "jk", "ck", "ct", "cs" -> 0.35f;
                case "qz" -> 0.2f;
                case "cq", "qs", "jq" -> 0.3f;
                case "fv" -> 0.3f;
                default -> 1f;
            });
        }
        if (pair.abjad()) {
            base = Math.min(base, switch (key) {
                case "bv", "fv" -> 0.15f;
                // צ is ts in Ashkenazi and modern Hebrew, the emphatic s (Arabic ص) in Sephardi names (Sarfati)
                case "qs" -> 0.1f;
                case "fp", "sx", "cx" -> 0.2f;
                case "bp", "gj" -> 0.25f;
                case "hk", "gk", "st" -> 0.3f;
                // an abjad writes the English s said z either way (James = ג'יימס, Rose = روز)
                case "sz" -> 0.15f;
                default -> 1f;
            });
        }
        return base;
    }
}
