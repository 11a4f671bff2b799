package org.rogatory.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.matching.RegisterFixture.register;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    @Test
    void theNamesOfAWordAreItsPostingListAndTheNamesThatOnlyCompareItJoined() {
        NameIndex index = NameIndex.build(register()
                .person("R-1", null, "Abd al-Rahman Khan")
                .person("R-2", null, "Abdallah bin Laden")
                .person("R-3", null, "Min-jun Kim")
                .entries(), n -> { });
        int compared = 0;
        for (int id = 0; id < index.vocabulary.length; id++) {
            if (!index.searchable[id]) {
                continue;
            }
            Set<Integer> holders = new TreeSet<>();
            for (int ref = 0; ref < index.nameCount(); ref++) {
                for (int word : index.words(ref)) {
                    if (word == id) {
                        holders.add(ref);
                    }
                }
                int[] compounds = index.compounds(ref);
                for (int c = 2; c < compounds.length; c += 3) {
                    if (compounds[c] == id) {
                        holders.add(ref);
                    }
                }
            }
            Set<Integer> found = new TreeSet<>();
            for (int ref : index.postings[id]) {
                found.add(ref);
            }
            for (int k = index.comparedInStart[id]; k < index.comparedInStart[id + 1]; k++) {
                found.add(index.comparedIn[k]);
                compared++;
            }
            assertThat(found).as(index.vocabulary[id].text()).isEqualTo(holders);
        }
        // Abd, a word of R-1, is only compared as the stem of Abdallah
        assertThat(compared).isPositive();
    }

    @Test
    void filesSearchableJoinedWordsApartFromSingleWords() {
        NameIndex index = NameIndex.build(register().person("R-1", null, "Abdul Wali Sadiqi").entries(), n -> { });
        Set<String> single = new TreeSet<>();
        Set<String> joined = new TreeSet<>();
        index.keys.values().forEach(ids -> Arrays.stream(ids).forEach(id -> single.add(index.vocabulary[id].text())));
        index.joinedKeys.values().forEach(ids -> Arrays.stream(ids).forEach(id -> joined.add(index.vocabulary[id].text())));
        assertThat(single).containsExactly("abdul", "sadiqi", "wali");
        assertThat(joined).containsExactly("abdul wali");
    }
}
