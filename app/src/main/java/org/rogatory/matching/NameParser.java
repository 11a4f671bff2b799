package org.rogatory.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a name as written into the words that are compared. Handles "SURNAME, Given" (turned round),
 * an alternative name in brackets, hyphens, apostrophes, initials, titles (dropped), particles
 * (al, bin, van, de: kept but light), the Arabic article written on the word (الراوي), Abd and Abu
 * with the name they govern, and Chinese and Korean names written as one word (family name split off).
 */
final class NameParser {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mme", "dr", "prof", "sir",
            "dame", "haji", "hajji", "hadji", "hajj", "alhaji", "alhaj", "qari", "mullah", "mulla", "mollah",
            "molla", "maulavi", "mawlawi", "maulvi", "moulvi", "mawlavi", "mavlavi", "maulana", "mawlana",
            "sheikh", "shaikh", "sheik", "shaykh", "imam", "jr", "sr", "ii", "iii", "iv", "gen", "col", "capt",
            "lt", "engr");
    private static final Set<String> ARABIC_SCRIPT_TITLES = Set.of("الحاج", "حاج", "حاجي", "ملا", "مولوي",
            "قاري", "شيخ", "الشيخ", "مولانا");
    /** Particles that may stand alone. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "bin", "ibn", "bint", "binti", "ould",
            "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "do", "le", "la",
            "ter", "ten", "zu", "af", "y");
    /** The assimilated Arabic article, a particle only when hyphenated to its name (ad-Din, ar-Rahman). */
    private static final Set<String> ARTICLES_BEFORE_HYPHEN = Set.of("ad", "ar", "as", "ash", "at", "az", "an",
            "ud", "ur", "us", "ut", "un", "ul", "ed", "er", "es", "et", "ez", "en");
    private static final Set<String> ARABIC_SCRIPT_PARTICLES = Set.of("بن", "ابن", "بنت", "آل");
    /** Words that govern the next name: Abd al-Rahman = Abdulrahman, Abu Bakr = Abubakr. */
    private static final Set<String> GOVERNING = Set.of("abd", "abdul", "abdel", "abdal", "abdoul", "abdu", "abdur",
            "abdol", "abdil", "abu", "abou", "abo", "abul");
    private static final Set<String> ARABIC_SCRIPT_GOVERNING = Set.of("عبد", "ابو", "أبو", "ابي", "أبي");
    /** Chinese family names of two characters. */
    private static final Set<String> CHINESE_DOUBLE_SURNAMES = Set.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛",
            "上官", "司徒", "东方", "東方", "皇甫", "令狐", "夏侯", "慕容", "尉迟", "尉遲", "公孙", "公孫", "长孙", "長孫",
            "宇文", "轩辕", "軒轅", "端木", "独孤", "獨孤", "南宫", "南宮", "西门", "西門", "澹台");
    private static final Set<String> KOREAN_DOUBLE_SURNAMES = Set.of("남궁", "황보", "제갈", "선우", "독고", "사공",
            "서문", "동방");

    private static final Pattern BRACKETS = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s·・•‧･/;:\"“”„«»{}_.=+*&,،]+");
    private static final Pattern HYPHENS = Pattern.compile("[-‐‑‒–—―]+");

    private NameParser() {
    }

    /** The name and, when one is given in brackets, the alternative name. */
    static List<ParsedName> parse(String raw) {
        String text = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC).strip();
        List<ParsedName> names = new ArrayList<>();
        Matcher brackets = BRACKETS.matcher(text);
        List<String> alternatives = new ArrayList<>();
        while (brackets.find()) {
            alternatives.add(brackets.group(1));
        }
        String main = brackets.replaceAll(" ").replaceAll("[()\\[\\]]", " ").strip();
        addIfAny(names, main);
        for (String alternative : alternatives) {
            addIfAny(names, alternative);
        }
        return names;
    }

    private static void addIfAny(List<ParsedName> names, String text) {
        ParsedName name = parseOne(text);
        if (!name.tokens().isEmpty()) {
            names.add(name);
        }
    }

    static ParsedName parseOne(String text) {
        String ordered = turnSurnameCommaRound(text);
        List<NameToken> tokens = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String word : WORD_BREAKS.split(ordered)) {
            if (!word.isBlank() && word.codePoints().anyMatch(Character::isLetter)) {
                words.add(word);
            }
        }
        boolean singleWord = words.size() == 1;
        for (String word : words) {
            String[] parts = HYPHENS.split(word);
            int first = tokens.size();
            for (int p = 0; p < parts.length; p++) {
                boolean hyphenatedToNext = p + 1 < parts.length;
                addPart(parts[p], hyphenatedToNext, singleWord && parts.length == 1, tokens, links);
            }
            if (tokens.size() - first >= 2) {
                links.add(new int[] {first, tokens.size()});
            }
        }
        dropTitles(tokens, links);
        linkGoverningWords(tokens, links);
        return new ParsedName(text, Script.of(text), List.copyOf(tokens), compounds(tokens, links));
    }

    /** "SURNAME, Given Names" → "Given Names SURNAME". */
    private static String turnSurnameCommaRound(String text) {
        int comma = indexOfComma(text);
        if (comma <= 0 || comma == text.length() - 1) {
            return text;
        }
        String surname = text.substring(0, comma);
        String rest = text.substring(comma + 1);
        return rest + " " + surname;
    }

    private static int indexOfComma(String text) {
        int latin = text.indexOf(',');
        int arabic = text.indexOf('،');
        if (latin < 0) {
            return arabic;
        }
        return arabic < 0 ? latin : Math.min(latin, arabic);
    }

    private static void addPart(String part, boolean hyphenatedToNext, boolean wholeName,
                                List<NameToken> tokens, List<int[]> links) {
        Script script = Script.of(part);
        switch (script) {
            case ARABIC -> addArabicScript(part, tokens, links);
            case HAN -> addSyllabic(part, Script.HAN, wholeName, tokens, links);
            case HANGUL -> addSyllabic(part, Script.HANGUL, wholeName, tokens, links);
            default -> addAlphabetic(part, script, hyphenatedToNext, tokens);
        }
    }

    private static void addAlphabetic(String part, Script script, boolean hyphenatedToNext, List<NameToken> tokens) {
        String letters = script == Script.HEBREW ? part : stripApostrophes(part);
        if (letters.codePoints().noneMatch(Character::isLetter)) {
            return;
        }
        String ascii = script == Script.LATIN ? Transcriber.latinAscii(letters) : null;
        NameToken.Role role = NameToken.Role.NAME;
        if (ascii != null) {
            if (TITLES.contains(ascii)) {
                role = NameToken.Role.TITLE;
            } else if (ascii.length() == 1) {
                role = NameToken.Role.INITIAL;
            } else if (PARTICLES.contains(ascii) && !(ascii.equals("y") && tokens.isEmpty())
                    || hyphenatedToNext && ARTICLES_BEFORE_HYPHEN.contains(ascii)) {
                role = NameToken.Role.PARTICLE;
            }
        } else if (script == Script.CYRILLIC && letters.length() <= 3) {
            String latin = CyrillicLetters.toLatin(letters);
            if (PARTICLES.contains(latin)) {
                role = NameToken.Role.PARTICLE;
            }
        } else if (script == Script.HEBREW && (letters.equals("בן") || letters.equals("בת")) && !tokens.isEmpty()) {
            role = NameToken.Role.PARTICLE;
        }
        String code = Transcriber.encode(letters, script);
        if (code.isEmpty() && role != NameToken.Role.INITIAL) {
            return;
        }
        String nativeKey = script == Script.KANA ? Transcriber.nativeKey(letters, script) : null;
        char lead = ascii != null && !ascii.isEmpty() ? ascii.charAt(0) : leadOf(code);
        tokens.add(new NameToken(letters, script, code, role, nativeKey, lead));
    }

    private static String stripApostrophes(String part) {
        return part.replaceAll("['’ʼʻ`´‘ʿʾ]", "");
    }

    private static char leadOf(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return c;
            }
        }
        return 0;
    }

    /** Arabic script: the article written on the word becomes a particle linked to it. */
    private static void addArabicScript(String part, List<NameToken> tokens, List<int[]> links) {
        String word = part.replaceAll("[\\u064B-\\u065F\\u0640\\u200C\\u200D]", "");
        if (word.isEmpty()) {
            return;
        }
        if (ARABIC_SCRIPT_TITLES.contains(word)) {
            String code = AbjadLetters.arabic(word);
            tokens.add(new NameToken(word, Script.ARABIC, code, NameToken.Role.TITLE, null, leadOf(code)));
            return;
        }
        if (ARABIC_SCRIPT_PARTICLES.contains(word)) {
            tokens.add(new NameToken(word, Script.ARABIC, AbjadLetters.arabic(word), NameToken.Role.PARTICLE, null,
                    'b'));
            return;
        }
        if (word.length() > 3 && word.startsWith("ال")) {
            int at = tokens.size();
            tokens.add(new NameToken("ال", Script.ARABIC, "Al", NameToken.Role.PARTICLE, null, 'a'));
            String rest = word.substring(2);
            tokens.add(new NameToken(rest, Script.ARABIC, AbjadLetters.arabic(rest), NameToken.Role.NAME, null,
                    leadOf(AbjadLetters.arabic(rest))));
            links.add(new int[] {at, at + 2});
            return;
        }
        String code = AbjadLetters.arabic(word);
        tokens.add(new NameToken(word, Script.ARABIC, code, NameToken.Role.NAME, null, leadOf(code)));
    }

    /**
     * Chinese and Korean names written as one word are split into family name and given name (linked,
     * so that Xi Jinping, Xijinping and Xi Jin Ping all meet); names of foreigners (several words) stay
     * as written.
     */
    private static void addSyllabic(String part, Script script, boolean wholeName, List<NameToken> tokens,
                                    List<int[]> links) {
        String word = Transcriber.nativeKey(part, script);
        if (word.isEmpty()) {
            return;
        }
        int length = word.codePointCount(0, word.length());
        if (wholeName && length >= 2 && length <= 4) {
            Set<String> doubles = script == Script.HAN ? CHINESE_DOUBLE_SURNAMES : KOREAN_DOUBLE_SURNAMES;
            int surnameLength = length >= 3 && doubles.contains(word.substring(0, 2)) ? 2 : 1;
            String surname = word.substring(0, surnameLength);
            String given = word.substring(surnameLength);
            int at = tokens.size();
            tokens.add(syllabicToken(surname, script, true));
            tokens.add(syllabicToken(given, script, false));
            links.add(new int[] {at, at + 2});
            return;
        }
        tokens.add(syllabicToken(word, script, false));
    }

    private static NameToken syllabicToken(String word, Script script, boolean koreanSurname) {
        String code = Transcriber.encode(word, script);
        if (koreanSurname && script == Script.HANGUL && !code.isEmpty()
                && (Sounds.isVowel(code.charAt(0)) || code.charAt(0) == 'y')) {
            code = "L" + code;
        }
        return new NameToken(word, script, code, NameToken.Role.NAME, Transcriber.nativeKey(word, script),
                leadOf(code));
    }

    /** Titles go when the name keeps at least two other words; otherwise they are read as names. */
    private static void dropTitles(List<NameToken> tokens, List<int[]> links) {
        long titles = tokens.stream().filter(t -> t.role() == NameToken.Role.TITLE).count();
        if (titles == 0) {
            return;
        }
        if (tokens.size() - titles < 2) {
            tokens.replaceAll(t -> t.role() == NameToken.Role.TITLE ? t.as(NameToken.Role.NAME) : t);
            return;
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).role() == NameToken.Role.TITLE) {
                tokens.remove(i);
                for (int[] link : links) {
                    if (link[0] > i) {
                        link[0]--;
                    }
                    if (link[1] > i) {
                        link[1]--;
                    }
                }
            }
        }
        links.removeIf(link -> link[1] - link[0] < 2);
    }

    /** Particles and Abd/Abu are read together with the name that follows them. */
    private static void linkGoverningWords(List<NameToken> tokens, List<int[]> links) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            boolean governs = token.role() == NameToken.Role.PARTICLE || isGoverning(token);
            if (!governs) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).role() == NameToken.Role.PARTICLE) {
                end++;
            }
            if (end < tokens.size() && tokens.get(end).role() == NameToken.Role.NAME) {
                links.add(new int[] {i, end + 1});
            }
        }
    }

    private static boolean isGoverning(NameToken token) {
        return token.script() == Script.LATIN && GOVERNING.contains(Transcriber.latinAscii(token.text()))
                || token.script() == Script.ARABIC && ARABIC_SCRIPT_GOVERNING.contains(token.text());
    }

    private static List<ParsedName.Compound> compounds(List<NameToken> tokens, List<int[]> links) {
        List<ParsedName.Compound> compounds = new ArrayList<>();
        for (int[] link : links) {
            if (link[1] - link[0] < 2 || link[1] - link[0] > 4) {
                continue;
            }
            boolean duplicate = compounds.stream().anyMatch(c -> c.from() == link[0] && c.to() == link[1]);
            if (!duplicate) {
                compounds.add(new ParsedName.Compound(link[0], link[1], join(tokens.subList(link[0], link[1]))));
            }
        }
        return List.copyOf(compounds);
    }

    static NameToken join(List<NameToken> parts) {
        StringBuilder text = new StringBuilder();
        StringBuilder code = new StringBuilder();
        StringBuilder nativeKey = new StringBuilder();
        boolean anyNative = false;
        for (NameToken part : parts) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(part.text());
            code.append(part.code());
            if (part.nativeKey() != null) {
                anyNative = true;
                nativeKey.append(part.nativeKey());
            }
        }
        NameToken first = parts.get(0);
        return new NameToken(text.toString(), first.script(), LatinSounds.tidy(code), NameToken.Role.NAME,
                anyNative ? nativeKey.toString() : null, first.lead());
    }
}
