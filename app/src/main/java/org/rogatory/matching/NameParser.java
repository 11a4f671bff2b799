package org.rogatory.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a name as written into the words that are compared. Handles "SURNAME, Given" (turned round),
 * an alternative name in brackets, hyphens, apostrophes, initials, leading titles (dropped), particles
 * (al, bin, van, de, in any script: kept but light), the Arabic article written on the word (الراوي),
 * and the words that are also read joined: a hyphenated name, a particle with its name, Abd and Abu
 * with the name they govern, a name with a following al-Din or Allah (Shams al-Din = Shamsuddin), and
 * a Chinese or Korean name written as one word, split into family and given name.
 */
final class NameParser {

    /** Titles and ranks, dropped when they stand before the name. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mme", "dr", "doctor", "doktor", "docteur", "prof", "sir",
            "dame", "haji", "hajji", "hadji", "hajj", "alhaji", "alhaj", "qari", "mullah", "mulla", "mollah",
            "molla", "maulavi", "mawlawi", "maulvi", "moulvi", "mawlavi", "mavlavi", "maulana", "mawlana",
            "sheikh", "shaikh", "sheik", "shaykh", "imam", "gen", "general", "col", "colonel", "capt", "lt",
            "maj", "engr", "eng", "hafiz", "sayyid", "sayyed", "sayed", "seyed", "seyyed", "syed", "president", "presidente", "prasident", "praesident", "pres", "minister", "king",
            "queen", "prince", "princess", "senator", "rev", "father", "saint",
            "st", "mgr", "judge", "justice", "ambassador", "commander", "cmdr", "sgt", "brig", "marshal",
            // forms of address and the titles of lawyers and doctors in the languages requests arrive in
            "mister", "madam", "madame", "monsieur", "mademoiselle", "mlle", "maitre", "me", "avocat", "avocate",
            "professeur", "professor", "pr", "herr", "frau", "rechtsanwalt", "rechtsanwaltin", "dipl", "med",
            "dhr", "mevr", "mevrouw", "meester", "advocaat", "drs", "attorney", "barrister", "solicitor",
            "counsel", "sra", "srta", "avv", "avvocato", "dott", "abogado", "abogada");
    /** Forms of address and titles of lawyers in Cyrillic, dropped as {@link #TITLES} are. */
    private static final Set<String> CYRILLIC_TITLES = Set.of("господин", "госпожа", "адвокат", "доктор",
            "профессор");
    /** Generation marks and honorifics that follow a name, dropped when they close it. */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii", "ix",
            "xi", "xii", "xiii", "xiv", "xv", "xvi", "na", "bey", "pasha", "pacha", "effendi", "efendi");
    private static final Set<String> NATIVE_TITLES = Set.of("الحاج", "حاج", "حاجي", "ملا", "مولوي", "مولوى",
            "قاري", "شيخ", "الشيخ", "مولانا", "حافظ", "سيد");
    /** Honorifics that follow a name (Osman Hamdi Bey, Enver Pasha), dropped when they close it. */
    private static final Set<String> NATIVE_SUFFIXES = Set.of("بك", "بيك", "باشا", "افندي");
    /** Arabic letters that do not join the letter after them. */
    private static final String NON_JOINING = "اأإآدذرزوؤ";
    /** The Arabic article, which counts written apart too (al Rashid, Zia ul Haq). */
    private static final Set<String> STANDALONE_ARTICLES = Set.of("al", "el", "ul");
    /**
     * The article assimilated to the sun letter that begins the name (ad-Din, ar-Rahman, ud-Din, ash-Shami):
     * it counts only hyphenated to a name beginning with that letter, as otherwise it is a syllable of a
     * name (Chou En-lai, Kim Un-yong, Wang An-shih, Kim Il-sung).
     */
    private static final Set<String> ASSIMILATED_ARTICLES = Set.of("ad", "ar", "as", "ash", "at", "az", "an", "ud",
            "ur", "us", "ut", "un", "ed", "er", "es", "et", "ez", "en", "uz", "ush");
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "bint", "binti", "ben", "ould", "wuld", "van",
            "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "do", "le", "la", "ter",
            "ten", "zu", "af", "y", "bar", "bat", "mac");
    /** Particles only French names have. */
    private static final Set<String> FRENCH_PARTICLES = Set.of("le", "du");
    private static final Pattern INDONESIAN_SY = Pattern.compile("sy([aeiou])");
    private static final Pattern TURKIC_X = Pattern.compile("([aeiou])x");
    private static final Pattern RUSSIAN_YO = Pattern.compile("([bdfgklmnprstvz])yo(?!ng)");
    private static final Pattern KONTSEVICH_ASPIRATE = Pattern.compile("([чтпк])х");
    private static final Set<String> NATIVE_PARTICLES = Set.of(
            "بن", "ابن", "بنت", "ولد", "آل", "فان", "فون", "دي", "دو", "دا", "دل", "لا", "لو",
            "בן", "בת", "בר", "אבן", "ואן", "פון", "פאן", "דה", "דר", "דל", "לה", "דו", "די", "א-",
            "фон", "ван", "де", "дер", "ле", "ла", "ди", "да", "дю", "дель", "аль", "ибн", "бин", "бен", "эль");
    /** Words that govern the next name: Abd al-Rahman = Abdulrahman, Abu Bakr = Abubakr. */
    private static final Set<String> ABD = Set.of("abd", "abdul", "abdel", "abdal", "abdoul", "abdu", "abdur",
            "abdol", "abdil", "abdou");
    private static final Set<String> ABU = Set.of("abu", "abou", "abo", "abul", "aboul");
    /** Abu with the article of the next name run in (Abul Kalam, Aboul Bakr). */
    private static final Set<String> ABU_WITH_ARTICLE = Set.of("abul", "aboul");
    private static final Set<String> NATIVE_GOVERNING = Set.of("عبد", "ابو", "أبو", "ابي", "أبي", "عبيد");
    private static final Set<String> CHINESE_DOUBLE_SURNAMES = Set.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛",
            "上官", "司徒", "东方", "東方", "皇甫", "令狐", "夏侯", "慕容", "尉迟", "尉遲", "公孙", "公孫", "长孙", "長孫",
            "宇文", "轩辕", "軒轅", "端木", "独孤", "獨孤", "南宫", "南宮", "西门", "西門", "澹台");
    private static final Set<String> KOREAN_DOUBLE_SURNAMES = Set.of("남궁", "황보", "제갈", "선우", "독고", "사공",
            "서문", "동방");
    /** The phonetic code of the Arabic article: a vowel and an l that takes the sound of what follows. */
    static final String ARTICLE_CODE = "AL";

    /** A name with al-Din or Allah written on it (Sirajuddin, Habibullah), which is often cut to its stem. */
    private static final Pattern THEOPHORIC = Pattern.compile(
            "(.{3,}?)(uddin|uddeen|udin|eddine|eddin|edin|addin|aldin|uldin|ud?din|ullah|ulla|ollah|olla|allah|alla)");
    private static final Pattern ALTERNATIVES = Pattern.compile(";");
    /**
     * Words before another name of the same person, written in full (Poquelin dit Molière, Иванов он же
     * Петров).
     */
    private static final Pattern ALIAS = Pattern.compile(
            "(?iu)(?:^|\\s)(?:alias|a\\.k\\.a\\.?|a/k/a|also known as|dite?|genannt|он же|она же)\\s+(?=\\S)");
    /**
     * Words before the family name a person was born with or married into, which goes with the same given
     * names: Anna Schmidt née Müller is also Anna Müller, Marie Martin épouse Dupont also Marie Dupont.
     */
    private static final Pattern OTHER_FAMILY_NAME = Pattern.compile(
            "(?iu)(?:^|\\s)(?:née|nee|geb\\.|geborene|épouse|epouse|ép\\.|ep\\.|veuve|vve\\.?"
                    + "|урожд\\.|урождённая|урожденная)\\s+(?=\\S)");
    private static final Pattern BRACKETS = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    /**
     * A nickname in double quotes inside a name (Joaquín "El Chapo" Guzmán, Ahmed «Abu Ali» Hassan) is
     * another name, as one in brackets is. Not single quotes: transliterations of Arabic write the ayn and
     * the hamza with them (‘Ubayd Juday’).
     */
    private static final Pattern QUOTED = Pattern.compile("[\"“”„«»]([^\"“”„«»]+)[\"“”„«»]");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s·・•‧･/;:\"“”„«»{}_.=+*&,،]+");
    /**
     * A middle dot between two Latin letters is inside a word, not between two: BGN/PCGN romanisation of
     * Russian and Ukrainian marks with it the letters that must not be read as one (Robert·s = Робертс,
     * D·evid = Дэвид), and Catalan writes its ela geminada so (Gal·la). Between names in Chinese and
     * Japanese it is a break.
     */
    private static final Pattern LATIN_MIDDLE_DOT = Pattern.compile("(?<=\\p{IsLatin})·(?=\\p{IsLatin})");
    private static final Pattern HYPHENS = Pattern.compile("[-‐‑‒–—―]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼʻ`´‘ʿʾ]");
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0640\\u200C\\u200D\\u06D6-\\u06ED]");

    private NameParser() {
    }

    /**
     * The name and the alternative names given in brackets, after a semicolon, after an alias (Ablyazov
     * alias Abliazov) or as the family name before or after a marriage (Anna Schmidt née Müller).
     */
    static List<ParsedName> parse(String raw) {
        String text = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC).strip();
        text = CAMEL_JOIN.matcher(text).replaceAll(" ");
        Matcher brackets = BRACKETS.matcher(text);
        List<String> bracketed = new ArrayList<>();
        while (brackets.find()) {
            bracketed.add(brackets.group(1));
        }
        Matcher quoted = QUOTED.matcher(brackets.replaceAll(" "));
        while (quoted.find()) {
            bracketed.add(quoted.group(1));
        }
        List<String> written = new ArrayList<>(List.of(
                ALTERNATIVES.split(quoted.replaceAll(" ").replaceAll("[()\\[\\]]", " "))));
        written.addAll(bracketed);
        List<ParsedName> names = new ArrayList<>();
        String first = null;
        for (String alternative : written) {
            for (String alias : ALIAS.split(alternative)) {
                String[] parts = OTHER_FAMILY_NAME.split(alias);
                String name = parts[0].strip();
                if (!name.isEmpty()) {
                    addIfAny(names, name);
                    first = first == null ? name : first;
                }
                // "(née Müller)" gives the family name of the name before the brackets
                String givenNamesOf = name.isEmpty() ? first : name;
                for (int k = 1; k < parts.length; k++) {
                    addIfAny(names, withFamilyName(givenNamesOf, parts[k].strip()));
                }
            }
        }
        return names;
    }

    /** The given names of {@code name} with {@code family} for its family name; {@code family} alone if it is more. */
    private static String withFamilyName(String name, String family) {
        if (name == null || family.contains(" ")) {
            return family;
        }
        String[] words = turnSurnameCommaRound(name).strip().split("\\s+");
        return words.length < 2 ? family
                : String.join(" ", Arrays.copyOfRange(words, 0, words.length - 1)) + " " + family;
    }

    private static void addIfAny(List<ParsedName> names, String text) {
        ParsedName name = parseOne(text);
        if (!name.tokens().isEmpty()) {
            names.add(name);
        }
    }

    static ParsedName parseOne(String text) {
        String ordered = turnSurnameCommaRound(text);
        if (ordered.indexOf('·') >= 0) {
            ordered = LATIN_MIDDLE_DOT.matcher(ordered).replaceAll("");
        }
        List<String> words = new ArrayList<>();
        for (String word : WORD_BREAKS.split(ordered)) {
            if (!word.isBlank() && word.codePoints().anyMatch(Character::isLetter)) {
                words.add(word);
            }
        }
        List<NameToken> tokens = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        boolean singleWord = words.size() == 1;
        for (int w = 0; w < words.size(); w++) {
            String[] parts = HYPHENS.split(words.get(w));
            int first = tokens.size();
            for (int p = 0; p < parts.length; p++) {
                boolean endsName = w == words.size() - 1 && p == parts.length - 1;
                String hyphenedNext = p + 1 < parts.length ? parts[p + 1] : null;
                addPart(parts[p], hyphenedNext, singleWord && parts.length == 1, endsName, tokens, links);
            }
            if (tokens.size() - first >= 2) {
                links.add(new int[] {first, tokens.size()});
            }
        }
        dropTitles(tokens, links);
        readNamesInTheirLanguage(tokens);
        readSerbianCyrillicWithoutMarks(tokens);
        linkGoverningWords(tokens, links);
        List<ParsedName.Compound> compounds = new ArrayList<>(compounds(tokens, links));
        addStems(tokens, compounds);
        return new ParsedName(text, Script.of(text), List.copyOf(tokens), List.copyOf(compounds));
    }

    /**
     * Words run together in camel case (VladimirPutin, as user names and some exports write them) are
     * two words: a capital after at least three small letters, followed by two more. Shorter prefixes
     * stay joined (McDonald, LeBron, DiCaprio).
     */
    private static final Pattern CAMEL_JOIN = Pattern.compile("(?<=\\p{Ll}\\p{Ll}\\p{Ll})(?=\\p{Lu}\\p{Ll}\\p{Ll})");

    /** "SURNAME, Given Names" → "Given Names SURNAME". */
    private static String turnSurnameCommaRound(String text) {
        int latin = text.indexOf(',');
        int arabic = text.indexOf('،');
        int comma = latin < 0 ? arabic : arabic < 0 ? latin : Math.min(latin, arabic);
        if (comma <= 0 || comma == text.length() - 1) {
            return text;
        }
        return text.substring(comma + 1) + " " + text.substring(0, comma);
    }

    private static void addPart(String part, String hyphenedNext, boolean wholeName, boolean endsName,
                                List<NameToken> tokens, List<int[]> links) {
        Script script = Script.of(part);
        switch (script) {
            case ARABIC -> addArabicScript(part, tokens, links);
            case HAN, HANGUL -> addSyllabic(part, script, wholeName, tokens, links);
            default -> addAlphabetic(part, script, hyphenedNext, endsName, tokens);
        }
    }

    private static boolean assimilatedArticle(String ascii, String hyphenedNext) {
        return hyphenedNext != null && ASSIMILATED_ARTICLES.contains(ascii)
                && Transcriber.latinAscii(hyphenedNext).startsWith(ascii.substring(1));
    }

    /**
     * A word of an alphabet; with {@code endsName}, the last of the name, which no particle can be, as a
     * particle comes before the name it links (Anh Le, Uolter Bat: the family names Lê and Бат).
     */
    private static void addAlphabetic(String part, Script script, String hyphenedNext, boolean endsName,
                                      List<NameToken> tokens) {
        String letters = script == Script.HEBREW ? part : APOSTROPHES.matcher(part).replaceAll("");
        if (letters.codePoints().noneMatch(Character::isLetter)) {
            return;
        }
        String ascii = script == Script.LATIN ? Transcriber.latinAscii(letters) : null;
        NameToken.Role role = NameToken.Role.NAME;
        String code = null;
        if (ascii != null) {
            if (TITLES.contains(ascii) || SUFFIXES.contains(ascii)) {
                role = NameToken.Role.TITLE;
            } else if (ascii.length() == 1) {
                role = NameToken.Role.INITIAL;
            } else if (STANDALONE_ARTICLES.contains(ascii) || assimilatedArticle(ascii, hyphenedNext)) {
                role = NameToken.Role.PARTICLE;
                code = ARTICLE_CODE;
            } else if (PARTICLES.contains(ascii) && !endsName && !(tokens.isEmpty() && ascii.length() > 2)) {
                role = NameToken.Role.PARTICLE;
            } else if (ABD.contains(ascii)) {
                code = ascii.equals("abd") ? "abd" : "abd" + ARTICLE_CODE;
            } else if (ABU_WITH_ARTICLE.contains(ascii)) {
                code = "abu" + ARTICLE_CODE;
            }
        } else {
            String lower = Transcriber.lower(letters);
            if (letters.codePointCount(0, letters.length()) == 1 && !lower.equals(letters)) {
                // a capital letter alone in a cased alphabet is an initial (Гринкевич В. А.), as in Latin
                role = NameToken.Role.INITIAL;
            } else if (NATIVE_PARTICLES.contains(lower) && !tokens.isEmpty() && !endsName) {
                role = NameToken.Role.PARTICLE;
            } else if (CYRILLIC_TITLES.contains(lower)) {
                role = NameToken.Role.TITLE;
            }
        }
        if (code == null) {
            code = Transcriber.encode(letters, script);
        }
        if (code.isEmpty() && role != NameToken.Role.INITIAL) {
            return;
        }
        String nativeKey = script == Script.KANA ? Transcriber.nativeKey(letters, script) : null;
        char lead = ascii != null && !ascii.isEmpty() ? ascii.charAt(0) : leadOf(code);
        NameToken token = new NameToken(letters, script, code, role, nativeKey, lead);
        if (ascii != null && role == NameToken.Role.NAME) {
            String english = EnglishReading.of(ascii);
            token = token.alsoRead(codeOf(english)).alsoRead(LatinSounds.finalJ(ascii))
                    .alsoRead(codeOf(somaliAbd(ascii))).alsoRead(codeOf(indonesianSy(ascii)))
                    .alsoRead(codeOf(russianYo(ascii))).alsoRead(codeOf(turkicX(ascii)))
                    .alsoRead(codeOf(Transcriber.marksDropped(letters)))
                    .alsoReadBySyllables(codeOf(EnglishReading.withoutR(english == null ? ascii : english)));
        } else if (script == Script.CYRILLIC && role == NameToken.Role.NAME) {
            String lower = Transcriber.lower(letters);
            for (String reading : EastAsianCyrillic.readings(lower)) {
                token = token.alsoRead(codeOf(reading));
            }
            if (lower.indexOf('ё') >= 0) {
                // Russian writes ё as е in most texts, and passports e (Фёдор Семёнов = Fedor Semenov)
                token = token.alsoRead(CyrillicLetters.encode(lower.replace('ё', 'е')));
            }
            if (lower.indexOf('г') >= 0) {
                // Г is h in Ukrainian and Belarusian, and Russian writes the h of Western names so (Гарри = Harry)
                token = token.alsoRead(CyrillicLetters.encode(lower.replace('г', 'х')));
            }
            String unaspirated = KONTSEVICH_ASPIRATE.matcher(lower).replaceAll("$1");
            if (!unaspirated.equals(lower)) {
                // Russian writes the aspirated consonants of Korean with an х that Latin spellings leave
                // out (Чхве = Choi, Тхэ = Tae, Пхё = Pyo)
                token = token.alsoRead(CyrillicLetters.encode(unaspirated));
            }
        }
        tokens.add(token);
    }

    /**
     * When a word of the name is spelt the way of a language ({@link LanguageReading#of}), each of its
     * Latin words is also read in that language.
     */
    private static void readNamesInTheirLanguage(List<NameToken> tokens) {
        List<Integer> positions = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean frenchParticle = false;
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            if (token.script() == Script.LATIN && token.role() == NameToken.Role.NAME) {
                positions.add(i);
                words.add(Transcriber.lower(token.text()));
            }
            frenchParticle |= token.role() == NameToken.Role.PARTICLE
                    && FRENCH_PARTICLES.contains(Transcriber.lower(token.text()));
        }
        LanguageReading language = LanguageReading.of(words);
        if (language == null && frenchParticle) {
            // a name no spelling marks, but with le or du before a word, is French (Chad le Clos, Paul du Lac)
            language = LanguageReading.FRENCH;
        }
        if (language == null) {
            return;
        }
        for (int k = 0; k < positions.size(); k++) {
            int i = positions.get(k);
            tokens.set(i, tokens.get(i).alsoRead(codeOf(language.read(words.get(k)))));
        }
    }

    /**
     * When a word of a Cyrillic name has a letter of Serbian or Macedonian, each word is also read as
     * Latin letters without their marks, as ASCII-only systems write these names (Ђорђе Вучић = Dorde
     * Vucic, Жарко Јовановић = Zarko Jovanovic); Russian names are left alone, whose Latin spellings
     * spell the sounds out (Горбачёв = Gorbachev).
     */
    private static void readSerbianCyrillicWithoutMarks(List<NameToken> tokens) {
        boolean serbian = false;
        for (NameToken token : tokens) {
            serbian |= token.script() == Script.CYRILLIC
                    && CyrillicLetters.serbianOrMacedonian(Transcriber.lower(token.text()));
        }
        if (!serbian) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            if (token.script() == Script.CYRILLIC && token.role() == NameToken.Role.NAME) {
                String latin = CyrillicLetters.latinWithoutMarks(Transcriber.lower(token.text()));
                tokens.set(i, token.alsoRead(codeOf(latin)));
            }
        }
    }

    /** A given name in lower-case Latin letters, as a word of a name (the full form of a short one). */
    static NameToken latinName(String ascii) {
        String code = LatinSounds.encode(ascii);
        return new NameToken(ascii, Script.LATIN, code, NameToken.Role.NAME, null, ascii.charAt(0))
                .alsoRead(codeOf(EnglishReading.of(ascii)));
    }

    /** The code of another reading in Latin letters, or null when there is none. */
    private static String codeOf(String reading) {
        return reading == null ? null : LatinSounds.encode(Transcriber.latinAscii(reading));
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

    /**
     * Where a word starts with Abd inside another after a letter that does not join the next (محمدعبد), the
     * space between them is invisible in Arabic writing and often missing in data: they are two words.
     */
    private static int runTogetherAbd(String word) {
        int at = word.indexOf("عبد", 1);
        return at > 0 && NON_JOINING.indexOf(word.charAt(at - 1)) >= 0 ? at : -1;
    }

    /** Arabic script: the article written on the word becomes a particle linked to it. */
    private static void addArabicScript(String part, List<NameToken> tokens, List<int[]> links) {
        String word = ARABIC_MARKS.matcher(part).replaceAll("");
        if (word.isEmpty()) {
            return;
        }
        int joint = runTogetherAbd(word);
        if (joint > 0) {
            addArabicScript(word.substring(0, joint), tokens, links);
            addArabicScript(word.substring(joint), tokens, links);
            return;
        }
        String plain = AbjadLetters.plainArabic(word);
        if (NATIVE_TITLES.contains(plain) || NATIVE_SUFFIXES.contains(plain)) {
            // a title kept as a name (Hassan al-Sheikh Mahmoud) is compared without its article, as Latin's is
            tokens.add(arabicToken(word, plain.startsWith("ال") ? word.substring(2) : word, NameToken.Role.TITLE));
            return;
        }
        if (NATIVE_PARTICLES.contains(plain) && !tokens.isEmpty()) {
            tokens.add(arabicToken(word, NameToken.Role.PARTICLE));
            return;
        }
        if (word.length() > 3 && word.startsWith("ال")) {
            int at = tokens.size();
            tokens.add(new NameToken("ال", Script.ARABIC, ARTICLE_CODE, NameToken.Role.PARTICLE, null, 'a'));
            tokens.add(arabicToken(word.substring(2), NameToken.Role.NAME));
            links.add(new int[] {at, at + 2});
            return;
        }
        tokens.add(arabicToken(word, NameToken.Role.NAME));
    }

    private static NameToken arabicToken(String word, NameToken.Role role) {
        return arabicToken(word, word, role);
    }

    /** A word of Arabic script said as {@code said} (the word without a part that is not compared). */
    private static NameToken arabicToken(String word, String said, NameToken.Role role) {
        String code = AbjadLetters.arabic(said);
        NameToken token = new NameToken(word, Script.ARABIC, code, role, null, leadOf(code));
        if (said.endsWith("ة") && code.endsWith("H")) {
            // the ta marbuta is said t in Persian, Turkish and Indonesian names and in the construct state
            // (رحمة = Rahmat, هداية = Hidayat)
            token = token.alsoRead(code.substring(0, code.length() - 1) + "t");
        }
        return token;
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
        // a Korean word of two syllables is as often a given name alone as a family and given name
        int shortest = script == Script.HANGUL ? 3 : 2;
        if (wholeName && length >= shortest && length <= 4) {
            Set<String> doubles = script == Script.HAN ? CHINESE_DOUBLE_SURNAMES : KOREAN_DOUBLE_SURNAMES;
            int surnameLength = length >= 3 && doubles.contains(word.substring(0, 2)) ? 2 : 1;
            int at = tokens.size();
            tokens.add(syllabicToken(word.substring(0, surnameLength), script, true));
            tokens.add(syllabicToken(word.substring(surnameLength), script, false));
            links.add(new int[] {at, at + 2});
            return;
        }
        tokens.add(syllabicToken(word, script, false));
    }

    private static NameToken syllabicToken(String word, Script script, boolean familyName) {
        String code = Transcriber.encode(word, script);
        if (familyName && script == Script.HANGUL && !code.isEmpty()
                && (Sounds.isVowel(code.charAt(0)) || code.charAt(0) == 'y')) {
            code = "L" + code;
        }
        NameToken token = new NameToken(word, script, code, NameToken.Role.NAME, Transcriber.nativeKey(word, script),
                leadOf(code));
        return switch (script) {
            case HAN -> token.alsoRead(Transcriber.chineseWithoutNasalEcho(word));
            // Koreans who spell their given name by the Revised Romanisation write its letters (Eun-hui = 은희)
            case HANGUL -> familyName ? token
                    : token.alsoRead(LatinSounds.encode(Transcriber.revisedRomanisation(word)));
            default -> token;
        };
    }

    /** A generation mark or an honorific that follows a name. */
    private static boolean suffix(NameToken token) {
        return token.script() == Script.ARABIC ? NATIVE_SUFFIXES.contains(AbjadLetters.plainArabic(token.text()))
                : SUFFIXES.contains(Transcriber.latinAscii(token.text()));
    }

    /**
     * Titles go when they open the name and generation marks and honorifics when they close it, as long as
     * two other words remain; anywhere else, or in a shorter name, they are read as names (Sheikh can be a
     * name).
     */
    private static void dropTitles(List<NameToken> tokens, List<int[]> links) {
        int leading = 0;
        while (leading < tokens.size() && tokens.get(leading).role() == NameToken.Role.TITLE
                && !suffix(tokens.get(leading))) {
            leading++;
        }
        int trailing = 0;
        while (trailing < tokens.size() - leading
                && tokens.get(tokens.size() - 1 - trailing).role() == NameToken.Role.TITLE
                && suffix(tokens.get(tokens.size() - 1 - trailing))) {
            trailing++;
        }
        boolean drop = tokens.size() - leading - trailing >= 2;
        List<NameToken> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            boolean edge = i < leading || i >= tokens.size() - trailing;
            if (drop && edge) {
                continue;
            }
            kept.add(token.role() == NameToken.Role.TITLE ? token.as(NameToken.Role.NAME) : token);
        }
        if (drop && leading > 0) {
            for (int[] link : links) {
                link[0] -= leading;
                link[1] -= leading;
            }
        }
        int size = kept.size();
        links.removeIf(link -> link[0] < 0 || link[1] > size || link[1] - link[0] < 2);
        tokens.clear();
        tokens.addAll(kept);
    }

    /**
     * Particles and Abd/Abu are read together with the name that follows them, and a name with the
     * article-and-name that follows it (Shams al-Din, عتيق الله).
     */
    private static void linkGoverningWords(List<NameToken> tokens, List<int[]> links) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            if (token.role() == NameToken.Role.PARTICLE || isGoverning(token)) {
                int end = i + 1;
                while (end < tokens.size() && tokens.get(end).role() == NameToken.Role.PARTICLE) {
                    end++;
                }
                if (end < tokens.size() && tokens.get(end).role() == NameToken.Role.NAME) {
                    links.add(new int[] {i, end + 1});
                }
            }
            if (token.role() == NameToken.Role.NAME && i + 2 < tokens.size()
                    && ARTICLE_CODE.equals(tokens.get(i + 1).code())
                    && tokens.get(i + 2).role() == NameToken.Role.NAME) {
                links.add(new int[] {i, i + 3});
            }
        }
    }

    /**
     * Somali writes the Abd al- of a name joined with i (Abdikadir, Abdirahman, Abdiweli): the word read as
     * Abdul- meets the Arabic and the other Latin spellings; null for other words.
     */
    private static String somaliAbd(String ascii) {
        return ascii.length() >= 7 && ascii.startsWith("abdi") && !Sounds.isVowel(ascii.charAt(4))
                ? "abdul" + ascii.substring(4) : null;
    }

    /**
     * Indonesian and Malay write sh as sy before a vowel (Syarif, Rosyid, Ba'asyir = Sharif, Rashid,
     * Ba'ashir): the word read with sh; null for words without it. Not the Armenian -syan (Avetisyan).
     */
    private static String indonesianSy(String ascii) {
        return ascii.endsWith("syan") ? null : rewritten(ascii, INDONESIAN_SY, "sh$1");
    }

    /**
     * Uzbek and Uyghur Latin write kh as x (Toxir, Baxtiyor, Toxti = Тохир, Бахтиёр, Tohti), and so do
     * Uzbek passports: the word read with kh for an x after a vowel; null for words without it. An x that
     * begins a word is the Somali reading's.
     */
    private static String turkicX(String ascii) {
        return ascii.indexOf('x') < 0 ? null : rewritten(ascii, TURKIC_X, "$1kh");
    }

    /**
     * The yo of a Russian name after a consonant (Semyonov, Fyodor, Pyotr) is a Cyrillic ё, which most
     * Russian texts write е: the word read with e (Семенов, Федор); null for words without it. Not the
     * yong of Korean and Chinese syllables (Kim Pyong-ryul).
     */
    private static String russianYo(String ascii) {
        return ascii.contains("yo") ? rewritten(ascii, RUSSIAN_YO, "$1e") : null;
    }

    /** The word with a spelling rewritten, or null when the rule does not change it. */
    private static String rewritten(String ascii, Pattern spelling, String replacement) {
        String said = spelling.matcher(ascii).replaceAll(replacement);
        return said.equals(ascii) ? null : said;
    }

    private static boolean isGoverning(NameToken token) {
        return token.script() == Script.LATIN && (ABD.contains(Transcriber.latinAscii(token.text()))
                || ABU.contains(Transcriber.latinAscii(token.text())))
                || token.script() == Script.ARABIC && NATIVE_GOVERNING.contains(AbjadLetters.plainArabic(token.text()));
    }

    /** Sirajuddin may also be read Siraj, Habibullah Habib: the stem is an alternative reading of the word. */
    private static void addStems(List<NameToken> tokens, List<ParsedName.Compound> compounds) {
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            if (token.script() != Script.LATIN || token.role() != NameToken.Role.NAME) {
                continue;
            }
            Matcher m = THEOPHORIC.matcher(Transcriber.latinAscii(token.text()));
            if (m.matches()) {
                String stem = m.group(1);
                compounds.add(new ParsedName.Compound(i, i + 1, new NameToken(stem, Script.LATIN,
                        LatinSounds.encode(stem), NameToken.Role.NAME, null, stem.charAt(0))));
            }
        }
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
        String joined = first.script().isAbjad() ? Sounds.normalizeAbjad(code) : Sounds.normalize(code);
        return new NameToken(text.toString(), first.script(), joined, NameToken.Role.NAME,
                anyNative ? nativeKey.toString() : null, first.lead());
    }
}
