package org.rogatory.screening.domain;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what may be names of people in free text (facts, organisation names, address lines),
 * simply: runs of capitalised words in scripts with letter case (Latin, Cyrillic, Greek,
 * Armenian), runs of words in scripts without it (Arabic, Chinese, Georgian, Ge'ez...). It
 * over-spots on purpose: the name matcher decides which spans are names of someone it knows.
 */
final class NameSpotter {

    /** Longest span tried as one name: register names run to five words ("Nour El Houda Ben Salah"). */
    static final int MAX_WORDS = 5;
    /** A single word is tried as a name (a family name alone, "Abyazov") only from this length. */
    static final int MIN_SINGLE_WORD_LETTERS = 4;
    /** Longest run of Chinese characters tried as one name; text in Chinese has no spaces. */
    static final int MAX_HAN_CHARACTERS = 4;

    /** Lower-case words that belong inside names ("Abd al-Rahman", "De Clercq-Van Acker"). */
    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "ad", "ed", "ar", "as", "ash", "at", "az", "bin", "ben", "ibn", "bint", "abu", "abd", "ait",
            "ould", "van", "von", "de", "der", "den", "du", "da", "di", "dos", "das", "del", "della", "la", "le",
            "ter", "ten", "zu", "y", "ogly", "oglu", "kyzy", "uulu", "ul", "ud");

    /** Capitalised words that start sentences or name months, never people. */
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "his", "her", "their",
            "its", "in", "on", "at", "of", "for", "from", "to", "by", "with", "since", "between", "after", "before",
            "during", "according", "part", "who", "whom", "which", "where", "what", "when", "how", "why", "do",
            "did", "does", "is", "are", "was", "were", "has", "have", "had", "and", "or", "but", "if", "as",
            "mr", "mrs", "ms", "dr", "prof", "no", "nr", "art", "article", "case", "file",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "il", "elle", "ils", "les", "un", "une", "des", "dans", "selon", "depuis", "er", "sie", "die", "das",
            "ein", "eine", "het", "een");

    private NameSpotter() {
    }

    /** A run of name-like words and the text after it (which may give a birth date). */
    record Run(List<String> words, int end) {

        /** Every span of consecutive words worth trying, longest first. */
        List<String> spans() {
            List<String> spans = new ArrayList<>();
            for (int length = Math.min(MAX_WORDS, words.size()); length >= 1; length--) {
                for (int start = 0; start + length <= words.size(); start++) {
                    List<String> span = words.subList(start, start + length);
                    if (isParticle(span.get(0)) || isParticle(span.get(length - 1))) {
                        continue;
                    }
                    if (length == 1 && letters(span.get(0)) < minimumLetters(span.get(0))) {
                        continue;
                    }
                    spans.add(String.join(" ", span));
                }
            }
            return spans;
        }
    }

    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return runs;
        }
        List<String> current = new ArrayList<>();
        boolean currentCaseless = false;
        int runEnd = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordCharacter(cp)) {
                boolean onlySpace = Character.isWhitespace(cp);
                if (!onlySpace) {
                    runEnd = close(runs, current, runEnd);
                }
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i = wordEnd(text, i);
            String word = text.substring(start, i);
            if (isLongHan(word)) {
                runEnd = close(runs, current, runEnd);
                for (String piece : hanPieces(word)) {
                    runs.add(new Run(List.of(piece), i));
                }
                continue;
            }
            boolean caseless = isCaseless(word);
            boolean nameLike = caseless || isCapitalised(word) && !NOT_NAMES.contains(fold(word))
                    || isParticle(word) && !current.isEmpty();
            if (!nameLike || !current.isEmpty() && caseless != currentCaseless) {
                runEnd = close(runs, current, runEnd);
            }
            if (nameLike) {
                if (current.isEmpty()) {
                    currentCaseless = caseless;
                }
                current.add(word);
                runEnd = i;
            }
        }
        close(runs, current, runEnd);
        return runs;
    }

    private static int close(List<Run> runs, List<String> current, int end) {
        while (!current.isEmpty() && isParticle(current.get(current.size() - 1))) {
            current.remove(current.size() - 1);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(List.copyOf(current), end));
        }
        current.clear();
        return end;
    }

    /** Letters and marks, joined by an apostrophe, hyphen, middle dot or zero-width non-joiner. */
    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordCharacter(cp)) {
                i += Character.charCount(cp);
            } else if (isJoiner(cp) && i + 1 < text.length() && isWordCharacter(text.codePointAt(i + 1))) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isWordCharacter(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '\u00B7' || cp == '\u30FB'
                || cp == '\u200C';
    }

    /** A word whose first letter, or the first letter after a hyphen or apostrophe, is a capital. */
    private static boolean isCapitalised(String word) {
        boolean partStart = true;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (partStart && Character.isLetter(cp) && (Character.isUpperCase(cp) || Character.isTitleCase(cp))) {
                return true;
            }
            partStart = isJoiner(cp);
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Scripts without letter case: every word may be a name. */
    private static boolean isCaseless(String word) {
        UnicodeScript script = UnicodeScript.of(word.codePointAt(0));
        return script != UnicodeScript.LATIN && script != UnicodeScript.CYRILLIC && script != UnicodeScript.GREEK
                && script != UnicodeScript.ARMENIAN;
    }

    /** Chinese is written without spaces: a long run of characters is no one name. */
    private static boolean isLongHan(String word) {
        return UnicodeScript.of(word.codePointAt(0)) == UnicodeScript.HAN
                && word.codePointCount(0, word.length()) > MAX_HAN_CHARACTERS && !word.contains("\u00B7");
    }

    /** Every piece of two to four characters of a long run of Chinese, each of which may be a name. */
    private static List<String> hanPieces(String word) {
        List<String> pieces = new ArrayList<>();
        int[] cps = word.codePoints().toArray();
        for (int start = 0; start < cps.length; start++) {
            for (int length = 2; length <= MAX_HAN_CHARACTERS && start + length <= cps.length; length++) {
                pieces.add(new String(cps, start, length));
            }
        }
        return pieces;
    }

    private static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetter).count();
    }

    private static int minimumLetters(String word) {
        return isCaseless(word) ? 2 : MIN_SINGLE_WORD_LETTERS;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
