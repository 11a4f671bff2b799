package org.rogatory.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is looked up for one query name: each word; the words the name itself joins (hyphens,
 * particles, a split Chinese or Korean name); every two neighbouring words joined, since a register
 * may write as one word what the query writes as two (Abdul Jalil / Abduljalil); and the full names
 * a short form stands for (Sasha: Aleksandr), slightly discounted.
 */
final class QueryPlan {

    /** A short form does not prove the full name: a little below an exact spelling. */
    static final float NICKNAME_FACTOR = 0.92f;
    /** Two query words read as one are a little less sure than two words that each met. */
    static final float JOINED_FACTOR = 0.95f;
    /** The full name a short form stands for must then be spelt nearly alike: no fuzziness on top. */
    static final float NICKNAME_MIN_CREDIT = 0.85f;
    /**
     * The stem of a theophoric name is another name (Najibullah is not Najib, though either may be
     * written for the other): a short form's discount, on either side.
     */
    static final float STEM_FACTOR = NICKNAME_FACTOR;
    /** A name read without a Latvian ending is nearly the name as written. */
    static final float BALTIC_STEM_FACTOR = 0.97f;
    /**
     * The endings of East Slavic patronymics, in Latin spellings and in Cyrillic. Not the -ović and -ich of
     * South Slavic surnames, which end names as written.
     */
    private static final Pattern PATRONYMIC = Pattern.compile(
            "..(ovich|evich|ovych|evych|ovitch|evitch|ovna|evna|ivna|ichna|ович|евич|овна|евна|ична|івна|ївна)$");

    /**
     * One thing looked up.
     *
     * @param mask   the query words it stands for, a bit per position
     * @param factor what its similarity is multiplied by
     * @param via    how it was derived, for the explanation; null for a word as written
     */
    record Item(NameToken token, int mask, float factor, String via) {
    }

    final ParsedName name;
    final List<Item> items;
    /** Bits of the query words that are names (not particles or initials). */
    final int nameMask;
    /**
     * Bits of the query words spelt as a Russian, Ukrainian or Belarusian patronymic (Sergeyevich, Ivanovna,
     * Сергеевич), which official documents write last, after the given name (Petrov Ivan Sergeyevich).
     */
    final int patronymicMask;

    QueryPlan(ParsedName name, Nicknames nicknames) {
        this.name = name;
        List<NameToken> tokens = name.tokens();
        List<Item> list = new ArrayList<>();
        int names = 0;
        for (int i = 0; i < tokens.size() && i < 31; i++) {
            NameToken token = tokens.get(i);
            list.add(new Item(token, 1 << i, 1f, null));
            if (token.role() == NameToken.Role.NAME) {
                names |= 1 << i;
                for (String full : nicknames.fullNamesOf(token.code())) {
                    list.add(new Item(NameParser.latinName(full), 1 << i, NICKNAME_FACTOR, "short form of " + full));
                }
                for (NameToken latin : CustomaryForms.latinFormsOf(token)) {
                    list.add(new Item(latin, 1 << i, 1f, "Chinese form of " + latin.text()));
                }
                String stem = token.script() == Script.LATIN ? balticStem(Transcriber.latinAscii(token.text())) : null;
                if (stem != null) {
                    list.add(new Item(NameParser.latinName(stem), 1 << i, BALTIC_STEM_FACTOR, "without the ending -s"));
                }
            }
        }
        for (ParsedName.Compound compound : name.compounds()) {
            if (compound.to() <= 31) {
                boolean stem = compound.to() - compound.from() == 1;
                list.add(new Item(compound.joined(), span(compound.from(), compound.to()), stem ? STEM_FACTOR : 1f,
                        stem ? "stem" : "joined"));
            }
        }
        for (int i = 0; i + 1 < tokens.size() && i + 1 < 31; i++) {
            if (tokens.get(i).role() == NameToken.Role.NAME && tokens.get(i + 1).role() == NameToken.Role.NAME
                    && !isCompound(name, i, i + 2) && !splitsCompound(name, i, i + 1)) {
                list.add(new Item(NameParser.join(tokens.subList(i, i + 2)), span(i, i + 2), JOINED_FACTOR, "joined"));
            }
        }
        this.items = List.copyOf(list);
        this.nameMask = names;
        int patronymics = 0;
        for (int i = 0; i < tokens.size() && i < 31; i++) {
            if ((names & 1 << i) != 0 && PATRONYMIC.matcher(Transcriber.lower(tokens.get(i).text())).find()) {
                patronymics |= 1 << i;
            }
        }
        this.patronymicMask = patronymics;
        this.oneWord = countOneWord();
        this.mayBeLoneSurname = loneSurname();
    }

    /**
     * Latvian adds a nominative -s to men's names where other languages have none (Sergejs, Mihails,
     * Lavrovs = Сергей, Михаил, Лавров): a word ending in -js, or in -ls, -rs, -vs, -ns, is also looked
     * up without it, a little below the word as written.
     */
    static String balticStem(String ascii) {
        if (ascii.length() < 5 || !ascii.endsWith("s")) {
            return null;
        }
        char before = ascii.charAt(ascii.length() - 2);
        return "jlrvn".indexOf(before) >= 0 ? ascii.substring(0, ascii.length() - 1) : null;
    }

    /**
     * Whether two neighbouring words join across the edge of words the name writes as one (Jeong and
     * Suk in Jeong Suk-young): the hyphen or particle says where the parts belong, so such a joining
     * reads the name against its own writing.
     */
    private static boolean splitsCompound(ParsedName name, int left, int right) {
        return name.compounds().stream().anyMatch(c -> c.to() - c.from() >= 2
                && (c.from() <= left && left < c.to()) != (c.from() <= right && right < c.to()));
    }

    private static boolean isCompound(ParsedName name, int from, int to) {
        return name.compounds().stream().anyMatch(c -> c.from() == from && c.to() == to);
    }

    static int span(int from, int to) {
        int mask = 0;
        for (int i = from; i < to; i++) {
            mask |= 1 << i;
        }
        return mask;
    }

    /** Whether the query is one word alone: no other name, no initial (Faiz, not F. Faiz nor J.-C. Juncker). */
    final boolean oneWord;
    /**
     * Whether the query is one long word that may be scored as a distinctive surname on its own
     * ({@link NameScorer#LONE_SURNAME_LETTERS}).
     */
    final boolean mayBeLoneSurname;

    private boolean loneSurname() {
        if (name.tokens().size() != 1) {
            return false;
        }
        NameToken token = name.tokens().get(0);
        return token.role() == NameToken.Role.NAME && token.consonants() >= 3
                && token.text().codePointCount(0, token.text().length()) >= NameScorer.LONE_SURNAME_LETTERS;
    }

    private boolean countOneWord() {
        int words = 0;
        for (NameToken token : name.tokens()) {
            if (token.role() == NameToken.Role.NAME || token.role() == NameToken.Role.INITIAL) {
                words++;
            }
        }
        return words == 1;
    }

    int nameWordCount() {
        return Integer.bitCount(nameMask);
    }
}
