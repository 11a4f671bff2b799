package org.rogatory.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores one register name against one query name. Query words are paired with register words
 * (or joined words), each word used once, in any order, so as to maximise the score. The score is the weighted share of
 * query words met (the credit of {@link TokenSimilarity}), less a little for every register word left
 * over: a query may leave out a middle name or a patronymic (small cost), less so the first or last
 * word of the register name; a query word the register person does not have costs its whole weight.
 */
final class NameScorer {

    /** Pairs below this credit do not count as meeting. */
    static final float WORD_FLOOR = 0.3f;
    /** Cost of a register word nothing met, inside the name (middle name, patronymic)... */
    static final float INNER_WORD_MISSING = 0.03f;
    /** ... and at its start or end (given or family name). */
    static final float EDGE_WORD_MISSING = 0.08f;
    /** The share an unmet query name between the query's first and last names still earns. */
    static final float INNER_QUERY_WORD_UNMET = 0.55f;
    /** ... and when the query is a single word. */
    static final float ONE_WORD_QUERY_MISSING = 0.25f;
    /** The share an unmet initial between the query's first and last names still earns (John F. Kennedy). */
    static final float MIDDLE_INITIAL_UNMET = 0.8f;
    /**
     * What an unmet patronymic, known by its ending (Sergeyevich, Ivanovna), earns of its share: registers
     * outside the countries that use them leave them out, and it tells no other given name.
     */
    static final float PATRONYMIC_UNMET = 0.8f;

    /** A pair of words that met. */
    record Pair(QueryPlan.Item query, NameToken register, float similarity) {
    }

    record Scored(float score, List<Pair> pairs, int registerWordsMissing) {
    }

    interface Similarities {
        /** Credit of query item {@code item} against vocabulary word {@code vocabularyId}, factor applied. */
        float of(int item, int vocabularyId);

        /** Credit of query item {@code item} against two neighbouring vocabulary words joined as one. */
        float ofJoined(int item, int first, int second);
    }

    /** Below this credit a query word counts as unmet, and joined register words are tried for it. */
    static final float UNMET = 0.8f;

    private NameScorer() {
    }

    static Scored score(QueryPlan plan, NameIndex index, int ref, Similarities similarities) {
        RegisterItems register = RegisterItems.of(index, ref);
        float[] registerPenalty = registerPenalties(index, register.words, plan.oneWord);
        Scored best = best(plan, index, register, registerPenalty, similarities, 0);
        int unmet = unmet(plan, best);
        if (unmet != 0 && register.addJoinedNeighbours(index)) {
            Scored joined = best(plan, index, register, registerPenalty, similarities, unmet);
            if (joined.score() > best.score()) {
                best = joined;
            }
        }
        if (plan.name.tokens().size() == 1) {
            Scored surname = loneSurname(plan, index, register.words);
            if (surname != null && surname.score() > best.score()) {
                best = surname;
            }
        }
        return best;
    }

    /** A lone query word of at least this many letters and three consonants may be a distinctive surname. */
    static final int LONE_SURNAME_LETTERS = 6;
    /** ... when at most this many register names carry the family name it meets. */
    static final int LONE_SURNAME_MAX_NAMES = 3;
    /**
     * A lone word spelt more than one letter away from a family name in the same script (German, Herrmann)
     * is more likely another name than a misspelling: its credit is scaled by this.
     */
    static final float LONE_SPELLING_FACTOR = 0.9f;
    /** ... and it scores its credit, at most this. */
    static final float LONE_SURNAME_CAP = 0.95f;

    /**
     * A request may give a surname alone (Abyazov). A long surname that few register names carry says
     * much on its own: it meets the register name's family name (its last word), and when the two are
     * one letter apart with the {@link TokenSimilarity#lenient} calibration, so that one letter dropped
     * or changed still reaches review. Common or short words alone stay weak (see
     * {@link #ONE_WORD_QUERY_MISSING}).
     */
    private static Scored loneSurname(QueryPlan plan, NameIndex index, int[] words) {
        QueryPlan.Item item = null;
        for (QueryPlan.Item candidate : plan.items) {
            if (candidate.via() == null && Integer.bitCount(candidate.mask() & plan.nameMask) == 1
                    && candidate.token().role() == NameToken.Role.NAME) {
                item = candidate;
                break;
            }
        }
        if (item == null || item.token().consonants() < 3
                || item.token().text().codePointCount(0, item.token().text().length()) < LONE_SURNAME_LETTERS) {
            return null;
        }
        int last = -1;
        int names = 0;
        for (int j = 0; j < words.length; j++) {
            if (index.vocabulary[words[j]].role() == NameToken.Role.NAME) {
                last = j;
                names++;
            }
        }
        if (names < 2 || index.postings[words[last]].length > LONE_SURNAME_MAX_NAMES) {
            return null;
        }
        NameToken family = index.vocabulary[words[last]];
        boolean close = oneLetterApart(item.token(), family)
                || item.token().script() != family.script() && oneEditApart(item.token().code(), family.code());
        float credit = close ? TokenSimilarity.lenient(item.token(), family)
                : item.token().script() == family.script() ? LONE_SPELLING_FACTOR * TokenSimilarity.of(item.token(), family)
                : TokenSimilarity.of(item.token(), family);
        if (credit <= 0) {
            return null;
        }
        return new Scored(Math.min(LONE_SURNAME_CAP, credit), List.of(new Pair(item, family, credit)), names - 1);
    }

    /**
     * Two words of one script whose letters are one insertion, deletion or change apart; words of two
     * scripts are compared by their phonetic codes instead ({@link #oneEditApart}).
     */
    static boolean oneLetterApart(NameToken a, NameToken b) {
        if (a.script() != b.script()) {
            return false;
        }
        String x = a.script() == Script.LATIN ? Transcriber.latinAscii(a.text()) : Transcriber.lower(a.text());
        String y = b.script() == Script.LATIN ? Transcriber.latinAscii(b.text()) : Transcriber.lower(b.text());
        return oneEditApart(x, y);
    }

    /** Two strings one insertion, deletion or change apart (or equal). */
    static boolean oneEditApart(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < x.length() - i && j < y.length() - i
                && x.charAt(x.length() - 1 - j) == y.charAt(y.length() - 1 - j)) {
            j++;
        }
        return Math.max(x.length(), y.length()) - i - j <= 1;
    }

    /** The query name words that {@code scored} leaves unmet. */
    private static int unmet(QueryPlan plan, Scored scored) {
        int met = 0;
        for (Pair pair : scored.pairs()) {
            if (pair.similarity() >= UNMET) {
                met |= pair.query().mask();
            }
        }
        return plan.nameMask & ~met;
    }

    /**
     * The register name's words, the words it joins, and (on demand) each two neighbours joined: in arrays
     * of primitives, as a name is set up for every form a query scores.
     */
    private static final class RegisterItems {
        final int[] masks;
        /** Vocabulary id, or -1 for two neighbouring words joined on the fly ({@link #token}). */
        final int[] vocabulary;
        final NameToken[] tokens;
        /** What a pair with each item is worth: less for the stem of a word ({@link QueryPlan#STEM_FACTOR}). */
        final float[] factors;
        final int[] words;
        private int size;

        private RegisterItems(int[] words, int compounds) {
            this.words = words;
            // each word, each compound, and each two neighbouring words joined
            int capacity = 2 * words.length + compounds;
            masks = new int[capacity];
            vocabulary = new int[capacity];
            tokens = new NameToken[capacity];
            factors = new float[capacity];
        }

        static RegisterItems of(NameIndex index, int ref) {
            int[] compounds = index.compounds(ref);
            RegisterItems items = new RegisterItems(index.words(ref), compounds.length / 3);
            for (int j = 0; j < items.words.length && j < 31; j++) {
                items.add(1 << j, items.words[j], index.vocabulary[items.words[j]], 1f);
            }
            for (int c = 0; c + 2 < compounds.length; c += 3) {
                if (compounds[c + 1] <= 31) {
                    boolean stem = compounds[c + 1] - compounds[c] == 1;
                    items.add(QueryPlan.span(compounds[c], compounds[c + 1]), compounds[c + 2],
                            index.vocabulary[compounds[c + 2]], stem ? QueryPlan.STEM_FACTOR : 1f);
                }
            }
            return items;
        }

        private void add(int mask, int vocabularyId, NameToken token, float factor) {
            masks[size] = mask;
            vocabulary[size] = vocabularyId;
            tokens[size] = token;
            factors[size] = factor;
            size++;
        }

        private boolean hasMask(int mask) {
            for (int r = 0; r < size; r++) {
                if (masks[r] == mask) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Adds each two neighbouring names the register does not already join; false if none. Their joined
         * word is made only if a pairing keeps it ({@link #token}): most names try them in vain.
         */
        boolean addJoinedNeighbours(NameIndex index) {
            boolean added = false;
            for (int j = 0; j + 1 < words.length && j + 1 < 31; j++) {
                NameToken a = index.vocabulary[words[j]];
                NameToken b = index.vocabulary[words[j + 1]];
                int mask = QueryPlan.span(j, j + 2);
                if (a.role() == NameToken.Role.NAME && b.role() == NameToken.Role.NAME && !hasMask(mask)) {
                    add(mask, -1, null, 1f);
                    added = true;
                }
            }
            return added;
        }

        /** The first of the two neighbouring words item {@code r} joins on the fly. */
        int joinedFrom(int r) {
            return Integer.numberOfTrailingZeros(masks[r]);
        }

        NameToken token(NameIndex index, int r) {
            if (tokens[r] == null) {
                int j = joinedFrom(r);
                tokens[r] = index.joined(words[j], words[j + 1]);
            }
            return tokens[r];
        }

        int size() {
            return size;
        }
    }

    /**
     * The best pairing, found exactly: the score is a sum over pairs (each pair earns its credit times the
     * weight of the query words it covers, plus the penalty it saves on the register words it covers), so
     * a depth-first search over query positions, each taking one of its pairs or none, finds the maximum.
     * Register words joined on the fly pair only with query items covering a word of {@code unmet}.
     */
    private static Scored best(QueryPlan plan, NameIndex index, RegisterItems register, float[] registerPenalty,
                               Similarities similarities, int unmet) {
        List<QueryPlan.Item> items = plan.items;
        List<NameToken> queryTokens = plan.name.tokens();
        int queryWords = Math.min(queryTokens.size(), 31);
        float queryWeight = 0;
        for (int i = 0; i < queryWords; i++) {
            queryWeight += queryTokens.get(i).weight();
        }
        float baseline = 0;
        for (float penalty : registerPenalty) {
            baseline -= penalty;
        }
        Search search = SEARCH.get().reset(queryWords);
        innerQueryWordCredit(plan, queryWords, queryWeight, search.skipValue);
        for (int q = 0; q < items.size(); q++) {
            QueryPlan.Item item = items.get(q);
            if (item.mask() == 0 || Integer.numberOfTrailingZeros(item.mask()) >= queryWords) {
                continue;
            }
            float coveredWeight = 0;
            for (int i = 0; i < queryWords; i++) {
                if ((item.mask() & (1 << i)) != 0) {
                    coveredWeight += queryTokens.get(i).weight();
                }
            }
            for (int r = 0; r < register.size(); r++) {
                int id = register.vocabulary[r];
                if (id < 0 && (item.mask() & unmet) == 0) {
                    continue;
                }
                float credit = (id >= 0 ? similarities.of(q, id)
                        : similarities.ofJoined(q, register.words[register.joinedFrom(r)],
                                register.words[register.joinedFrom(r) + 1]))
                        * register.factors[r];
                if (credit < WORD_FLOOR) {
                    continue;
                }
                float saved = 0;
                int mask = register.masks[r];
                for (int j = 0; j < registerPenalty.length; j++) {
                    if ((mask & (1 << j)) != 0) {
                        saved += registerPenalty[j];
                    }
                }
                float value = credit * ((queryWeight == 0 ? 0 : coveredWeight / queryWeight) + saved);
                search.add(q, item.mask(), r, mask, credit, value);
            }
        }
        search.run();
        List<Pair> pairs = new ArrayList<>();
        int missing = 0;
        for (int attempt = 0; attempt < 2; attempt++) {
            pairs.clear();
            float[] registerCredit = new float[register.words.length];
            int usedQuery = 0;
            for (int k : search.bestChoice) {
                pairs.add(new Pair(items.get(search.query[k]), register.token(index, search.register[k]),
                        search.credit[k]));
                spread(registerCredit, search.registerMask[k], search.credit[k]);
                usedQuery |= search.queryMask[k];
            }
            missing = 0;
            boolean initialLeft = false;
            for (int j = 0; j < register.words.length; j++) {
                NameToken.Role role = index.vocabulary[register.words[j]].role();
                if (registerCredit[j] < 0.5f && role == NameToken.Role.NAME) {
                    missing++;
                }
                initialLeft |= registerCredit[j] < 0.5f && role == NameToken.Role.INITIAL;
            }
            // an unmet middle name earns its share only when it is extra: if the register has a word of its
            // own left over, the two names differ there (Mostafa Hassan Ibrahim is not Mostafa Kamel Ibrahim,
            // William G. Frost is not William W. Frost)
            if (missing == 0 && !initialLeft || !search.skipped(usedQuery)) {
                break;
            }
            search.rerunWithoutSkips();
        }
        return new Scored(Math.max(0, baseline + search.bestValue), pairs, missing);
    }

    /**
     * A query of three names or more may carry a middle name, patronymic or father's name the register
     * leaves out (Abdul Wali Hamid Seddiqi, Ivan Sergeyevich Petrov): a query name between its first and
     * last earns {@link #INNER_QUERY_WORD_UNMET} of its share when it meets nothing, a patronymic there or
     * last {@link #PATRONYMIC_UNMET}. A middle initial is left out more often still (Thomas A. Lindeman): it
     * earns {@link #MIDDLE_INITIAL_UNMET}. Its other first and last names earn nothing unmet.
     */
    private static void innerQueryWordCredit(QueryPlan plan, int queryWords, float queryWeight, float[] skip) {
        if (queryWeight == 0) {
            return;
        }
        if (plan.nameWordCount() == 1) {
            patronymicInitialCredit(plan, queryWords, queryWeight, skip);
            return;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < queryWords; i++) {
            if ((plan.nameMask & (1 << i)) != 0) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = 0; i < first; i++) {
            // an initial before the names is a first given name the register may leave out (J. Edgar Hoover)
            NameToken token = plan.name.tokens().get(i);
            if (token.role() == NameToken.Role.INITIAL) {
                skip[i] = MIDDLE_INITIAL_UNMET * token.weight() / queryWeight;
            }
        }
        // a patronymic is as easily left out where official documents put it, last (Petrov Ivan Sergeyevich)
        int lastInner = (plan.patronymicMask & 1 << last) != 0 ? last + 1 : last;
        for (int i = first + 1; i < lastInner; i++) {
            NameToken token = plan.name.tokens().get(i);
            if ((plan.nameMask & (1 << i)) != 0 && plan.nameWordCount() >= 3) {
                float share = (plan.patronymicMask & 1 << i) != 0 ? PATRONYMIC_UNMET : INNER_QUERY_WORD_UNMET;
                skip[i] = share * token.weight() / queryWeight;
            } else if (token.role() == NameToken.Role.INITIAL) {
                skip[i] = MIDDLE_INITIAL_UNMET * token.weight() / queryWeight;
            }
        }
    }

    /**
     * A family name with two initials is how official documents of the former Soviet Union write a
     * person (Гринкевич В. А., V. A. Grinkevich): the second initial is the patronymic's, which the
     * register leaves out as often as the patronymic itself. It earns {@link #MIDDLE_INITIAL_UNMET} of its
     * share; the first initial, the given name's, must meet.
     */
    private static void patronymicInitialCredit(QueryPlan plan, int queryWords, float queryWeight, float[] skip) {
        List<NameToken> tokens = plan.name.tokens();
        int name = Integer.numberOfTrailingZeros(plan.nameMask);
        int before = initialsFrom(tokens, name - 1, -1, queryWords);
        int after = initialsFrom(tokens, name + 1, 1, queryWords);
        if (before == 2 && after == 0) {
            skip[name - 1] = MIDDLE_INITIAL_UNMET * tokens.get(name - 1).weight() / queryWeight;
        } else if (after == 2 && before == 0) {
            skip[name + 2] = MIDDLE_INITIAL_UNMET * tokens.get(name + 2).weight() / queryWeight;
        }
    }

    /** How many initials follow each other from {@code from} on, stepping by {@code step}. */
    private static int initialsFrom(List<NameToken> tokens, int from, int step, int queryWords) {
        int n = 0;
        for (int i = from; i >= 0 && i < queryWords && tokens.get(i).role() == NameToken.Role.INITIAL; i += step) {
            n++;
        }
        return n;
    }

    /**
     * What leaving each register word unmet costs: more for its first and last name than inside it, and
     * much more when the query is one word, which says little unless the register name is one word too
     * (Faiz is not Faiz Mohammed Ahmad).
     */
    private static float[] registerPenalties(NameIndex index, int[] words, boolean oneWordQuery) {
        int first = -1;
        int last = -1;
        for (int j = 0; j < words.length; j++) {
            if (index.vocabulary[words[j]].role() == NameToken.Role.NAME) {
                if (first < 0) {
                    first = j;
                }
                last = j;
            }
        }
        float[] penalties = new float[Math.min(words.length, 31)];
        for (int j = 0; j < penalties.length; j++) {
            float cost = oneWordQuery && first != last && index.vocabulary[words[j]].role() == NameToken.Role.NAME
                    ? ONE_WORD_QUERY_MISSING : j == first || j == last ? EDGE_WORD_MISSING : INNER_WORD_MISSING;
            penalties[j] = index.vocabulary[words[j]].weight() * cost;
        }
        return penalties;
    }

    /**
     * Depth-first search for the pairs of largest total value that share no query or register word. The
     * pairs are kept in arrays of primitives, as the search reads them at every step.
     */
    private static final class Search {
        private static final int[] NONE = new int[0];
        int queryWords;
        private int pairs;
        int[] query = new int[16];
        int[] queryMask = new int[16];
        int[] register = new int[16];
        int[] registerMask = new int[16];
        float[] credit = new float[16];
        float[] value = new float[16];
        /** Pair indexes by the lowest query position they cover, {@code options[i]} of them at position i. */
        int[][] byPosition = new int[0][];
        int[] options = new int[0];
        float bestValue;
        int[] bestChoice = NONE;
        private int[] chosen = new int[0];
        /** What leaving each query position unmet still earns. */
        float[] skipValue = new float[0];
        private int steps;

        /** Empties the search for a query of {@code words} positions, making room for them. */
        Search reset(int words) {
            if (options.length < words) {
                chosen = new int[words];
                skipValue = new float[words];
                byPosition = new int[words][4];
                options = new int[words];
            } else {
                Arrays.fill(options, 0, words, 0);
                Arrays.fill(skipValue, 0, words, 0f);
            }
            queryWords = words;
            pairs = 0;
            bestValue = 0;
            bestChoice = NONE;
            steps = 0;
            return this;
        }

        void add(int q, int qMask, int r, int rMask, float c, float v) {
            if (pairs == query.length) {
                int capacity = 2 * pairs;
                query = Arrays.copyOf(query, capacity);
                queryMask = Arrays.copyOf(queryMask, capacity);
                register = Arrays.copyOf(register, capacity);
                registerMask = Arrays.copyOf(registerMask, capacity);
                credit = Arrays.copyOf(credit, capacity);
                value = Arrays.copyOf(value, capacity);
            }
            int position = Integer.numberOfTrailingZeros(qMask);
            if (options[position] == byPosition[position].length) {
                byPosition[position] = Arrays.copyOf(byPosition[position], 2 * options[position]);
            }
            byPosition[position][options[position]++] = pairs;
            query[pairs] = q;
            queryMask[pairs] = qMask;
            register[pairs] = r;
            registerMask[pairs] = rMask;
            credit[pairs] = c;
            value[pairs] = v;
            pairs++;
        }

        void run() {
            for (int i = 0; i < queryWords; i++) {
                sortByValue(byPosition[i], options[i]);
            }
            visit(0, 0, 0, 0f, 0);
        }

        /**
         * Sorts the first {@code n} pair indexes by value, largest first, equal values in the order they
         * were added: by insertion, as a position has a few pairs, and stably, as the order decides which
         * of two equally good pairings is found first (and kept) and where a search cut short stops.
         */
        private void sortByValue(int[] pairIndexes, int n) {
            for (int i = 1; i < n; i++) {
                int k = pairIndexes[i];
                int j = i - 1;
                while (j >= 0 && Float.compare(value[k], value[pairIndexes[j]]) > 0) {
                    pairIndexes[j + 1] = pairIndexes[j];
                    j--;
                }
                pairIndexes[j + 1] = k;
            }
        }

        /** Whether a query position left unmet in {@code usedQuery} earned something. */
        boolean skipped(int usedQuery) {
            for (int i = 0; i < queryWords; i++) {
                if ((usedQuery & (1 << i)) == 0 && skipValue[i] > 0) {
                    return true;
                }
            }
            return false;
        }

        void rerunWithoutSkips() {
            Arrays.fill(skipValue, 0f);
            bestValue = 0;
            bestChoice = NONE;
            steps = 0;
            visit(0, 0, 0, 0f, 0);
        }

        private void visit(int position, int usedQuery, int usedRegister, float total, int depth) {
            if (++steps > MAX_STEPS) {
                return;
            }
            while (position < queryWords && (usedQuery & (1 << position)) != 0) {
                position++;
            }
            if (position >= queryWords) {
                if (total > bestValue) {
                    bestValue = total;
                    bestChoice = Arrays.copyOf(chosen, depth);
                }
                return;
            }
            int[] pairIndexes = byPosition[position];
            for (int o = 0; o < options[position]; o++) {
                int k = pairIndexes[o];
                if ((queryMask[k] & usedQuery) == 0 && (registerMask[k] & usedRegister) == 0) {
                    chosen[depth] = k;
                    visit(position + 1, usedQuery | queryMask[k], usedRegister | registerMask[k],
                            total + value[k], depth + 1);
                }
            }
            visit(position + 1, usedQuery | (1 << position), usedRegister, total + skipValue[position], depth);
        }
    }

    /**
     * A search per thread, emptied for each name: a query scores up to tens of thousands of names, and a
     * search of its own for each made two fifths of what scoring allocated.
     */
    private static final ThreadLocal<Search> SEARCH = ThreadLocal.withInitial(Search::new);

    /** A name of many words with many readings stops searching here and keeps the best pairing so far. */
    static final int MAX_STEPS = 20_000;

    private static void spread(float[] credits, int mask, float credit) {
        for (int i = 0; i < credits.length && i < 31; i++) {
            if ((mask & (1 << i)) != 0) {
                credits[i] = credit;
            }
        }
    }
}
