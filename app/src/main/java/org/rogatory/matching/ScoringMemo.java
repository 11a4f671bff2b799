package org.rogatory.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What scoring one query measured, kept for the names still to score: the credits of its items against
 * each word met, the words joined on the fly, and the score of each name form. Shared by the threads
 * that score one query: what one measures, the other need not (most words recur from name to name).
 * A value two threads measure at once is the same value.
 */
final class ScoringMemo {
    /** Per query item, the credits its look-up found ({@link Scratch#reached}). */
    private final List<IntFloatMap> reached;
    /** Per vocabulary word met in scoring, its credits; published whole, as another thread reads them. */
    private final AtomicReferenceArray<float[]> rows;
    private final IntList rowIds = new IntList();
    /** The words the scorer joined on the fly, by the vocabulary ids of their two halves. */
    private final Map<Long, Joined> joined = new ConcurrentHashMap<>();
    /**
     * The score of each name form ({@link NameIndex#nameForm}) scored so far: a name of the same form
     * was reached by the same query words, and scores the same.
     */
    final NameScorer.Scored[] scoredForms;
    /** The forms the calling thread scored; a helping thread keeps its own and hands them over. */
    final IntList formsScored = new IntList();

    ScoringMemo(List<IntFloatMap> reached, int forms, int words) {
        this.reached = reached;
        scoredForms = new NameScorer.Scored[forms];
        rows = new AtomicReferenceArray<>(words);
    }

    /**
     * The credits of the query items against vocabulary word {@code id}: first what each look-up found
     * (negative: nothing), then what measuring in full gave (negative: not yet). Every name scored asks
     * for each item against each of its words, and the words recur from name to name: one row per
     * word rather than a hash look-up or two per item.
     */
    float[] credits(int id, int items) {
        float[] row = rows.get(id);
        return row != null ? row : newRow(id, items);
    }

    private synchronized float[] newRow(int id, int items) {
        float[] row = rows.get(id);
        if (row == null) {
            row = new float[2 * items];
            for (int q = 0; q < items; q++) {
                row[q] = reached.get(q).get(id, -1f);
            }
            Arrays.fill(row, items, 2 * items, -1f);
            rowIds.add(id);
            rows.set(id, row);
        }
        return row;
    }

    /** Vocabulary words {@code first} and {@code second} joined, for a query of {@code items} items. */
    Joined joined(int first, int second, int items) {
        return joined.computeIfAbsent((long) first << 32 | second, pair -> new Joined(items));
    }

    void clear() {
        for (int i = 0; i < rowIds.size(); i++) {
            rows.set(rowIds.get(i), null);
        }
        rowIds.clear();
        joined.clear();
        for (int i = 0; i < formsScored.size(); i++) {
            scoredForms[formsScored.get(i)] = null;
        }
        formsScored.clear();
    }

    /**
     * Two register words joined, made when first asked for, and its credit against each query item
     * (negative: not yet measured). Two threads scoring one query may both make the word or measure a
     * credit, and find the same.
     */
    static final class Joined {
        JoinedWord word;
        final float[] credits;

        Joined(int items) {
            credits = new float[items];
            Arrays.fill(credits, -1f);
        }
    }

    /** Two register words joined, and the keys it would be filed under ({@link SoundKeys#indexKeys}). */
    record JoinedWord(NameToken token, List<String> keys) {
    }
}
