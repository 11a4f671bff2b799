package org.rogatory.matching;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Brings one word of a name, in any script, to the phonetic alphabet of {@link Sounds}.
 *
 * <ul>
 *   <li>Latin: diacritics folded by ICU {@code Latin-ASCII}, after the letters whose folding would lose
 *       a sound (š ž č ş ć) are spelt out as sh, zh, ch.</li>
 *   <li>Cyrillic: a BGN/PCGN-style table that also covers Ukrainian, Belarusian, Kazakh, Serbian and
 *       Tajik letters (ICU's BGN transform knows Russian only, and its ISO 9 transform leaves
 *       diacritics that would have to be unpacked again).</li>
 *   <li>Arabic, Persian, Urdu and Hebrew: a letter table that keeps what the transliteration standards
 *       erase, namely that alef, waw and ya (aleph, vav, yod) may be vowels; short vowels are
 *       unwritten, so they cost little on the other side.</li>
 *   <li>Chinese: ICU {@code Han-Latin} gives pinyin, read syllable by syllable as the sounds the
 *       Chinese transcription of foreign names uses (si = s, er = r, nasal codas weak).</li>
 *   <li>Korean: ICU {@code Hangul-Latin} syllable by syllable (Revised Romanisation), eu weak.</li>
 *   <li>Japanese kana: ICU {@code Katakana-Latin} / {@code Hiragana-Latin}, the vowel that closes a
 *       lone consonant (su, fu, to) weak.</li>
 *   <li>Khmer, which ICU cannot read: {@link KhmerLetters}.</li>
 *   <li>Thai: ICU {@code Any-Latin} brought nearer to the Royal Thai romanisation names are written in.</li>
 *   <li>Greek and other scripts: ICU {@code Greek-Latin/UNGEGN} and {@code Any-Latin}.</li>
 * </ul>
 * Thread-safe: ICU transliterators are kept one per thread.
 */
final class Transcriber {

    private static final ThreadLocal<Transliterator> LATIN_ASCII = icu("Latin-ASCII");
    private static final ThreadLocal<Transliterator> HAN = icu("Han-Latin; Latin-ASCII");
    private static final ThreadLocal<Transliterator> HANGUL = icu("Hangul-Latin; Latin-ASCII");
    private static final ThreadLocal<Transliterator> KANA = icu("Katakana-Latin; Hiragana-Latin");
    private static final ThreadLocal<Transliterator> GREEK = icu("Greek-Latin/UNGEGN; Latin-ASCII");
    private static final ThreadLocal<Transliterator> ANY = icu("Any-Latin; Latin-ASCII");
    private static final ThreadLocal<Transliterator> TRADITIONAL_TO_SIMPLIFIED = icu("Traditional-Simplified");
    private static final Pattern THAI = Pattern.compile("\\p{IsThai}");
    /** A consonant, with the vowel sign it may carry, that the cancellation mark ์ silences. */
    private static final Pattern SILENCED_THAI = Pattern.compile("[\\u0E01-\\u0E2E][\\u0E34\\u0E38]?\\u0E4C");
    private static final Pattern THAI_CARRIER = Pattern.compile("x(?![aeiouy])");

    private Transcriber() {
    }

    private static ThreadLocal<Transliterator> icu(String id) {
        return ThreadLocal.withInitial(() -> Transliterator.getInstance(id));
    }

    /**
     * Words already transcribed: a register repeats its given and family names many times over, and ICU
     * transforms are the costliest part of indexing. Emptied when it grows past {@link #CACHED_WORDS}.
     */
    private static final Map<String, String> CODES = new ConcurrentHashMap<>();
    private static final Map<String, String> ASCII = new ConcurrentHashMap<>();
    static final int CACHED_WORDS = 500_000;

    /** The phonetic code of one word written in {@code script}; empty when nothing can be read. */
    static String encode(String word, Script script) {
        return cached(CODES, script.ordinal() + word, k -> transcribe(word, script));
    }

    private static String cached(Map<String, String> cache, String key, java.util.function.Function<String, String> compute) {
        String value = cache.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (cache.size() >= CACHED_WORDS) {
                cache.clear();
            }
            cache.put(key, value);
        }
        return value;
    }

    private static String transcribe(String word, Script script) {
        return switch (script) {
            case LATIN -> LatinSounds.encode(latinAscii(word));
            case CYRILLIC -> CyrillicLetters.encode(word);
            case ARABIC -> AbjadLetters.arabic(word);
            case HEBREW -> AbjadLetters.hebrew(word);
            case HAN -> Sounds.normalize(String.join("", chineseSyllables(word)));
            case HANGUL -> Sounds.normalize(String.join("", koreanSyllables(word)));
            case KANA -> japanese(word);
            case GREEK -> LatinSounds.encode(letters(GREEK.get().transliterate(lower(word)).replace("ch", "kh")));
            case OTHER -> KhmerLetters.isKhmer(word) ? khmer(word) : LatinSounds.encode(letters(latinOf(word)));
        };
    }

    /**
     * Any-Latin; for Thai (ISO 11940) without the letters the cancellation mark ์ silences, with the
     * {@code x} by which ICU spells อ, a silent carrier, read as the vowel it carries (โอ = o, อภิ = aphi),
     * and its {@code c} (จ) as the ch of the romanisation Thai names are written in (จันทร์ = Chan).
     */
    private static String latinOf(String word) {
        if (!THAI.matcher(word).find()) {
            return ANY.get().transliterate(lower(word));
        }
        String spoken = SILENCED_THAI.matcher(word).replaceAll("");
        return THAI_CARRIER.matcher(ANY.get().transliterate(spoken)).replaceAll("a").replace("x", "")
                .replaceAll("c(?!h)", "ch");
    }

    /** Khmer read by {@link KhmerLetters}, each part between two unwritten vowels ({@code @}) as Latin letters. */
    private static String khmer(String word) {
        StringJoiner code = new StringJoiner("@");
        for (String part : KhmerLetters.latin(word).split("@")) {
            code.add(LatinSounds.encode(part));
        }
        return code.toString();
    }

    /** Lower-case ASCII letters of a Latin word; the letters whose plain folding loses a sound are spelt out. */
    static String latinAscii(String word) {
        // most words are plain ASCII letters, which fold to themselves in lower case: the matcher asks for
        // them in every comparison with a Korean family name or a Chinese given name, and a miss in the
        // cache would run ICU
        if (asciiLetters(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        // other printable ASCII (two names the scorer joins, with a space; a hyphen) folds to its letters:
        // joined names are many and new, and each would run ICU
        if (printableAscii(word)) {
            return letters(word);
        }
        return cached(ASCII, word, Transcriber::foldLatin);
    }

    private static boolean printableAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /** Whether a word is written in the 26 letters of ASCII only. */
    static boolean asciiLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static String foldLatin(String word) {
        String lower = lower(word);
        StringBuilder spelled = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String out = SPELLED_OUT.get(c);
            if (out == null) {
                out = UNFOLDED.get(c);
            }
            if (out != null) {
                spelled.append(out);
            } else {
                spelled.append(c);
            }
        }
        return letters(LATIN_ASCII.get().transliterate(spelled.toString()));
    }

    /**
     * Letters of Latin alphabets that ICU's {@code Latin-ASCII} drops, by the letter other alphabets and
     * most Latin texts write for them: the Azerbaijani ə (Əliyev = Aliyev = Алиев, Məmmədov = Mammadov)
     * and the letters of African alphabets (Akan ɔ, Ewe ɣ and ʋ, Kabyle ɣ and ʒ).
     */
    private static final Map<Character, String> UNFOLDED = Map.of(
            'ə', "a", 'ǝ', "a", 'ɔ', "o", 'ɑ', "a", 'ʊ', "u", 'ɩ', "i", 'ʋ', "v", 'ɣ', "gh", 'ʒ', "zh", 'ʃ', "sh");

    /**
     * A Latin word folded to ASCII with the marks of its sh, zh, ch and ts letters dropped rather than
     * spelt out, as ASCII-only systems write it (Ayşe Işık: AYSE ISIK in a passport's machine-readable
     * zone, Šimon: Simon); null for a word without such letters, which {@link #latinAscii} folds so.
     */
    static String marksDropped(String word) {
        // most words have none: they are not lower-cased, nor their letters looked up, to find that out
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c > '~' && c != 'ß' && SPELLED_OUT.containsKey(c)) {
                return letters(LATIN_ASCII.get().transliterate(unfolded(lower(word))));
            }
        }
        return null;
    }

    private static String unfolded(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String folded = UNFOLDED.get(c);
            if (folded != null) {
                out.append(folded);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final Map<Character, String> SPELLED_OUT = Map.of(
            'š', "sh", 'ş', "sh", 'ș', "sh", 'ž', "zh", 'č', "tch", 'ć', "tch", 'ţ', "ts", 'ț', "ts", 'ß', "ss");

    static String lower(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Keeps a-z only: apostrophes, hyphens, combining marks and tone marks go. */
    static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            }
        }
        return out.toString();
    }

    /** The form in which two words of a syllabic script are compared as written: simplified Han, NFKC. */
    static String nativeKey(String word, Script script) {
        String nfkc = Normalizer.normalize(word, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
        return script == Script.HAN ? TRADITIONAL_TO_SIMPLIFIED.get().transliterate(out.toString()) : out.toString();
    }

    /** Pinyin of each Han character, read as the sounds Chinese uses to write names. */
    static List<String> chineseSyllables(String word) {
        List<String> out = new ArrayList<>();
        for (String syllable : HAN.get().transliterate(word).trim().split("[^a-zA-Z]+")) {
            if (!syllable.isEmpty()) {
                out.add(Pinyin.encode(syllable.toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /**
     * A Han word read with 恩 en after a syllable closing on a nasal as that nasal alone: Chinese writes
     * the final n of a foreign name so (Lynn = 林恩 lin-en, Dunn = 邓恩, Shawn = 肖恩); null when the word
     * has no such syllable.
     */
    static String chineseWithoutNasalEcho(String word) {
        List<String> syllables = chineseSyllables(word);
        StringBuilder out = new StringBuilder();
        boolean echo = false;
        for (int i = 0; i < syllables.size(); i++) {
            String syllable = syllables.get(i);
            if (i > 0 && syllable.equals(NASAL_ECHO)
                    && (syllables.get(i - 1).endsWith("N") || syllables.get(i - 1).endsWith("NG"))) {
                echo = true;
            } else {
                out.append(syllable);
            }
        }
        return echo ? Sounds.normalize(out) : null;
    }

    /** 恩 en as {@link Pinyin} reads it. */
    private static final String NASAL_ECHO = Pinyin.encode("en");

    /** Revised Romanisation of each Hangul syllable, as sounds. */
    /** The Revised Romanisation of a Hangul word in plain letters (은희 = eunhui). */
    static String revisedRomanisation(String word) {
        return letters(HANGUL.get().transliterate(word));
    }

    static List<String> koreanSyllables(String word) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            String romanised = letters(HANGUL.get().transliterate(new String(Character.toChars(cp))));
            if (!romanised.isEmpty()) {
                String sounds = Hangul.encode(romanised);
                // ㄹ closing one syllable and opening the next is one l (알렉 = al-lek = Alek)
                if (!out.isEmpty() && out.get(out.size() - 1).endsWith("l") && sounds.startsWith("r")) {
                    sounds = sounds.substring(1);
                }
                out.add(sounds);
            }
        }
        return out;
    }

    /**
     * Kana through ICU: a long vowel (ā, ー) often renders an English vowel with r (Renner = レナー), so
     * it keeps a weak {@code R}; the small tsu that doubles a consonant is dropped; ICU marks small kana
     * with a tilde after the vowel they replace (ウィ = u~i = wi, イェ = i~e = ye, ヴォ = vu~o = vo).
     */
    private static String japanese(String word) {
        // the small tsu doubles the next consonant (フィッシャー = fissha), which the name does not have twice
        String unDoubled = Normalizer.normalize(word, Normalizer.Form.NFKC).replace("ッ", "").replace("っ", "");
        String romaji = KANA.get().transliterate(unDoubled);
        StringBuilder plain = new StringBuilder(romaji.length() + 4);
        for (int i = 0; i < romaji.length(); i++) {
            char c = romaji.charAt(i);
            int macron = "āīūēō".indexOf(c);
            if (macron >= 0) {
                plain.append("aiueo".charAt(macron)).append('R');
            } else if (c == '~' && plain.length() > 0) {
                int last = plain.length() - 1;
                boolean syllableStart = last == 0 || !Character.isLetter(plain.charAt(last - 1))
                        || "aiueo".indexOf(plain.charAt(last - 1)) >= 0;
                if (plain.charAt(last) == 'u' && syllableStart) {
                    plain.setCharAt(last, 'w');
                } else if (plain.charAt(last) == 'i' && syllableStart) {
                    plain.setCharAt(last, 'y');
                } else {
                    plain.setLength(last);
                }
            } else if (c >= 'a' && c <= 'z') {
                plain.append(c);
            }
        }
        // a kana ch is the ch of church, not the Latin Ch that may be k, h or x
        return weakenClosingVowels(LatinSounds.encode(plain.toString()).replace('C', 'c'));
    }

    /**
     * Japanese writes a lone consonant with a vowel after it: su, fu, ku, to, do. Such a u (or o after
     * t and d) before another consonant or at the end is probably not in the original name.
     */
    private static String weakenClosingVowels(String code) {
        char[] c = code.toCharArray();
        for (int i = 1; i < c.length; i++) {
            boolean closing = i == c.length - 1 || !Sounds.isVowel(c[i + 1]) && c[i + 1] != 'y' && c[i + 1] != 'R';
            char before = c[i - 1];
            if (!closing || Sounds.isVowel(before) || before == 'n' || before == 'y') {
                continue;
            }
            if (c[i] == 'u' || c[i] == 'o' && (before == 't' || before == 'd')) {
                c[i] = '@';
            }
        }
        return new String(c);
    }
}
