package org.rogatory.matching;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Looks the words of a query up in the vocabulary of the register: the sound keys of a word
 * ({@link LookupKeys}) lead to the vocabulary words filed under them, and each of those is measured
 * against it ({@link TokenSimilarity}). What a word found is remembered from query to query: names
 * repeat (given names above all), and the register does not change. Thread-safe.
 */
final class WordLookUps {

    /** A word found by look-up counts towards reaching a register name only with at least this credit. */
    static final float FLOOR = 0.3f;
    /** Look-ups remembered at most; all are forgotten when there are more. */
    static final int REMEMBERED = 200_000;
    /** The comparisons a looking-up thread makes at a time. */
    static final int COMPARED_BLOCK = 64;

    private final NameIndex index;
    /** From how many comparisons a query's new words are compared side by side on the common pool. */
    private final int sharedFrom;
    private final Map<LookupKey, Similar> remembered = new ConcurrentHashMap<>();
    /** Per thread, the vocabulary words one look-up collected: a word filed under several keys is compared once. */
    private final ThreadLocal<Collected> collected = ThreadLocal.withInitial(Collected::new);

    WordLookUps(NameIndex index, int sharedFrom) {
        this.index = index;
        this.sharedFrom = sharedFrom;
    }

    /**
     * The vocabulary words each item of a query reached, by the item's place; their credits are also put
     * in {@code byItem} of that place. An initial is not looked up, and reaches nothing. With
     * {@code shareOut}, many comparisons are shared out on the common pool.
     */
    Hits[] lookUp(List<QueryPlan.Item> items, IntFunction<IntFloatMap> byItem, boolean shareOut) {
        LookupKey[] keys = new LookupKey[items.size()];
        for (int q = 0; q < items.size(); q++) {
            keys[q] = LookupKey.of(items.get(q));
        }
        lookUpNewWords(items, keys, shareOut);
        Hits[] hits = new Hits[items.size()];
        for (int q = 0; q < items.size(); q++) {
            hits[q] = lookUp(items.get(q), keys[q], byItem.apply(q));
        }
        return hits;
    }

    /** The vocabulary words one query item reached, with their credit. */
    record Hits(int[] ids, float[] credits) {
        int size() {
            return ids.length;
        }
    }

    /** Looks {@code item} up by {@code key} (null: not looked up); its credits are also put in {@code byId}. */
    private Hits lookUp(QueryPlan.Item item, LookupKey key, IntFloatMap byId) {
        if (key == null) {
            return NOTHING;
        }
        Similar similar = remembered.get(key);
        if (similar == null) {
            similar = findSimilar(item.token(), key.exact());
            remember(key, similar);
        }
        int[] ids = new int[similar.ids.length];
        float[] credits = new float[similar.ids.length];
        int found = 0;
        for (int i = 0; i < similar.ids.length; i++) {
            float credit = similar.credits[i];
            if (item.factor() == QueryPlan.NICKNAME_FACTOR && credit < QueryPlan.NICKNAME_MIN_CREDIT) {
                continue;
            }
            if (credit * item.factor() >= FLOOR) {
                ids[found] = similar.ids[i];
                credits[found] = credit * item.factor();
                byId.put(ids[found], credits[found]);
                found++;
            }
        }
        return found == ids.length ? new Hits(ids, credits)
                : new Hits(Arrays.copyOf(ids, found), Arrays.copyOf(credits, found));
    }

    private static final Hits NOTHING = new Hits(new int[0], new float[0]);

    /**
     * Looks up the words of the query not looked up before, side by side on the common pool: each compares
     * one word with thousands of the vocabulary, and one word can have ten times the neighbours of another
     * (Mohammed beside Zubaidi), so the comparisons of all the words are shared out in blocks, not the
     * words. None depends on another: what each word finds is what it finds alone.
     */
    private void lookUpNewWords(List<QueryPlan.Item> items, LookupKey[] keys, boolean shareOut) {
        Map<LookupKey, Neighbours> unknown = new LinkedHashMap<>();
        for (int q = 0; q < items.size(); q++) {
            if (keys[q] != null && !remembered.containsKey(keys[q]) && !unknown.containsKey(keys[q])) {
                unknown.put(keys[q], neighbours(items.get(q).token(), keys[q].exact()));
            }
        }
        int comparisons = unknown.values().stream().mapToInt(neighbours -> neighbours.ids.length).sum();
        Neighbours[] wordOf = new Neighbours[comparisons];
        int[] placeOf = new int[comparisons];
        int c = 0;
        for (Neighbours neighbours : unknown.values()) {
            for (int i = 0; i < neighbours.ids.length; i++, c++) {
                wordOf[c] = neighbours;
                placeOf[c] = i;
            }
        }
        IntStream blocks = IntStream.range(0, (comparisons + COMPARED_BLOCK - 1) / COMPARED_BLOCK);
        (shareOut && comparisons >= sharedFrom ? blocks.parallel() : blocks).forEach(b -> {
            for (int k = b * COMPARED_BLOCK; k < Math.min(comparisons, (b + 1) * COMPARED_BLOCK); k++) {
                wordOf[k].measure(placeOf[k], index);
            }
        });
        unknown.forEach((key, neighbours) -> remember(key, neighbours.similar()));
    }

    private void remember(LookupKey key, Similar similar) {
        if (remembered.size() >= REMEMBERED) {
            remembered.clear();
        }
        remembered.put(key, similar);
    }

    /** The vocabulary words that sound like {@code token}, with their credit. */
    private Similar findSimilar(NameToken token, boolean exact) {
        Neighbours neighbours = neighbours(token, exact);
        for (int i = 0; i < neighbours.ids.length; i++) {
            neighbours.measure(i, index);
        }
        return neighbours.similar();
    }

    /** The vocabulary words filed under the keys a look-up of {@code token} tries, each once. */
    private Neighbours neighbours(NameToken token, boolean exact) {
        Collected found = collected.get();
        found.start(index.vocabulary.length);
        LookupKeys keys = LookupKeys.of(token, exact);
        collect(keys.words(), index.keys, found);
        // a word written as two names joined is met where its own keys are, not one edit from them: at a
        // million entries most searchable words are such joins, and their neighbourhoods cost a third of
        // the comparisons while meeting little; the scorer measures the rest in full
        collect(keys.skeletons(), index.joinedKeys, found);
        collect(keys.syllabicWords(), index.syllabicWordKeys, found);
        collect(keys.syllabicReadings(), index.syllabicReadingKeys, found);
        if (keys.obstruents() != null) {
            collect(List.of(keys.obstruents()), keys.syllabic() ? index.obstruentKeys : index.syllabicObstruentKeys,
                    found);
        }
        // compared in the order of the vocabulary, which lies in that order in memory
        int[] ids = found.ids.toArray();
        Arrays.sort(ids);
        return new Neighbours(token, ids);
    }

    private static void collect(Iterable<String> keys, Map<String, int[]> map, Collected found) {
        for (String key : keys) {
            int[] filed = map.get(key);
            if (filed != null) {
                for (int id : filed) {
                    found.add(id);
                }
            }
        }
    }

    private static final class Collected {
        final IntList ids = new IntList();
        /** Per vocabulary word, the look-up that last collected it: no clearing between look-ups. */
        private int[] collectedBy = new int[0];
        private int lookUp;

        void start(int words) {
            if (collectedBy.length < words) {
                collectedBy = new int[words];
            }
            ids.clear();
            if (++lookUp == 0) {
                // after four billion look-ups the marks start again
                Arrays.fill(collectedBy, 0);
                lookUp = 1;
            }
        }

        void add(int id) {
            if (collectedBy[id] != lookUp) {
                collectedBy[id] = lookUp;
                ids.add(id);
            }
        }
    }

    /** The vocabulary words a look-up compares a word with, and their credits as measured. */
    private static final class Neighbours {
        final NameToken token;
        final int[] ids;
        final float[] credits;

        Neighbours(NameToken token, int[] ids) {
            this.token = token;
            this.ids = ids;
            this.credits = new float[ids.length];
        }

        void measure(int i, NameIndex index) {
            // a credit below the floor is dropped whatever the factor of the item, at most 1
            credits[i] = TokenSimilarity.of(token, index.vocabulary[ids[i]], FLOOR);
        }

        Similar similar() {
            int[] kept = new int[ids.length];
            float[] values = new float[ids.length];
            int found = 0;
            for (int i = 0; i < ids.length; i++) {
                if (credits[i] > 0f) {
                    kept[found] = ids[i];
                    values[found++] = credits[i];
                }
            }
            return new Similar(Arrays.copyOf(kept, found), Arrays.copyOf(values, found));
        }
    }

    /** What a look-up is remembered by: the word as compared, and whether only its own skeleton was tried. */
    private record LookupKey(Script script, String code, List<String> readings, List<String> syllabicReadings,
                             NameToken.Role role, String nativeKey, boolean exact) {

        /** The key of {@code item}; null for an initial, which is compared by its letter, not looked up. */
        static LookupKey of(QueryPlan.Item item) {
            NameToken token = item.token();
            if (token.role() == NameToken.Role.INITIAL) {
                return null;
            }
            // a short form's full name and joined words must sound nearly alike: their own skeleton only
            return new LookupKey(token.script(), token.code(), token.readings(), token.syllabicReadings(),
                    token.role(), token.nativeKey(), item.via() != null);
        }
    }

    /** Vocabulary words and their credit against a looked-up word. */
    private record Similar(int[] ids, float[] credits) {
    }
}
