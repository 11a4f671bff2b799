package org.rogatory.transmission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.transmission.domain.DossierFixture.finding;
import static org.rogatory.transmission.domain.DossierFixture.item;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;

class ItemReviewTest {

    static final ResultItem CLIENT_LIST = item("i2", 2, finding("R-0004"), finding("R-0050"));

    @Test
    void neverClearsAnItemThatNamesOtherProtectedPersons() {
        assertThat(reasons(ItemReview.check(CLIENT_LIST, Review.Decision.CLEARED, Set.of())))
                .extracting(Reason::code).containsExactly("item-finding-unresolved", "item-finding-unresolved");
        assertThat(ItemReview.check(item("i1", 1), Review.Decision.CLEARED, Set.of())).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void neverClearsAnItemNamingAPersonTheRegisterProtectedAfterItsContentWasScreened() {
        assertThat(reasons(ItemReview.check(item("i1", 1), Review.Decision.CLEARED, Set.of("R-0070"))))
                .extracting(Reason::code, Reason::subject).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("item-names-newly-protected-person", "i1"));
        assertThat(reasons(ItemReview.check(CLIENT_LIST, Review.Decision.CLEARED, Set.of("R-0004", "R-0050"))))
                .as("a person found on upload is named once").extracting(Reason::code)
                .containsExactly("item-finding-unresolved", "item-finding-unresolved");
    }

    @Test
    void acceptsARedactionOnlyIfTheRedactedTextNoLongerNamesThem() {
        assertThat(reasons(ItemReview.check(CLIENT_LIST, Review.Decision.REDACTED, Set.of("R-0050"))))
                .extracting(Reason::code, Reason::findingId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name-still-in-redacted-text", "IF-R-0050"));
        assertThat(ItemReview.check(CLIENT_LIST, Review.Decision.REDACTED, Set.of())).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void refusesARedactedTextThatNamesAProtectedPersonTheOriginalDidNot() {
        assertThat(reasons(ItemReview.check(CLIENT_LIST, Review.Decision.REDACTED, Set.of("R-9999"))))
                .extracting(Reason::code).containsExactly("name-in-redacted-text");
    }

    @Test
    void alwaysAllowsWithholding() {
        assertThat(ItemReview.check(CLIENT_LIST.withheldBy("o1"), Review.Decision.WITHHELD, Set.of()))
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void keepsWithheldWhatTheJudgeWithheldOnAnObjection() {
        assertThat(reasons(ItemReview.check(item("i1", 1).withheldBy("o1"), Review.Decision.CLEARED, Set.of())))
                .extracting(Reason::code).containsExactly("withheld-by-judge");
        assertThat(item("i1", 1).reviewed(DossierFixture.review(Review.Decision.CLEARED)).withheldBy("o1").status())
                .isEqualTo(ItemStatus.WITHHELD);
    }

    @Test
    void reviewsAnItemOnlyOnItsContent() {
        ResultItem empty = new ResultItem("i5", 5, ResultItem.ItemKind.BANK_RECORD, "Bank records", null, null, null,
                List.of(), null, null);
        assertThat(reasons(ItemReview.check(empty, Review.Decision.CLEARED, Set.of()))).extracting(Reason::code)
                .containsExactly("item-without-content");
    }

    static List<Reason> reasons(Verdict verdict) {
        return verdict instanceof Verdict.Blocked blocked ? blocked.reasons() : List.of();
    }
}
