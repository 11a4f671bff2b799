package org.rogatory.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-thread scratch of a search, emptied after it: the marks on register names, and per query item
 * the credits its look-up found and the similarities measured in full.
 */
final class Scratch {
    final ReachedNames reach;
    /** The names worth marking, in the order of the index. */
    final IntList candidates = new IntList();
    final Marks marks;
    private final List<IntFloatMap> reached = new ArrayList<>();
    /**
     * Per vocabulary word, whether a query item that marks names found it: asked for every word of
     * every candidate, so an array rather than a hash map.
     */
    final boolean[] sought;
    private final IntList soughtIds = new IntList();
    /** What the scoring on this thread measured for the query. */
    final ScoringMemo memo;

    Scratch(int names, int forms, int words) {
        reach = new ReachedNames(names);
        marks = new Marks();
        sought = new boolean[words];
        memo = new ScoringMemo(reached, forms, words);
    }

    void seek(int vocabularyId) {
        if (!sought[vocabularyId]) {
            sought[vocabularyId] = true;
            soughtIds.add(vocabularyId);
        }
    }

    IntFloatMap reached(int item) {
        return slot(reached, item);
    }

    private static IntFloatMap slot(List<IntFloatMap> maps, int item) {
        while (maps.size() <= item) {
            maps.add(new IntFloatMap());
        }
        return maps.get(item);
    }

    void clear() {
        reach.clear();
        candidates.clear();
        reached.forEach(IntFloatMap::clear);
        for (int i = 0; i < soughtIds.size(); i++) {
            sought[soughtIds.get(i)] = false;
        }
        soughtIds.clear();
        memo.clear();
    }
}
