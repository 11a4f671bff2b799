package org.rogatory.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookupKeysTest {

    private static NameToken word(String text) {
        return NameParser.parseOne(text).tokens().get(0);
    }

    /** Two register words as the scorer joins them. */
    private static NameToken joined(String text) {
        return NameParser.join(NameParser.parseOne(text).tokens());
    }

    private static boolean finds(String query, String joinedWords) {
        NameToken joined = joined(joinedWords);
        return LookupKeys.of(word(query), false).find(joined, SoundKeys.indexKeys(joined.code()));
    }

    @Test
    void findsTwoRegisterWordsJoinedThatAQueryWritesAsOne() {
        assertThat(finds("Kimjongun", "Kim Jongun")).isTrue();
        assertThat(finds("Abdulkarim", "عبد كريم")).isTrue();
    }

    @Test
    void findsTwoLongWordsJoinedTwoConsonantsAway() {
        // N against L and T against N: one class apart twice, too far for a word looked up on its own
        NameToken joined = joined("Ильич Лаврин");
        LookupKeys keys = LookupKeys.of(NameParser.join(NameParser.parseOne("Ilyich Navrit").tokens()), false);
        assertThat(keys.words()).doesNotContainAnyElementsOf(SoundKeys.indexKeys(joined.code()));
        assertThat(keys.find(joined, SoundKeys.indexKeys(joined.code()))).isTrue();
    }

    @Test
    void doesNotFindJoinedWordsThatSoundLikeNothingInTheWord() {
        assertThat(finds("Дзин", "Kowalski Nowak")).isFalse();
        assertThat(finds("Ilya", "Lina Bor")).isFalse();
    }
}
