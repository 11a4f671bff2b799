package org.rogatory.matching;

/**
 * Brings a Latin spelling (lower-case ASCII letters) to the phonetic alphabet shared by all scripts, so
 * that competing transliteration systems land on the same string: Zh/J/Dj, Kh/H, Sh/Sch/Ş, Tch/Č,
 * Ts/Tz, -ov/-off/-ow, -iy/-y/-ij, ou/u, Ph/F, C/K/Q, W/V, doubled letters.
 *
 * <p>Alphabet: vowels {@code a e i o u}; consonants {@code b d f g h k l m n p r s t v z}, {@code y}
 * (the glide of Yelena), {@code j} (the sound of J in John and of Zh/Ž), {@code c} (Č, Ч), {@code x}
 * (Sh/Š), {@code q} (Ts/Ц). Latin Ch becomes {@code C}, which may be any of c, k, h or x (Charles,
 * Christoph, Bach, Chevalier); a silent-looking final e after a consonant becomes the weak {@code @}
 * and a final h after a vowel the weak {@code H} ({@link Sounds}).
 */
final class LatinSounds {

    private LatinSounds() {
    }

    static String encode(String ascii) {
        String s = spellingVariants(ascii);
        StringBuilder out = new StringBuilder(s.length() + 2);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            if (s.startsWith("tsch", i)) {
                out.append('c');
                i += 4;
            } else if (s.startsWith("shch", i)) {
                out.append("xc");
                i += 4;
            } else if (s.startsWith("sch", i)) {
                out.append('x');
                i += 3;
            } else if (s.startsWith("dzh", i)) {
                out.append('j');
                i += 3;
            } else if (s.startsWith("tch", i)) {
                out.append('c');
                i += 3;
            } else if (c == 'q' && next == 'u' && i + 2 < n && isVowel(s.charAt(i + 2))) {
                // qu is k in French and Spanish (Jacques, Quintero), kw in English (Quinlan)
                out.append("kW");
                i += 2;
            } else if (next != 0 && twoLetter(c, next) != 0) {
                out.append(twoLetter(c, next));
                i += 2;
            } else {
                switch (c) {
                    // a word-initial X before a vowel is the pinyin or Portuguese sh (Xi, Xu, Xavier)
                    case 'x' -> out.append(i == 0 && isVowel(next) ? "x" : "ks");
                    case 'q' -> out.append('k');
                    case 'w' -> out.append('v');
                    case 'c' -> out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
                    case 'y' -> out.append(isVowel(next) && next != 'i' ? 'y' : 'i');
                    // Slavic and Dutch -j after a vowel is the glide of -iy/-y: Dmitrij = Dmitriy = Dmitri
                    case 'j' -> out.append(i == n - 1 && i > 0 && isVowel(s.charAt(i - 1)) ? 'i' : 'j');
                    case 'e' -> out.append(i == n - 1 && n > 3 && !isVowel(s.charAt(i - 1)) ? '@' : 'e');
                    default -> {
                        if (c >= 'a' && c <= 'z' || Sounds.isWeak(c)) {
                            out.append(c);
                        }
                    }
                }
                i++;
            }
        }
        return Sounds.normalize(out);
    }

    /**
     * The code of a spelling ending in a vowel and j with that j read as a consonant, or null for any other
     * spelling: the final j of Slavic names is a glide (Nikolaj, Andrej), that of Arabic ones is not
     * (Faraj, Siraj, Hajjaj).
     */
    static String finalJ(String ascii) {
        int n = ascii.length();
        if (n < 3 || ascii.charAt(n - 1) != 'j' || !isVowel(ascii.charAt(n - 2))) {
            return null;
        }
        return Sounds.normalize(encode(ascii.substring(0, n - 1)) + "j");
    }

    /**
     * Spellings that stand for one sound: ou, oo, ee (before v the e-ye of Russian names: Sergeev =
     * Сергеев); -ow before a consonant (Rowley = Роули); a silent gh before t or after a final i (Dwight,
     * Wright, Leigh), with igh read ai (a final ugh is the gh of Forough = فروغ, silent only in the English
     * reading: Hugh); dt read t (Schmidt).
     */
    private static String spellingVariants(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char after = i + 2 < s.length() ? s.charAt(i + 2) : 0;
            char before = i > 0 ? s.charAt(i - 1) : 0;
            boolean silentGh = c == 'g' && next == 'h' && isVowel(before)
                    && (after == 't' || after == 0 && before == 'i');
            if (silentGh) {
                if (s.charAt(i - 1) == 'i' && (i < 2 || s.charAt(i - 2) != 'e')) {
                    out.setCharAt(out.length() - 1, 'a');
                    out.append('i');
                }
                i++;
            } else if (c == 'd' && next == 't') {
                continue;
            } else if (c == 'o' && (next == 'u' || next == 'o') || c == 'o' && next == 'w' && !isVowel(after)) {
                out.append('u');
                i++;
            } else if (c == 'e' && next == 'e') {
                out.append(after == 'v' ? "eye" : "i");
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char twoLetter(char a, char b) {
        return switch (a) {
            case 's' -> b == 'h' ? 'x' : 0;
            case 'z' -> b == 'h' ? 'j' : 0;
            // dz too, as Cyrillic Дз renders it both for Polish Dz and for the J of Japanese names
            case 'd' -> b == 'j' || b == 'z' ? 'j' : b == 'h' ? 'd' : 0;
            case 'c' -> b == 'h' ? 'C' : b == 'z' ? 'c' : b == 'k' ? 'k' : 0;
            case 'k' -> b == 'h' ? 'h' : 0;
            case 'g' -> b == 'h' ? 'g' : 0;
            case 'p' -> b == 'h' ? 'f' : 0;
            case 't' -> b == 'h' ? 'T' : b == 's' || b == 'z' ? 'q' : 0;
            default -> 0;
        };
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
