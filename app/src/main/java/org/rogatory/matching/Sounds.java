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
 *   <li>{@code L} the l, r or n that Korean drops at the start of some family names (이 = Lee, Rhee, Yi).</li>
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

    static boolean isWeak(char c) {
        return c == 'A' || c == 'W' || c == 'Y' || c == 'H' || c == '@' || c == 'N' || c == 'G' || c == 'L';
    }

    /** The scripts of the two words compared: they decide which differences are cheap. */
    record Pair(boolean abjad, boolean syllabic, Script left, Script right) {

        static Pair of(Script left, Script right) {
            return new Pair(left.isAbjad() || right.isAbjad(), left.isSyllabic() || right.isSyllabic(), left, right);
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
            return 0.4f;
        }
        if (c == 'r' && other.isSyllabic()) {
            // Japanese and Chinese renderings of English drop the r after a vowel (Kremer = kuremā)
            return 0.45f;
        }
        return 1f;
    }

    static float substitution(char a, char b, Pair pair) {
        if (a == b) {
            return 0f;
        }
        if (isWeak(a) || isWeak(b)) {
            return weak(isWeak(a) ? a : b, isWeak(a) ? b : a);
        }
        boolean va = isVowel(a);
        boolean vb = isVowel(b);
        if (va && vb) {
            return vowels(a, b);
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

    private static float weak(char w, char other) {
        if (isWeak(other)) {
            return w == other ? 0f : 0.2f;
        }
        boolean vowel = isVowel(other);
        return switch (w) {
            case 'A' -> vowel ? 0.05f : other == 'y' || other == 'h' ? 0.4f : 1f;
            case 'W' -> other == 'o' || other == 'u' ? 0f : other == 'v' ? 0.1f : vowel ? 0.5f : 1f;
            case 'Y' -> other == 'i' || other == 'e' || other == 'y' ? 0f : other == 'a' ? 0.4f
                    : other == 'j' ? 0.4f : vowel ? 0.5f : 1f;
            case 'H' -> other == 'a' || other == 'e' || other == 'h' ? 0f : vowel ? 0.3f : 1f;
            case '@' -> vowel ? 0.1f : other == 'y' ? 0.3f : 1f;
            case 'N' -> other == 'n' || other == 'm' ? 0.05f : 1f;
            case 'G' -> other == 'g' || other == 'k' ? 0f : 1f;
            case 'L' -> other == 'l' || other == 'r' || other == 'n' ? 0.1f : other == 'y' ? 0.3f : 1f;
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
            case "gh", "hx", "st", "lr" -> 0.6f;
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
                case "fv" -> 0.3f;
                default -> 1f;
            });
        }
        if (pair.abjad()) {
            base = Math.min(base, switch (key) {
                case "bv", "fv" -> 0.15f;
                case "fp", "sx", "cx" -> 0.2f;
                case "bp", "gj" -> 0.25f;
                case "hk", "gk", "st", "dz", "sz" -> 0.3f;
                default -> 1f;
            });
        }
        return base;
    }
}
