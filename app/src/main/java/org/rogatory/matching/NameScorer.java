package org.rogatory.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores one register name against one query name. Query words are paired with register words
 * (or joined words) greedily, best pair first, each word used once, in any order. The score is the
 * weighted share of query words met, less a small amount for every register word left over: a query
 * may leave out a middle name or patronymic (little cost) but a word the register person does not
 * have speaks against the match, and so, more than a middle name, does a register first or last word
 * that nothing met.
 */
final class NameScorer {

    /** Below this two words do not meet at all. */
    static final float WORD_FLOOR = 0.55f;
    /** Cost of a register word nothing met, inside the name (middle name, patronymic)... */
    static final float INNER_WORD_MISSING = 0.04f;
    /** ... and at its start or end (given or family name). */
    static final float EDGE_WORD_MISSING = 0.10f;

    /** A pair of words that met. */
    record Pair(QueryPlan.Item query, NameToken register, float similarity) {
    }

    record Scored(float score, List<Pair> pairs, int registerWordsMissing) {
    }

    interface Similarities {
        /** Similarity of query item {@code item} to vocabulary word {@code vocabularyId}, factor applied. */
        float of(int item, int vocabularyId);
    }

    private NameScorer() {
    }

    static Scored score(QueryPlan plan, NameIndex index, int ref, Similarities similarities) {
        int[] tokens = index.nameTokens[ref];
        int[] compounds = index.nameCompounds[ref];
        int registerItems = tokens.length + compounds.length / 3;
        int[] registerMask = new int[registerItems];
        int[] registerVocabulary = new int[registerItems];
        for (int j = 0; j < tokens.length; j++) {
            registerMask[j] = j < 31 ? 1 << j : 0;
            registerVocabulary[j] = tokens[j];
        }
        for (int c = 0; c < compounds.length / 3; c++) {
            registerMask[tokens.length + c] = QueryPlan.span(compounds[3 * c], Math.min(compounds[3 * c + 1], 31));
            registerVocabulary[tokens.length + c] = compounds[3 * c + 2];
        }
        List<QueryPlan.Item> items = plan.items;
        int pairCount = 0;
        long[] candidates = new long[items.size() * registerItems];
        float[] sims = new float[items.size() * registerItems];
        for (int q = 0; q < items.size(); q++) {
            for (int r = 0; r < registerItems; r++) {
                if (registerMask[r] == 0) {
                    continue;
                }
                float s = similarities.of(q, registerVocabulary[r]);
                if (s >= WORD_FLOOR) {
                    sims[pairCount] = s;
                    candidates[pairCount] = ((long) q << 32) | r;
                    pairCount++;
                }
            }
        }
        Integer[] order = new Integer[pairCount];
        for (int i = 0; i < pairCount; i++) {
            order[i] = i;
        }
        final float[] s = sims;
        java.util.Arrays.sort(order, (x, y) -> Float.compare(s[y], s[x]));
        int usedQuery = 0;
        int usedRegister = 0;
        float[] querySim = new float[plan.name.tokens().size()];
        float[] registerSim = new float[tokens.length];
        List<Pair> pairs = new ArrayList<>();
        for (int k : order) {
            int q = (int) (candidates[k] >>> 32);
            int r = (int) candidates[k];
            QueryPlan.Item item = items.get(q);
            if ((item.mask() & usedQuery) != 0 || (registerMask[r] & usedRegister) != 0) {
                continue;
            }
            usedQuery |= item.mask();
            usedRegister |= registerMask[r];
            spread(querySim, item.mask(), s[k]);
            spread(registerSim, registerMask[r], s[k]);
            pairs.add(new Pair(item, index.vocabulary[registerVocabulary[r]], s[k]));
        }
        float weight = 0;
        float met = 0;
        List<NameToken> queryTokens = plan.name.tokens();
        for (int i = 0; i < queryTokens.size(); i++) {
            float w = queryTokens.get(i).weight();
            weight += w;
            met += w * querySim[i];
        }
        float score = weight == 0 ? 0 : met / weight;
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
            float miss = 1 - registerSim[j];
            if (miss > 0.5f && w >= 1f) {
                missing++;
            }
            score -= w * miss * (j == first || j == last ? EDGE_WORD_MISSING : INNER_WORD_MISSING);
        }
        return new Scored(Math.max(0, score), pairs, missing);
    }

    private static void spread(float[] sims, int mask, float s) {
        for (int i = 0; i < sims.length && i < 31; i++) {
            if ((mask & (1 << i)) != 0) {
                sims[i] = s;
            }
        }
    }
}
