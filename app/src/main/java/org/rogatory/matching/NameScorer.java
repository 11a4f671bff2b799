package org.rogatory.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Scores one register name against one query name. Query words are paired with register words
 * (or joined words), each word used once, in any order: greedily, best pair first, once preferring
 * single words and once preferring joined ones, keeping the better. The score is the weighted share of
 * query words met (the credit of {@link TokenSimilarity}), less a little for every register word left
 * over: a query may leave out a middle name or a patronymic (small cost), less so the first or last
 * word of the register name; a query word the register person does not have costs its whole weight.
 */
final class NameScorer {

    /** Pairs below this credit do not count as meeting. */
    static final float WORD_FLOOR = 0.3f;
    /**
     * How much the worst-met query word pulls the score below the mean: a true rendering meets every word
     * about as well, another person with the same family name meets one word fully and another poorly.
     */
    static final float WEAKEST_LINK = 0f;
    /** Cost of a register word nothing met, inside the name (middle name, patronymic)... */
    static final float INNER_WORD_MISSING = 0.03f;
    /** ... and at its start or end (given or family name). */
    static final float EDGE_WORD_MISSING = 0.08f;

    /** A pair of words that met. */
    record Pair(QueryPlan.Item query, NameToken register, float similarity) {
    }

    record Scored(float score, List<Pair> pairs, int registerWordsMissing) {
    }

    interface Similarities {
        /** Credit of query item {@code item} against vocabulary word {@code vocabularyId}, factor applied. */
        float of(int item, int vocabularyId);

        /** Credit of query item {@code item} against a word that is not in the vocabulary. */
        float of(int item, NameToken token);
    }

    /** Pairs met at least this well are taken widest first in the second pairing. */
    static final float SURE = 0.85f;
    /** Below this credit a query word counts as unmet, and joined register words are tried for it. */
    static final float UNMET = 0.8f;

    private NameScorer() {
    }

    static Scored score(QueryPlan plan, NameIndex index, int ref, Similarities similarities) {
        RegisterItems register = RegisterItems.of(index, ref);
        Scored best = best(plan, index, ref, register, similarities);
        if (anyUnmet(plan, best) && register.addJoinedNeighbours(index)) {
            Scored joined = best(plan, index, ref, register, similarities);
            if (joined.score() > best.score()) {
                best = joined;
            }
        }
        return best;
    }

    private static boolean anyUnmet(QueryPlan plan, Scored scored) {
        int met = 0;
        for (Pair pair : scored.pairs()) {
            if (pair.similarity() >= UNMET) {
                met |= pair.query().mask();
            }
        }
        return (plan.nameMask & ~met) != 0;
    }

    /** The register name's words, the words it joins, and (on demand) each two neighbours joined. */
    private static final class RegisterItems {
        final List<Integer> masks = new ArrayList<>();
        /** Vocabulary id, or -1 for a word joined on the fly ({@link #tokens}). */
        final List<Integer> vocabulary = new ArrayList<>();
        final List<NameToken> tokens = new ArrayList<>();
        final int[] words;
        final int[] compounds;

        private RegisterItems(int[] words, int[] compounds) {
            this.words = words;
            this.compounds = compounds;
        }

        static RegisterItems of(NameIndex index, int ref) {
            RegisterItems items = new RegisterItems(index.nameTokens[ref], index.nameCompounds[ref]);
            for (int j = 0; j < items.words.length && j < 31; j++) {
                items.add(1 << j, items.words[j], index.vocabulary[items.words[j]]);
            }
            for (int c = 0; c + 2 < items.compounds.length; c += 3) {
                if (items.compounds[c + 1] <= 31) {
                    items.add(QueryPlan.span(items.compounds[c], items.compounds[c + 1]), items.compounds[c + 2],
                            index.vocabulary[items.compounds[c + 2]]);
                }
            }
            return items;
        }

        private void add(int mask, int vocabularyId, NameToken token) {
            masks.add(mask);
            vocabulary.add(vocabularyId);
            tokens.add(token);
        }

        /** Adds each two neighbouring names the register does not already join; false if none. */
        boolean addJoinedNeighbours(NameIndex index) {
            boolean added = false;
            for (int j = 0; j + 1 < words.length && j + 1 < 31; j++) {
                NameToken a = index.vocabulary[words[j]];
                NameToken b = index.vocabulary[words[j + 1]];
                int mask = QueryPlan.span(j, j + 2);
                if (a.role() == NameToken.Role.NAME && b.role() == NameToken.Role.NAME && !masks.contains(mask)) {
                    add(mask, -1, NameParser.join(List.of(a, b)));
                    added = true;
                }
            }
            return added;
        }

        int size() {
            return masks.size();
        }
    }

    private static Scored best(QueryPlan plan, NameIndex index, int ref, RegisterItems register,
                               Similarities similarities) {
        List<QueryPlan.Item> items = plan.items;
        int registerItems = register.size();
        int count = 0;
        int[] queryOf = new int[items.size() * registerItems];
        int[] registerOf = new int[queryOf.length];
        float[] credits = new float[queryOf.length];
        int[] registerMask = new int[registerItems];
        boolean anyJoined = false;
        for (int r = 0; r < registerItems; r++) {
            registerMask[r] = register.masks.get(r);
        }
        for (int q = 0; q < items.size(); q++) {
            for (int r = 0; r < registerItems; r++) {
                int id = register.vocabulary.get(r);
                float s = id >= 0 ? similarities.of(q, id) : similarities.of(q, register.tokens.get(r));
                if (s >= WORD_FLOOR) {
                    queryOf[count] = q;
                    registerOf[count] = r;
                    credits[count] = s;
                    anyJoined |= Integer.bitCount(items.get(q).mask()) > 1 || Integer.bitCount(registerMask[r]) > 1;
                    count++;
                }
            }
        }
        Integer[] bySimilarity = new Integer[count];
        for (int i = 0; i < count; i++) {
            bySimilarity[i] = i;
        }
        // particles pair last, so that al meeting al does not keep Abdulrahman from Abd al-Rahman
        Comparator<Integer> particlesLast = Comparator.comparing(k -> items.get(queryOf[k]).token().role()
                == NameToken.Role.PARTICLE);
        Arrays.sort(bySimilarity, particlesLast.thenComparing((x, y) -> Float.compare(credits[y], credits[x])));
        Scored best = assign(plan, index, ref, bySimilarity, queryOf, registerOf, credits, registerMask, register);
        if (anyJoined) {
            // well-met joined words first, widest first, then the rest by similarity
            Comparator<Integer> wellMetWidestFirst = Comparator.comparing((Integer k) -> credits[k] < SURE)
                    .thenComparing(k -> credits[k] < SURE ? 0
                            : -span(items.get(queryOf[k]).mask(), registerMask[registerOf[k]]));
            Integer[] byCoverage = bySimilarity.clone();
            Arrays.sort(byCoverage, particlesLast.thenComparing(wellMetWidestFirst)
                    .thenComparing((x, y) -> Float.compare(credits[y], credits[x])));
            Scored other = assign(plan, index, ref, byCoverage, queryOf, registerOf, credits, registerMask, register);
            if (other.score() > best.score()) {
                best = other;
            }
        }
        return best;
    }

    private static int span(int queryMask, int registerMask) {
        return Integer.bitCount(queryMask) + Integer.bitCount(registerMask);
    }

    private static Scored assign(QueryPlan plan, NameIndex index, int ref, Integer[] order, int[] queryOf,
                                 int[] registerOf, float[] credits, int[] registerMask, RegisterItems register) {
        int[] tokens = index.nameTokens[ref];
        List<NameToken> queryTokens = plan.name.tokens();
        float[] queryCredit = new float[queryTokens.size()];
        float[] registerCredit = new float[tokens.length];
        int usedQuery = 0;
        int usedRegister = 0;
        List<Pair> pairs = new ArrayList<>();
        for (int k : order) {
            QueryPlan.Item item = plan.items.get(queryOf[k]);
            int r = registerOf[k];
            if ((item.mask() & usedQuery) != 0 || (registerMask[r] & usedRegister) != 0) {
                continue;
            }
            usedQuery |= item.mask();
            usedRegister |= registerMask[r];
            spread(queryCredit, item.mask(), credits[k]);
            spread(registerCredit, registerMask[r], credits[k]);
            pairs.add(new Pair(item, register.tokens.get(r), credits[k]));
        }
        float weight = 0;
        float met = 0;
        float weakest = 1;
        for (int i = 0; i < queryTokens.size(); i++) {
            float w = queryTokens.get(i).weight();
            weight += w;
            met += w * queryCredit[i];
            if (w >= 1f) {
                weakest = Math.min(weakest, queryCredit[i]);
            }
        }
        float mean = weight == 0 ? 0 : met / weight;
        float score = mean - WEAKEST_LINK * Math.max(0, mean - weakest);
        int first = -1;
        int last = -1;
        for (int j = 0; j < tokens.length; j++) {
            if (index.vocabulary[tokens[j]].role() == NameToken.Role.NAME) {
                if (first < 0) {
                    first = j;
                }
                last = j;
            }
        }
        int missing = 0;
        for (int j = 0; j < tokens.length; j++) {
            float w = index.vocabulary[tokens[j]].weight();
            float miss = 1 - registerCredit[j];
            if (miss > 0.5f && w >= 1f) {
                missing++;
            }
            score -= w * miss * (j == first || j == last ? EDGE_WORD_MISSING : INNER_WORD_MISSING);
        }
        return new Scored(Math.max(0, score), pairs, missing);
    }

    private static void spread(float[] credits, int mask, float credit) {
        for (int i = 0; i < credits.length && i < 31; i++) {
            if ((mask & (1 << i)) != 0) {
                credits[i] = credit;
            }
        }
    }
}
