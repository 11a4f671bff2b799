package org.rogatory.matching;

/**
 * Brings a Latin spelling (lower-case ASCII letters) to the phonetic alphabet shared by all scripts, so
 * that competing transliteration systems land on the same string: Zh/J/Dj, Kh/H, Sh/Sch/Ş, Ch/Tch/Č,
 * -ov/-off/-ow, -iy/-y/-ij, ou/u, Ph/F, C/K/Q, W/V, doubled letters.
 *
 * <p>Alphabet: vowels {@code a e i o u}; consonants {@code b d f g h k l m n p r s t v z}, {@code y}
 * (the glide of Yelena), {@code j} (the sound of J in John and of Zh/Ž), {@code c} (Ch/Č), {@code x}
 * (Sh/Š). Other transcribers add weak symbols that stand for something a script leaves unwritten or
 * adds ({@link Sounds}).
 */
final class LatinSounds {

    private LatinSounds() {
    }

    static String encode(String ascii) {
        String s = ascii.replace("ou", "u").replace("oo", "u").replace("ee", "i");
        StringBuilder out = new StringBuilder(s.length() + 2);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (s.startsWith("tsch", i)) {
                out.append('c');
                i += 4;
            } else if (s.startsWith("shch", i)) {
                out.append("xc");
                i += 4;
            } else if (s.startsWith("sch", i)) {
                out.append('x');
                i += 3;
            } else if (s.startsWith("dzh", i) || s.startsWith("dsh", i)) {
                out.append('j');
                i += 3;
            } else if (s.startsWith("tch", i)) {
                out.append('c');
                i += 3;
            } else if (i + 1 < n && twoLetter(c, s.charAt(i + 1)) != 0) {
                out.append(twoLetter(c, s.charAt(i + 1)));
                i += 2;
            } else {
                char next = i + 1 < n ? s.charAt(i + 1) : 0;
                switch (c) {
                    // a word-initial X before a vowel is the pinyin or Portuguese sh (Xi, Xu, Xavier)
                    case 'x' -> out.append(i == 0 && isVowel(next) ? "x" : "ks");
                    case 'q' -> out.append('k');
                    case 'w' -> out.append('v');
                    case 'c' -> out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
                    case 'y' -> out.append(isVowel(next) && next != 'i' ? 'y' : 'i');
                    // Slavic and Dutch -j after a vowel is the glide of -iy/-y: Dmitrij = Dmitriy = Dmitri
                    case 'j' -> out.append(i == n - 1 && i > 0 && isVowel(s.charAt(i - 1)) ? 'i' : 'j');
                    default -> {
                        if (c >= 'a' && c <= 'z') {
                            out.append(c);
                        }
                    }
                }
                i++;
            }
        }
        return tidy(out);
    }

    private static char twoLetter(char a, char b) {
        return switch (a) {
            case 's' -> b == 'h' ? 'x' : 0;
            case 'z' -> b == 'h' ? 'j' : 0;
            case 'd' -> b == 'j' ? 'j' : b == 'h' ? 'd' : 0;
            case 'c' -> b == 'h' || b == 'z' ? 'c' : b == 'k' ? 'k' : 0;
            case 'k' -> b == 'h' ? 'h' : 0;
            case 'g' -> b == 'h' ? 'g' : 0;
            case 'p' -> b == 'h' ? 'f' : 0;
            case 't' -> b == 'h' ? 't' : 0;
            default -> 0;
        };
    }

    /** Collapses doubled symbols and drops a final h after a vowel (Abdullah = Abdulla). */
    static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        int len = out.length();
        if (len > 2 && out.charAt(len - 1) == 'h' && Sounds.isVowel(out.charAt(len - 2))) {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
