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
    private static final Set<String> SENTENCE_WORDS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "his", "her", "their",
            "its", "in", "on", "at", "of", "for", "from", "to", "by", "with", "since", "between", "after", "before",
            "during", "according", "part", "who", "whom", "which", "where", "what", "when", "how", "why", "do",
            "did", "does", "is", "are", "was", "were", "has", "have", "had", "and", "or", "but", "if", "as",
            "no", "nr", "art", "article", "case", "file",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "il", "elle", "ils", "les", "un", "une", "des", "dans", "selon", "depuis", "er", "sie", "die", "das",
            "ein", "eine", "het", "een");

    /** Titles before a name: not part of it, but what follows is a person ("Minister Abyazov"). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "president", "minister",
            "judge", "senator", "general", "colonel", "officer", "director", "chairman", "prosecutor", "mme", "mlle",
            "m", "herr", "frau", "sheikh", "sir", "madam", "lord", "banker", "businessman", "businesswoman", "maitre",
            "me", "mevrouw", "meester", "advocate", "lawyer", "avocat", "avocate", "advocaat");

    /** Before a word alone, an article or particle makes it part of a place's or firm's name ("Avenue des Saules"). */
    private static final Set<String> ARTICLES = Set.of("de", "des", "du", "la", "le", "les", "l", "d", "van", "der",
            "den", "het", "von", "zu", "di", "da", "del", "della", "dos", "das", "the");

    /** Nationality adjectives: capitalised words alone that name no one ("two German officers"). */
    private static final Set<String> NATIONALITIES = Set.of("afghan", "albanian", "algerian", "american",
            "armenian", "australian", "austrian", "azerbaijani", "azeri", "bahraini", "belarusian", "belgian",
            "bosnian", "brazilian", "british", "bulgarian", "canadian", "chechen", "chinese", "colombian",
            "congolese", "croatian", "cuban", "cypriot", "czech", "danish", "dutch", "egyptian", "emirati", "english",
            "eritrean", "estonian", "ethiopian", "european", "finnish", "flemish", "french", "georgian", "german",
            "ghanaian", "greek", "hungarian", "indian", "indonesian", "iranian", "iraqi", "irish", "israeli",
            "italian", "japanese", "jordanian", "kazakh", "kazakhstani", "kenyan", "korean", "kosovar", "kurdish",
            "kuwaiti", "kyrgyz", "latvian", "lebanese", "libyan", "lithuanian", "luxembourgish", "macedonian",
            "malian", "moldovan", "mongolian", "montenegrin", "moroccan", "nigerian", "norwegian", "pakistani",
            "palestinian", "persian", "polish", "portuguese", "qatari", "romanian", "russian", "rwandan", "saudi",
            "scottish", "senegalese", "serbian", "slovak", "slovenian", "somali", "spanish", "sudanese", "swedish",
            "swiss", "syrian", "tajik", "tibetan", "tunisian", "turkish", "turkmen", "ugandan", "ukrainian",
            "uyghur", "uzbek", "venezuelan", "vietnamese", "walloon", "welsh", "yemeni", "belge", "allemand",
            "allemande", "francais", "francaise", "russe", "ukrainien", "ukrainienne", "marocain", "marocaine",
            "turc", "turque", "chinois", "chinoise", "iranien", "iranienne", "egyptien", "egyptienne", "americain",
            "americaine", "britannique", "neerlandais", "suisse", "belgisch", "duits", "deutsch", "deutsche",
            "russisch");

    /** An all-capital word alone is an acronym ("VAT", "MSKU") unless it is this long. */
    static final int MIN_CAPITALS_ALONE = 6;

    /**
     * Legal forms and the common nouns of company names: in an organisation's name they surround the
     * part that may be someone's name ("Baisalov Capital Ltd", "Ablyazov Family Foundation").
     */
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "jsc", "pjsc", "ojsc", "cjsc", "llc", "llp", "ltd", "limited", "plc", "sa", "sarl", "sas", "sprl", "srl",
            "bv", "nv", "gmbh", "ag", "kg", "co", "inc", "corp", "corporation", "asbl", "vzw", "oao", "zao", "pao",
            "ooo", "too", "ao", "spa", "company", "compagnie", "societe", "group", "groupe", "holding", "holdings",
            "bank", "banque", "bancorp", "trust", "capital", "partners", "partner", "asset", "assets", "management",
            "properties", "property", "real", "estate", "immobilier", "trading", "trade", "services", "service",
            "solutions", "consulting", "media", "news", "press", "foundation", "fondation", "stichting", "stiftung",
            "association", "fund", "fonds", "family", "international", "global", "invest", "investment",
            "investments", "finance", "financial", "insurance", "industries", "industry", "energy", "oil", "gas",
            "mining", "metals", "construction", "logistics", "transport", "transports", "freight", "forwarding",
            "shipping", "aviation", "airlines", "import", "export", "commerce", "commercial", "technologies",
            "technology", "tech", "systems", "network", "agency", "office", "bureau", "centre", "center",
            "institute", "university", "hospital", "clinic", "law", "firm", "cabinet", "watch", "cotton");

    /**
     * Words after which a word alone names a place, not a person ("in Houston"). "To" and "from" are
     * not among them: money goes to and from people as often as to and from places.
     */
    /** Words before a parent's given name, folded: "son of", "fille de", "сын". */
    private static final Set<String> PARENT_BEFORE = Set.of("son of", "daughter of", "child of", "fils de",
            "fille de", "enfant de", "sohn von", "sohn des", "tochter von", "tochter des", "zoon van", "dochter van",
            "сын", "дочь", "ibn", "bint");
    /** Turkic patronymic words after a father's given name, folded: "Mehmet oğlu", "Əli qızı". */
    private static final Set<String> PARENT_AFTER = Set.of("oglu", "ogly", "oglı", "kızı", "kizi", "qızı", "qizi",
            "uulu", "kyzy", "uly", "qyzy", "улы", "кызы", "оглы", "кизи");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "via", "into", "through",
            "towards", "across", "outside", "inside", "en", "vers", "dans", "pres", "bei", "im", "te", "в", "во",
            "под");

    private NameSpotter() {
    }

    /**
     * A run of name-like words and the text after it (which may give a birth date).
     *
     * @param wordsAlone whether its word is tried alone, as a family name: only a word that stands
     *                   alone (a word of a longer run, "Dubai Criminal Court", is part of something
     *                   else's name), in running text not first in a sentence nor after a preposition of
     *                   place
     */
    record Run(List<String> words, int start, int end, boolean wordsAlone) {

        /** Every span of consecutive words worth trying, longest first. */
        List<String> spans() {
            List<String> spans = new ArrayList<>();
            for (int length = Math.min(MAX_WORDS, words.size()); length >= 1; length--) {
                for (int start = 0; start + length <= words.size(); start++) {
                    List<String> span = words.subList(start, start + length);
                    if (isParticle(span.get(0)) || isParticle(span.get(length - 1))) {
                        continue;
                    }
                    if (length == 1 && (!wordsAlone || letters(span.get(0)) < minimumLetters(span.get(0)))) {
                        continue;
                    }
                    spans.add(String.join(" ", span));
                }
            }
            return spans;
        }
    }

    /** What kind of text names are spotted in: it decides when a word alone may be a family name. */
    enum Text {
        /** Facts, descriptions, details, questions. */
        RUNNING,
        /** An organisation's name: legal forms and business words are not names. */
        ORGANISATION_NAME,
        /** An address line: a word alone is a street or a place; only full names ("c/o …") are tried. */
        ADDRESS
    }

    static List<Run> runs(String text) {
        return runs(text, Text.RUNNING);
    }

    static List<Run> runs(String text, Text kind) {
        List<Run> runs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return runs;
        }
        boolean ofOrganisation = kind == Text.ORGANISATION_NAME;
        RunBuilder run = new RunBuilder(text, runs, kind);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordCharacter(cp)) {
                if (!Character.isWhitespace(cp) && !(cp == '.' && run.endsWithInitialAt(i))) {
                    run.close();
                }
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i = wordEnd(text, i);
            String word = withoutPossessive(text.substring(start, i));
            if (isLongHan(word)) {
                run.close();
                for (String piece : hanPieces(word)) {
                    runs.add(new Run(List.of(piece), start, i, true));
                }
                continue;
            }
            boolean caseless = isCaseless(word);
            boolean initial = letters(word) == 1 && isCapitalised(word) && !TITLES.contains(fold(word))
                    && i < text.length() && text.charAt(i) == '.';
            boolean nameLike = caseless || initial || isCapitalised(word) && !SENTENCE_WORDS.contains(fold(word))
                    && !TITLES.contains(fold(word))
                    && !(ofOrganisation && ORGANISATION_WORDS.contains(fold(word)))
                    || isParticle(word) && !run.isEmpty();
            if (!nameLike || !run.isEmpty() && caseless != run.caseless) {
                run.close();
            }
            if (nameLike) {
                run.add(word, start, i, caseless);
            }
        }
        run.close();
        return withFamilyNamesBeforeAComma(text, runs);
    }

    /**
     * "SERIKBAYEVA, Gulshat; OSPANULY, Yerlan": a family name, a comma and the given names are one name,
     * which the comma cut in two; each half alone says too little. The two are also tried as one run.
     */
    private static List<Run> withFamilyNamesBeforeAComma(String text, List<Run> runs) {
        List<Run> all = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            Run family = runs.get(r);
            Run given = r + 1 < runs.size() ? runs.get(r + 1) : null;
            if (given != null && family.words().size() == 1 && given.words().size() <= 2
                    && !isCaseless(family.words().get(0))
                    && text.substring(family.end(), given.start()).strip().equals(",")) {
                // the whole name first: what it finds is reported with the whole name
                List<String> words = new ArrayList<>(family.words());
                words.addAll(given.words());
                all.add(new Run(List.copyOf(words), family.start(), given.end(), false));
            }
            all.add(family);
        }
        return all;
    }

    /** The run being read: its words, where it starts and ends, and whether its script has case. */
    private static final class RunBuilder {
        private final String text;
        private final List<Run> runs;
        private final Text kind;
        private final List<String> words = new ArrayList<>();
        private int start;
        private int end;
        private boolean caseless;

        RunBuilder(String text, List<Run> runs, Text kind) {
            this.text = text;
            this.runs = runs;
            this.kind = kind;
        }

        boolean isEmpty() {
            return words.isEmpty();
        }

        /** Whether the run ends at {@code at} with a capital letter alone: an initial ("G. Serikbayeva"). */
        boolean endsWithInitialAt(int at) {
            return !words.isEmpty() && end == at && letters(words.get(words.size() - 1)) == 1;
        }

        void add(String word, int wordStart, int wordEnd, boolean wordCaseless) {
            if (words.isEmpty()) {
                start = wordStart;
                caseless = wordCaseless;
            }
            words.add(word);
            end = wordEnd;
        }

        void close() {
            while (!words.isEmpty() && isParticle(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
            if (!words.isEmpty()) {
                runs.add(new Run(List.copyOf(words), start, end, words.size() == 1 && kind != Text.ADDRESS
                        && !namesAParent() && (caseless || mayStandAlone(words.get(0))
                        && (kind == Text.ORGANISATION_NAME || followsWhatPrecedesAPerson()))));
            }
            words.clear();
        }

        /**
         * A word alone that names someone's father or mother ("son of Mehmet", "Mehmet oğlu") is a given
         * name, the parent's: tried alone as a family name, it met the register's Memet.
         */
        private boolean namesAParent() {
            String before = fold(wordBefore(text, skipSpaces(start)));
            int beforeStart = skipSpaces(start) - before.length();
            String twoBefore = fold(wordBefore(text, skipSpaces(beforeStart))) + " " + before;
            return PARENT_BEFORE.contains(before) || PARENT_BEFORE.contains(twoBefore)
                    || PARENT_AFTER.contains(fold(wordAfter(text, end)));
        }

        /** Where the text before {@code at} ends once spaces are left out. */
        private int skipSpaces(int at) {
            int i = at;
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        /**
         * What comes before a word alone tells a person from a common word or a place: nothing (the
         * start of a sentence: "Fraud."), a preposition of place ("in Houston"), an article ("Avenue des
         * Saules") or another capitalised word ("Prosecutor General's Office") rule it out; a title ("Minister
         * Abyazov") or a lower-case word ("her ally Abyazov") let it be tried.
         */
        private boolean followsWhatPrecedesAPerson() {
            int i = start - 1;
            while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'(\u201C\u2018\u00AB[".indexOf(text.charAt(i)) >= 0)) {
                i--;
            }
            if (i >= 0 && text.charAt(i) == '.' && TITLES.contains(fold(wordBefore(text, i)))) {
                // "Mr. Ospanuly": the full stop of a title ends no sentence
                return true;
            }
            if (i < 0 || ".!?:;".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
            int wordEnd = i + 1;
            while (i >= 0 && (isWordCharacter(text.codePointAt(i)) || isJoiner(text.charAt(i)))) {
                i--;
            }
            String written = text.substring(i + 1, wordEnd);
            String previous = withoutPossessive(written);
            if (previous.isEmpty()) {
                return true;
            }
            String folded = fold(previous);
            if (TITLES.contains(folded) && previous.equals(written)) {
                return true;
            }
            return !isCapitalised(previous) && !PLACE_PREPOSITIONS.contains(folded) && !ARTICLES.contains(folded);
        }
    }

    /** The word that begins after {@code at} and the spaces that follow it. */
    private static String wordAfter(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && isWordCharacter(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
        }
        return text.substring(i, j);
    }

    /** The word that ends right before {@code at}. */
    private static String wordBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && isWordCharacter(text.codePointAt(i))) {
            i--;
        }
        return text.substring(i + 1, at);
    }

    /** A word that, alone, may be a family name: not a nationality, not an acronym. */
    private static boolean mayStandAlone(String word) {
        boolean allCapitals = word.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
        return !NATIONALITIES.contains(fold(word)) && (!allCapitals || letters(word) >= MIN_CAPITALS_ALONE);
    }

    /** "Abyazov's" is Abyazov. */
    private static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("\u2019s") ? word.substring(0, word.length() - 2) : word;
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
