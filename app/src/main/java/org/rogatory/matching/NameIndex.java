package org.rogatory.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The register in the form the matcher searches: every distinct word of every name once (the
 * vocabulary), for each word the names that hold it (postings), and sound keys that lead from a word
 * to the vocabulary words that may sound like it. Register names are kept as arrays of vocabulary ids,
 * so a million entries fit in a few hundred megabytes. Immutable once built; safe to share.
 */
final class NameIndex {

    final List<RegisterEntry> entries;
    final NameToken[] vocabulary;
    final int[][] postings;
    /** Whether a vocabulary word is looked up by sound keys (words) or only compared (joined words). */
    final boolean[] searchable;
    /** The sound keys of the searchable single words ({@link SoundKeys#indexKeys}, of the spelling and readings). */
    final Map<String, int[]> keys;
    /**
     * The same keys of the searchable joined words (Abdul Wali, Min-jun), apart: a query word looks them
     * up by its own keys only, not those one edit away ({@link LookupKeys#skeletons}).
     */
    final Map<String, int[]> joinedKeys;
    /** Whether a vocabulary word is filed in {@link #joinedKeys}. */
    final boolean[] joinedWord;
    /** Obstruent keys ({@link SoundKeys#obstruentKey}) of the words of syllabic scripts, and of all words. */
    final Map<String, int[]> syllabicObstruentKeys;
    final Map<String, int[]> obstruentKeys;
    /**
     * The sound keys of the words of syllabic scripts, and those of the readings that other words are
     * given against syllabic scripts ({@link NameToken#syllabicReadings}): by its spelling Barbara lies two
     * consonant classes from 芭芭拉 (brbr against br), by the reading baba-ra none.
     */
    final Map<String, int[]> syllabicWordKeys;
    final Map<String, int[]> syllabicReadingKeys;
    /** Vocabulary ids by exact phonetic code, to find the two halves of a word a query writes joined. */
    final Map<String, int[]> byCode;
    /** Per indexed name: its entry, the position of the name in the entry. */
    final int[] nameEntry;
    final int[] namePosition;
    /**
     * The words of all indexed names one after another, those of name {@code ref} from
     * {@code wordsStart[ref]} to {@code wordsStart[ref + 1]}: one array rather than one per name, so
     * that the matcher, which reads the words of every name a query reaches, follows no reference per
     * name, and a million names do not cost a million array headers.
     */
    final int[] words;
    final int[] wordsStart;
    /** Likewise the triples (from, to, vocabulary id) of the words each name also reads joined. */
    final int[] compounds;
    final int[] compoundsStart;
    /**
     * Per word with a posting list, the names that also hold it as a joined word that is only compared
     * ({@link Builder#searchable}), from {@code comparedInStart[id]} to {@code comparedInStart[id + 1]}:
     * with its posting list, every name that holds the word.
     */
    final int[] comparedIn;
    final int[] comparedInStart;
    final Script[] nameScript;
    /**
     * Per indexed name, its form: names with the same words and joined words (Mohammed Khan, many times
     * over in a large register) share one, and score alike against any query.
     */
    final int[] nameForm;
    final int formCount;
    /** Per entry: a bit per {@link Script} its names are written in. */
    final int[] entryScripts;

    /** {@code token} with its strings copied, so that they lie beside it in memory. */
    private static NameToken compact(NameToken token) {
        return new NameToken(copy(token.text()), token.script(), copy(token.code()), token.role(),
                token.nativeKey() == null ? null : copy(token.nativeKey()), token.lead(), copy(token.readings()),
                copy(token.syllabicReadings()), token.consonants());
    }

    private static String copy(String text) {
        return new String(text.toCharArray());
    }

    private static List<String> copy(List<String> texts) {
        return texts.stream().map(NameIndex::copy).toList();
    }

    private NameIndex(Builder b) {
        entries = b.entries;
        // a look-up reads thousands of words a query, in the order of their ids: each word's parts are copied
        // beside it, in that order
        vocabulary = b.vocabulary.stream().map(NameIndex::compact).toArray(NameToken[]::new);
        searchable = new boolean[vocabulary.length];
        for (int i = 0; i < vocabulary.length; i++) {
            searchable[i] = b.searchableIds.get(i);
        }
        postings = new int[vocabulary.length][];
        for (int i = 0; i < vocabulary.length; i++) {
            postings[i] = b.postings.get(i).toArray();
        }
        keys = frozen(b.keys);
        joinedKeys = frozen(b.joinedKeys);
        joinedWord = new boolean[vocabulary.length];
        for (int[] ids : joinedKeys.values()) {
            for (int id : ids) {
                joinedWord[id] = true;
            }
        }
        Map<String, IntList> syllabic = new HashMap<>();
        Map<String, IntList> all = new HashMap<>();
        for (int i = 0; i < vocabulary.length; i++) {
            if (!b.searchableIds.get(i)) {
                continue;
            }
            String key = SoundKeys.obstruentKey(vocabulary[i].code());
            if (key != null) {
                all.computeIfAbsent(key, k -> new IntList()).add(i);
                if (vocabulary[i].script().isSyllabic()) {
                    syllabic.computeIfAbsent(key, k -> new IntList()).add(i);
                }
            }
        }
        Map<String, IntList> syllabicWords = new HashMap<>();
        Map<String, IntList> syllabicReadings = new HashMap<>();
        for (int i = 0; i < vocabulary.length; i++) {
            if (b.searchableIds.get(i)) {
                NameToken word = vocabulary[i];
                if (word.script().isSyllabic()) {
                    file(i, word.code(), syllabicWords);
                    for (String reading : word.readings()) {
                        file(i, reading, syllabicWords);
                    }
                }
                for (String reading : word.syllabicReadings()) {
                    file(i, reading, syllabicReadings);
                }
            }
        }
        syllabicWordKeys = frozen(syllabicWords);
        syllabicReadingKeys = frozen(syllabicReadings);
        obstruentKeys = frozen(all);
        syllabicObstruentKeys = frozen(syllabic);
        Map<String, IntList> codes = new HashMap<>();
        for (int i = 0; i < vocabulary.length; i++) {
            if (vocabulary[i].role() == NameToken.Role.NAME && b.searchableIds.get(i)) {
                codes.computeIfAbsent(vocabulary[i].code(), k -> new IntList()).add(i);
            }
        }
        byCode = frozen(codes);
        nameEntry = b.nameEntry.toArray();
        namePosition = b.namePosition.toArray();
        wordsStart = new int[b.nameTokens.size() + 1];
        words = concatenate(b.nameTokens, wordsStart);
        compoundsStart = new int[b.nameCompounds.size() + 1];
        compounds = concatenate(b.nameCompounds, compoundsStart);
        comparedInStart = new int[vocabulary.length + 1];
        comparedIn = comparedIn(b.comparedRefs, b.comparedIds, searchable, comparedInStart);
        nameScript = b.nameScript.toArray(Script[]::new);
        entryScripts = b.entryScripts;
        nameForm = new int[b.nameTokens.size()];
        Map<Form, Integer> forms = new HashMap<>();
        for (int ref = 0; ref < nameForm.length; ref++) {
            nameForm[ref] = forms.computeIfAbsent(new Form(b.nameTokens.get(ref), b.nameCompounds.get(ref)),
                    f -> forms.size());
        }
        formCount = forms.size();
    }

    /** Files vocabulary word {@code id} in {@code keys} under the sound keys of {@code code}. */
    private static void file(int id, String code, Map<String, IntList> keys) {
        for (String key : SoundKeys.indexKeys(code)) {
            IntList list = keys.computeIfAbsent(key, x -> new IntList());
            if (list.size() == 0 || list.get(list.size() - 1) != id) {
                list.add(id);
            }
        }
    }

    private static Map<String, int[]> frozen(Map<String, IntList> keys) {
        Map<String, int[]> out = new HashMap<>(keys.size() * 2);
        keys.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
    }

    /** The arrays one after another; {@code starts} is filled with where each begins, and the end. */
    private static int[] concatenate(List<int[]> arrays, int[] starts) {
        int length = 0;
        for (int i = 0; i < arrays.size(); i++) {
            starts[i] = length;
            length += arrays.get(i).length;
        }
        starts[arrays.size()] = length;
        int[] all = new int[length];
        for (int i = 0; i < arrays.size(); i++) {
            System.arraycopy(arrays.get(i), 0, all, starts[i], arrays.get(i).length);
        }
        return all;
    }

    /**
     * The names of each pair (name, word) grouped by word, of the words that have a posting list, in the
     * order given; {@code starts} is filled with where each word's names begin, and the end.
     */
    private static int[] comparedIn(IntList refs, IntList ids, boolean[] searchable, int[] starts) {
        for (int k = 0; k < ids.size(); k++) {
            if (searchable[ids.get(k)]) {
                starts[ids.get(k) + 1]++;
            }
        }
        for (int id = 0; id + 1 < starts.length; id++) {
            starts[id + 1] += starts[id];
        }
        int[] next = Arrays.copyOf(starts, starts.length - 1);
        int[] all = new int[starts[starts.length - 1]];
        for (int k = 0; k < ids.size(); k++) {
            if (searchable[ids.get(k)]) {
                all[next[ids.get(k)]++] = refs.get(k);
            }
        }
        return all;
    }

    /** The vocabulary ids of the words of name {@code ref}. */
    int[] words(int ref) {
        return Arrays.copyOfRange(words, wordsStart[ref], wordsStart[ref + 1]);
    }

    /** Two vocabulary words joined as one (the scorer tries neighbouring names so). */
    NameToken joined(int first, int second) {
        return NameParser.join(List.of(vocabulary[first], vocabulary[second]));
    }

    /** The triples (from, to, vocabulary id) of the words name {@code ref} also reads joined. */
    int[] compounds(int ref) {
        return Arrays.copyOfRange(compounds, compoundsStart[ref], compoundsStart[ref + 1]);
    }

    /** The words and joined words of a name, compared by content. */
    private record Form(int[] tokens, int[] compounds) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Form f && Arrays.equals(tokens, f.tokens) && Arrays.equals(compounds, f.compounds);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(tokens) + Arrays.hashCode(compounds);
        }
    }

    int nameCount() {
        return nameEntry.length;
    }

    /** Entries parsed in parallel at a time, then added to the index in order. */
    private static final int CHUNK = 10_000;

    static NameIndex build(List<RegisterEntry> entries, IntConsumer progress) {
        Builder builder = new Builder(entries);
        for (int from = 0; from < entries.size(); from += CHUNK) {
            int to = Math.min(entries.size(), from + CHUNK);
            List<List<List<ParsedName>>> parsed = entries.subList(from, to).parallelStream()
                    .map(entry -> entry.names().stream().map(NameParser::parse).toList())
                    .toList();
            for (int e = from; e < to; e++) {
                List<List<ParsedName>> names = parsed.get(e - from);
                for (int k = 0; k < names.size(); k++) {
                    for (ParsedName name : names.get(k)) {
                        builder.add(e, k, name);
                    }
                }
            }
            progress.accept(to);
        }
        return new NameIndex(builder);
    }

    private static final class Builder {
        final List<RegisterEntry> entries;
        final List<NameToken> vocabulary = new ArrayList<>();
        final Map<NameToken, Integer> ids = new HashMap<>();
        final List<IntList> postings = new ArrayList<>();
        final List<Boolean> searchableIds = new ArrayList<>();
        final Map<String, IntList> keys = new HashMap<>();
        final Map<String, IntList> joinedKeys = new HashMap<>();
        final IntList nameEntry = new IntList();
        final IntList namePosition = new IntList();
        final List<int[]> nameTokens = new ArrayList<>();
        final List<int[]> nameCompounds = new ArrayList<>();
        final List<Script> nameScript = new ArrayList<>();
        final int[] entryScripts;
        /** The names and the vocabulary ids of the joined words that are only compared. */
        final IntList comparedRefs = new IntList();
        final IntList comparedIds = new IntList();

        Builder(List<RegisterEntry> entries) {
            this.entries = entries;
            this.entryScripts = new int[entries.size()];
        }

        void add(int entry, int position, ParsedName name) {
            int ref = nameEntry.size();
            nameEntry.add(entry);
            namePosition.add(position);
            nameScript.add(name.script());
            entryScripts[entry] |= 1 << name.script().ordinal();
            int[] tokens = new int[name.tokens().size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = intern(name.tokens().get(i), ref, true, keys);
            }
            int[] compounds = new int[name.compounds().size() * 3];
            for (int c = 0; c < name.compounds().size(); c++) {
                ParsedName.Compound compound = name.compounds().get(c);
                compounds[3 * c] = compound.from();
                compounds[3 * c + 1] = compound.to();
                boolean searchable = searchable(name, compound);
                compounds[3 * c + 2] = intern(compound.joined(), ref, searchable, joinedKeys);
                if (!searchable) {
                    comparedRefs.add(ref);
                    comparedIds.add(compounds[3 * c + 2]);
                }
            }
            nameTokens.add(tokens);
            nameCompounds.add(compounds);
        }

        /**
         * The vocabulary id of {@code token}. Words are looked up through sound keys and lead to the
         * names that hold them; most joined words (compounds) are only compared once a name is reached
         * through its words, so that the keys do not grow with every combination the register holds.
         * A searchable word is filed under its sound keys in {@code filedIn}: single words and joined words
         * apart.
         */
        private int intern(NameToken token, int ref, boolean searchable, Map<String, IntList> filedIn) {
            NameToken key = new NameToken(Transcriber.lower(token.text()), token.script(), token.code(),
                    token.role(), token.nativeKey(), token.lead(), token.readings(), token.syllabicReadings());
            Integer known = ids.get(key);
            int id = known == null ? addWord(key) : known;
            if (!searchable) {
                return id;
            }
            IntList list = postings.get(id);
            if (list.size() == 0) {
                searchableIds.set(id, true);
                file(id, key.code(), filedIn);
                for (String reading : key.readings()) {
                    file(id, reading, filedIn);
                }
            }
            if (list.size() == 0 || list.get(list.size() - 1) != ref) {
                list.add(ref);
            }
            return id;
        }

        /**
         * Two names joined (Min-jun, 近平 split from 习近平, Abdul Jalil), or two names around an article
         * (Abd al-Rahman), are looked up like words, since a query may write them as one; longer joins and
         * particles with their name are only compared.
         */
        private static boolean searchable(ParsedName name, ParsedName.Compound compound) {
            List<NameToken> tokens = name.tokens();
            int from = compound.from();
            if (compound.to() - from == 2) {
                return tokens.get(from).role() == NameToken.Role.NAME && tokens.get(from + 1).role() == NameToken.Role.NAME;
            }
            // a name, an article and a name (Abd al-Rahman, Nur ad-Din) is often written as one word
            return compound.to() - from == 3 && tokens.get(from).role() == NameToken.Role.NAME
                    && tokens.get(from + 1).role() == NameToken.Role.PARTICLE
                    && tokens.get(from + 2).role() == NameToken.Role.NAME;
        }

        private int addWord(NameToken key) {
            int id = vocabulary.size();
            ids.put(key, id);
            vocabulary.add(key);
            postings.add(new IntList());
            searchableIds.add(false);
            return id;
        }
    }
}
