package org.rogatory.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A second reading of a Latin spelling, as a speaker of the language it is spelt in would say it. Other
 * scripts render foreign names by sound (Bourget = Бурже, Jerzy = Ежи, Giuseppe = Джузеппе, Jorge =
 * خورخي, Heinrich = Генрих), and each of these orthographies is far from the English-like reading of
 * {@link LatinSounds}. A name is read in a language only when one of its words is spelt unmistakably so
 * ({@link #of(List)}); then all its Latin words are, as the given name alone rarely tells (Albert Camus,
 * Jan Szczepański).
 *
 * <p>Each reading first spells out the letters with diacritics it gives a sound of their own, then folds
 * the rest to ASCII and rewrites spellings to the English-like letters {@link LatinSounds} reads; a
 * capital in a rewrite marks a letter that later rules must leave alone.
 */
enum LanguageReading {

    /**
     * Turkish: c is j (Ceylan = Джейлан), ç is ch, ş is sh, ğ lengthens the vowel before it, ı is i.
     * Marked by ı, ğ and ş.
     */
    TURKISH("[ığş]",
            "(?!)",
            Map.of('ı', "i", 'ğ', "", 'ş', "sh", 'ç', "Ch", 'ö', "o", 'ü', "u"),
            "c", "j"),

    /**
     * Azerbaijani: as Turkish, and ə is a (Əliyev = Aliyev = Алиев), x is kh, q is g (Xədicə Qasımova =
     * Khadija Gasimova = Хадиджа Гасымова). Marked by ə, and by the Turkish letters, so that a name with an
     * ə and a Turkish letter is read the Azerbaijani way (Məmmədov Şahin).
     */
    AZERBAIJANI("[əǝığş]",
            "(?!)",
            Map.of('ə', "a", 'ǝ', "a", 'x', "Kh", 'ı', "i", 'ğ', "gh", 'ş', "sh", 'ç', "Ch", 'ö', "o", 'ü', "u"),
            "c", "j", "q", "g"),

    /**
     * Turkmen: ý is the consonant y and y the vowel ы, w is v, ň is ng, ž is zh (Saparmyrat Nyýazow =
     * Сапармурат Ниязов, Atabaýew = Атабаев). Marked by a word with ý or ň that ends in -ow or -ew (Czech
     * has ý and ň too, but not w).
     */
    TURKMEN("[ýň].*[oe]wa?$",
            "(?!)",
            Map.of('ý', "Y", 'ň', "ng", 'ž', "zh", 'ş', "sh", 'ç', "Ch", 'ä', "a", 'ö', "o", 'ü', "u"),
            "y", "i", "w", "v"),

    /**
     * Final consonants are silent, and so is a final e after a consonant (Yves = Ив, Charles = Шарль), but not
     * the e of a final é, -er, -et, -ez, -eux or -ais (René, Roger, Bourget), eau/au are o, ou is u, oi is wa,
     * ai is e, ch is sh, g before e and i and j are zh, gn is ny, ill is y (iy after a consonant: Tillion),
     * in/ain are a nasal en. Marked by è ê ô û, ça, eau, -aux, -eux, -oux, -ais, -ait, -ois, -oise, -oix, -oud,
     * -aud, -et, -gne, -ille, -cques, -ault, -aine, -ouis, -rges, -ier (not -vier: Javier is Spanish), yv-, and
     * by some thirty unmistakably French given names (Jean, Pierre, Gérard, Marguerite). Also by -ert and
     * -ence, which English shares (Robert, Florence): other scripts write such names the French way often
     * enough (Robert Delaunay = רובר דלונה, Hubert = Юбер), and the French reading is only one more.
     */
    FRENCH("[èêëîïôûùœ]|ç[aou]",
            "eau|ault|cques$|(aux|eux|oux|ais|ait|aix|ois|oix|oise|oud|aud|gne|ille|aume|aine|ouis|rges)$"
                    + "|^yv|[^t]et$|[^v]ier$|ert$|ence$"
                    + "|^(jean|pierre|rene|andre|philippe|gerard|thierry|etienne|therese|genevieve|helene|emile|edouard"
                    + "|gilles|lucien|marcel|henri|alain|marguerite|brigitte|sylvie|veronique|jerome|sebastien|frederic"
                    + "|aurelien|remi|mathieu)$",
            Map.of('ç', "s", 'é', "ee"),
            "cques$", "k", "que?s?$", "k", "mps$", "n",
            "eaux?", "o", "aux$", "o", "au", "o", "eux$", "E", "eu", "e", "oux$", "u", "ou", "u",
            "oi[sx]$", "ua", "oi", "ua", "ai[stx]$", "E", "ai", "e", "ei", "e",
            "gne$", "ny", "gn", "ny", "guill", "Giy", "([aeiou])ill", "$1y", "([^aeiou])ill([aeiou])", "$1iy$2",
            "ch", "sh",
            "gu([eiy])", "G$1", "g([eiy])", "zh$1", "j", "zh", "c([eiy])", "s$1", "qu", "k",
            "ph", "f", "th", "t", "^h", "", "([aeiou])h", "$1",
            "(ai|ei|i)n([^aeiouy]|$)", "en$2",
            "([aeiou])er$", "$1E", "e[tdxzp]$", "E", "([aeiournl])[tdsxzp]$", "$1", "([^aeiouy])e$", "$1"),

    /**
     * Hungarian: s is sh, sz is s, zs is zh, cs is ch, c is ts, gy is dy, ly and j are y (Miklós = Миклош,
     * Rózsa = Рожа, Almássy = 알마시). Marked by ő ű, cs, zs, gy and a final -ssy.
     */
    HUNGARIAN("[őű]",
            "cs|zs|gy|ssy$",
            Map.of(),
            "cs", "Ch", "zs", "Zh", "sz", "S", "s", "sh", "gy", "dy", "ly", "y", "j", "y", "c", "ts"),

    /**
     * rz and ż are zh, sz is sh, cz and ci are ch (Wojcicki = Войчицки), ch is kh, c is ts, w is v, j is y,
     * ó is u, ą and ę are nasal on and en, and an i between a consonant and a vowel only softens the
     * consonant (Miechowski = Меховский, Korzeniowski = Коженёвский). Marked by ł ń ś ż ź ą ę (not ć, which
     * Croatian shares: Jurčić), sz, cz, rz before a vowel or after a consonant, -ski, -ska, -cki, -cka, -wicz.
     */
    POLISH("[łńśżźąę]",
            "sz|cz|rz[aeiouy]|[^aeiouy]rz|[sc]k[ai]$|wicz$",
            Map.of('ł', "l", 'ż', "zh", 'ź', "zh", 'ś', "s", 'ć', "Ch", 'ń', "n", 'ą', "on", 'ę', "en", 'ó', "u"),
            "ch", "kh", "szcz", "shCh", "sz", "sh", "cz", "Ch", "ci([aeou])", "Ch$1", "ci", "Chi", "c", "ts",
            "([ptk])rz", "$1sh", "rz", "zh",
            "([^aeiouy])ie", "$1e", "([^aeiouy])i([aou])", "$1y$2", "j", "y", "w", "v",
            "([eo])n([bp])", "$1m$2"),

    /**
     * Czech, Slovak and the Latin spelling of Croatian, Serbian and Bosnian: c is ts, ch is kh, j is y, dj
     * is the j of Đorđe, a final ic is ich (ić written without its mark), ř is rzh, ě is ye (Václav Kadlec =
     * Вацлав Кадлец, Djokovic = Джокович). Marked by ř ě ů đ ć, by ý and ň (Jan Novotný = Ян Новотный;
     * Turkmen has them too, and its reading comes first), by č š ž, which every language that writes them
     * reads with j as y and c as ts (Slovene, Lithuanian, Latvian, and the scientific transliteration of
     * Cyrillic: Hadžievskij = Хаджиевский), and by the endings -ec and -vic.
     */
    CZECH_OR_CROATIAN("[řěůđčćšžýň]",
            "[^aeiou]ec$|vic$",
            Map.of('ř', "rzh", 'ě', "ye", 'ů', "u", 'đ', "dj", 'č', "Ch", 'ć', "Ch", 'š', "sh", 'ž', "zh"),
            "ch", "kh", "ic$", "iCH", "c", "ts", "dj", "J", "j", "y", "w", "v"),

    /**
     * c and g before e and i are ch and j (an i after them before a vowel is silent), ch and gh are k and
     * g, sc before e and i is sh, gli is ly, gn is ny, zz is ts. Marked by an initial gi before a, o, u, cci,
     * zz, gli, and the endings -ini, -etti, -otti, -elli, -ucci.
     */
    ITALIAN("",
            "^gi[aou]|cci|zz|gli[aeiou]|(ini|etti|otti|elli|ucci)$",
            Map.of(),
            "sch", "sk", "ch", "k", "gh", "g", "sci([aou])", "sh$1", "sc([ei])", "sh$1",
            "c+i([aou])", "Ch$1", "c+([ei])", "Ch$1", "gli", "ly", "gn", "ny",
            "g+i([aou])", "j$1", "g+([ei])", "j$1", "zz", "ts"),

    /**
     * Albanian: xh is j, x is dz, gj is dj, j is y, ç is ch, ë is e (Enver Hoxha = Энвер Ходжа, Ramush
     * Haradinaj = Рамуш Харадинай, Hashim Thaçi = Хашим Тачи). Marked by xh, gj at either end of a word, ë
     * and ç before e or i.
     */
    ALBANIAN("ë|ç[ei]",
            "xh|^gj|gj$",
            Map.of('ë', "e", 'ç', "Ch"),
            "xh", "J", "x", "dz", "gj", "J", "j", "y"),

    /**
     * Portuguese: ão is a nasal an, ãe and a final õe are ai and oi, lh is ly, nh is ny, j and g before e and i are
     * zh, x is sh, ç and c before e and i are s, an s between vowels is z, ou is o, and a final o is u
     * (João = Жуан = 주앙, Paulo = Паулу, Sousa = Соуза). Marked by ã õ, the endings -ão -ões -ães, nh
     * or a final lho after a vowel, and -eira -eiro -inho -inha.
     */
    PORTUGUESE("[ãõ]",
            "ão$|ões$|ães$|[aeiou]nh[aeiou]|lho$|(eira|eiro|inho|inha)$",
            // q, which Portuguese writes only before u, stands for ã until its rules have read it
            Map.of('ã', "q", 'õ', "o", 'ç', "s"),
            "qo", "an", "qe", "ai", "q", "a", "oe(s?)$", "oi$1", "lh", "ly", "nh", "ny", "gu([ei])", "G$1",
            "qu([ei])", "k$1", "g([ei])", "zh$1", "j", "zh", "x", "sh", "c([ei])", "s$1", "([aeiou])s([aeiou])", "$1z$2",
            "ou", "o", "o(s?)$", "u$1"),

    /**
     * j and g before e and i are kh, ll is y, ñ is ny, c before e and i and z are s, qu is k, gu before e
     * and i is g, h is silent. Marked by ñ á í ú, ll at the start, in uill or in a final -llo or
     * -lla, -ez and -oz, and by the commonest Spanish given names with a J (José, Jorge, Juan, Javier).
     */
    SPANISH("[ñáíú]",
            "^ll|ll[ao]s?$|uill|[^e][eo]z$|^(jose|jorge|juan|juana|jesus|javier|joaquin|alejandr[oa])$",
            Map.of('ñ', "ny"),
            "ch", "CH", "^ll", "y", "ll", "y", "gu([ei])", "G$1", "g([ei])", "kH$1", "j", "kH", "qu", "k",
            "c([ei])", "s$1", "z", "s", "h", ""),

    /**
     * ei and ey are ai (-eyer is aiyer: Meyer = マイヤー), eu and äu are oi, ie is i, j is y, w is v, v is f,
     * z and tz are ts, sch is sh, dsch is j (Dschochar = Джохар), ch and a final ig are kh (Ludwig =
     * ルートヴィヒ), s before a vowel is z, ä is e, ö and ü are yo and yu. Marked by ä ö ü ß, sch, tz, -mann,
     * -rich, eu, -eyer, -wig.
     */
    GERMAN("[äöüß]",
            "sch|tz|mann$|rich$|^eu|[^aeiou]eu|eyer$|wig$",
            Map.of('ä', "e", 'ö', "yo", 'ü', "yu", 'ß', "ss"),
            "dsch", "J", "tsch", "Ch", "sch", "sh", "ch", "kh", "ig$", "ikh", "eyer$", "aiyer", "e[iy]", "ai", "eu", "oi",
            "ie", "i",
            "ae", "e", "oe", "yo", "ue", "yu",
            "j", "y", "v", "f", "w", "v", "t?z", "ts", "^s([aeiou])", "z$1", "([aeiou])h([^aeiou]|$)", "$1$2",
            "ph", "f"),

    /**
     * Dutch: ij is ei, oe is u, j is y, w is v, sj is sh, sch is sk, ie is i, ou is au, and doubled vowels
     * are long ones (Jeroen = Йерун, Dijkstra = Дейкстра, Schouten = Схаутен). Marked by ij, oe before a
     * consonant, and the ending -stra.
     */
    DUTCH("",
            "ij|oe[^aeiouy]|stra$",
            Map.of(),
            "ij", "ei", "oe", "u", "sj", "sh", "sch", "sk", "ie", "i", "ou", "au", "j", "y", "w", "v",
            "([aeou])\\1", "$1"),

    /**
     * Classical Latin names, whose ending other languages drop or turn to their own: Russian writes Titus
     * Flavius Sabinus Тит Флавий Сабин. -ius is iy, -us is dropped, ae and oe are e, c before e and i is
     * ts (Caecilius Laetus = Цецилий Лет). Marked by the ending -us.
     */
    CLASSICAL_LATIN(5, "",
            "[^aeiou]us$",
            Map.of(),
            "ae", "e", "oe", "e", "c([eiy])", "ts$1", "ius$", "iy", "us$", ""),

    /**
     * Wade-Giles, the older romanisation of Mandarin: hs is x, ch before i and ü is j and otherwise zh,
     * ts and tz are z, j is r, a final ih is i (chih is zhi), tzu and ssu are zi and si, ieh is ie, ien is
     * ian, ung is ong (Hsi Chin-ping = Xi Jinping, Mao Tse-tung = Zedong). The apostrophe that marks an
     * aspirate (ch', k', t') is gone before a word is read, as in most data, so the unaspirated reading
     * stands. Marked by an initial hs, ts before e or o, tzu, and the endings -ih and -ieh.
     */
    WADE_GILES(3, "",
            "^hs[iuy]|^ts[eo]|^tzu|[^aeiou]ih$|ieh$",
            Map.of(),
            "^j", "r", "^hs", "x", "^chih$", "zhi", "^tzu$", "zi", "^s[sz]u$", "si", "^ch([iuy])", "j$1",
            "^ch", "zh", "^t[sz]", "z", "ih$", "i", "ieh$", "ie", "ien$", "ian", "ung$", "ong"),

    /**
     * Somali: c is the ayin (Cali = Ali, Cabdi = Abdi), x is h (Maxamed = Mohamed, Xasan = Hassan), a
     * doubled vowel is a long one (Yasiin, Ciise). Marked by c before a, i or u at the start, x between
     * vowels or at the start before one, and doubled a, i, u.
     */
    SOMALI("",
            "^c[aiu][bdlmrsy]|^x[aeiou]|[aeiou]x[aeiou]|aa|ii|uu",
            Map.of(),
            "c", "", "x", "h", "([aiu])\\1", "$1");

    /** Letters a word needs to mark a language: shorter words are common to many. */
    private final int shortest;
    private final Pattern letters;
    private final Pattern spelling;
    private final Map<Character, String> spelledOut;
    private final Pattern[] patterns;
    private final String[] replacements;

    LanguageReading(String letters, String spelling, Map<Character, String> spelledOut, String... rules) {
        this(4, letters, spelling, spelledOut, rules);
    }

    LanguageReading(int shortest, String letters, String spelling, Map<Character, String> spelledOut, String... rules) {
        this.shortest = shortest;
        this.letters = letters.isEmpty() ? null : Pattern.compile(letters);
        this.spelling = Pattern.compile(spelling);
        this.spelledOut = spelledOut;
        this.patterns = new Pattern[rules.length / 2];
        this.replacements = new String[rules.length / 2];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = Pattern.compile(rules[2 * i]);
            replacements[i] = rules[2 * i + 1];
        }
    }

    /**
     * The language a name's Latin words ({@code lower}, lower case as written) are spelt in: the one that
     * marks the most of them, the first declared on a tie (Turkish letters are unmistakable, French
     * spellings the most common); null when none does.
     */
    static LanguageReading of(List<String> lower) {
        List<String> ascii = lower.stream().map(Transcriber::latinAscii).toList();
        LanguageReading chosen = null;
        int most = 0;
        for (LanguageReading language : values()) {
            int marked = 0;
            for (int i = 0; i < lower.size(); i++) {
                if (language.marks(lower.get(i), ascii.get(i))) {
                    marked++;
                }
            }
            if (marked > most) {
                chosen = language;
                most = marked;
            }
        }
        return chosen;
    }

    /** Whether a word, lower case as written and as ASCII letters, is spelt the way of this language. */
    private boolean marks(String lower, String ascii) {
        return ascii.length() >= shortest
                && (letters != null && letters.matcher(lower).find() || spelling.matcher(ascii).find());
    }

    /** The reading of a word ({@code lower}, lower case as written) in ASCII letters, or null when it is the spelling itself. */
    String read(String lower) {
        // what a letter is spelt out as keeps its capitals, which the rules leave alone (Turkish ç, Czech č
        // are ch, not the c or ch the rules rewrite); only the letters between are folded, in lower case
        StringBuilder spelled = new StringBuilder(lower.length() + 4);
        int from = 0;
        for (int i = 0; i < lower.length(); i++) {
            String out = spelledOut.get(lower.charAt(i));
            if (out != null) {
                spelled.append(Transcriber.latinAscii(lower.substring(from, i))).append(out);
                from = i + 1;
            }
        }
        String s = spelled.append(Transcriber.latinAscii(lower.substring(from))).toString();
        for (int i = 0; i < patterns.length; i++) {
            s = patterns[i].matcher(s).replaceAll(replacements[i]);
        }
        s = s.toLowerCase(Locale.ROOT);
        return s.equals(Transcriber.latinAscii(lower)) || s.length() < 2 ? null : s;
    }
}
