package org.rogatory.transmission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.transmission.domain.DossierFixture.TODAY;
import static org.rogatory.transmission.domain.DossierFixture.aDossier;
import static org.rogatory.transmission.domain.DossierFixture.finding;
import static org.rogatory.transmission.domain.DossierFixture.item;
import static org.rogatory.transmission.domain.DossierFixture.objection;
import static org.rogatory.transmission.domain.DossierFixture.review;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;

class TransmissionPolicyTest {

    static final ResultItem CLEARED = item("i1", 1).reviewed(review(Review.Decision.CLEARED));
    static final ResultItem CLIENT_LIST = item("i2", 2, finding("R-0004"), finding("R-0050"));

    @Test
    void transmitsTheClearedAndTheRedactedVersionOfTheRedactedButNothingWithheld() {
        Dossier dossier = aDossier().with(
                CLEARED,
                CLIENT_LIST.reviewed(review(Review.Decision.WITHHELD)),
                item("i3", 3, finding("R-0002")).reviewed(review(Review.Decision.REDACTED)),
                item("i4", 4).reviewed(review(Review.Decision.CLEARED)).withheldBy("o1")).build();

        assertThat(dossier.mayTransmit(TODAY)).isEqualTo(Verdict.ALLOWED);
        assertThat(dossier.outgoing()).extracting(o -> o.item().id(), Dossier.Outgoing::version).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i1", Dossier.Version.ORIGINAL),
                org.assertj.core.groups.Tuple.tuple("i3", Dossier.Version.REDACTED));
    }

    @Test
    void refusesToTransmitWhileAnItemIsNotReviewed() {
        assertThat(reasons(aDossier().with(CLEARED, item("i9", 9)).build())).extracting(Reason::code, Reason::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("item-not-reviewed", "i9"));
    }

    @Test
    void refusesToTransmitWhileAProtectedPersonNamedInAnItemIsNeitherRedactedNorWithheld() {
        assertThat(reasons(aDossier().with(CLIENT_LIST.reviewed(review(Review.Decision.WITHHELD))).build())).isEmpty();
        assertThat(codes(aDossier().with(CLIENT_LIST).build())).containsExactly("item-not-reviewed",
                "item-finding-unresolved", "item-finding-unresolved");
    }

    @Test
    void refusesToTransmitWhatNamesAPersonTheRegisterProtectedAfterTheItemWasReviewed() {
        Dossier dossier = aDossier().with(CLEARED, CLIENT_LIST.reviewed(review(Review.Decision.WITHHELD)))
                .naming("i1", finding("R-0070")).naming("i2", finding("R-0004")).build();
        assertThat(reasons(dossier)).as("what is withheld does not leave, whoever it names")
                .extracting(Reason::code, Reason::findingId, Reason::subject).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("outgoing-item-names-protected-person", "IF-R-0070", "i1"));
        assertThat(reasons(dossier).get(0).detail()).contains("Item 1", "ORIGINAL", "R-0070", "review the item again");
    }

    @Test
    void refusesToTransmitWhileAnIncidentAwaitsTheJudge() {
        assertThat(codes(aDossier().with(CLEARED).withIncident("x1", true).withIncident("x2", false).build()))
                .containsExactly("incident-open");
    }

    @Test
    void refusesToTransmitWhileObjectionPending() {
        Dossier pending = aDossier().with(CLEARED).withObjection(objection("o1", List.of("i1"), null)).build();
        Dossier decided = aDossier().with(CLEARED).withObjection(objection("o1", List.of("i1"),
                Objection.Outcome.REJECTED)).build();
        assertThat(reasons(pending)).extracting(Reason::code, Reason::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("objection-pending", "o1"));
        assertThat(reasons(decided)).isEmpty();
    }

    @Test
    void refusesToTransmitBeforeTheAffectedPersonIsNotified() {
        assertThat(codes(aDossier().with(CLEARED).notifiedOn(null).build())).containsExactly(
                "affected-person-not-notified");
    }

    @Test
    void refusesToTransmitWhileSomeoneAMeasureConcernsIsNotNotified() {
        Dossier dossier = aDossier().with(CLEARED).notifiedOn(TODAY.minusDays(20))
                .notYetNotified(new PersonsToNotify.Concerned("o1", "SARL Transports Delacroix-Mouret")).build();
        assertThat(reasons(dossier)).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("affected-person-not-notified");
            assertThat(reason.detail()).contains("SARL Transports Delacroix-Mouret (o1)");
        });
    }

    @Test
    void refusesToTransmitUntilTheDayAfterTheRemedyPeriodEnds() {
        assertThat(codes(aDossier().with(CLEARED).notifiedOn(TODAY.minusDays(15)).build()))
                .containsExactly("remedy-period-running");
        assertThat(codes(aDossier().with(CLEARED).notifiedOn(TODAY.minusDays(16)).build())).isEmpty();
        assertThat(aDossier().notifiedOn(TODAY).build().remedyPeriodEnds()).contains(TODAY.plusDays(15));
    }

    @Test
    void namesEverythingThatHoldsTheTransmissionBackAtOnce() {
        Dossier dossier = aDossier().with(CLIENT_LIST).withIncident("x1", true)
                .withObjection(objection("o1", List.of("i2"), null)).notifiedOn(TODAY).build();
        assertThat(Set.copyOf(codes(dossier))).containsExactlyInAnyOrder("item-not-reviewed",
                "item-finding-unresolved", "incident-open", "objection-pending", "remedy-period-running");
    }

    @Test
    void resultsGoToReviewOnlyWhenEveryItemHasItsContent() {
        ResultItem empty = new ResultItem("i5", 5, ResultItem.ItemKind.BANK_RECORD, "Bank records", null, null, null,
                List.of(), null, null);
        assertThat(ResultsComplete.check(List.of(CLEARED))).isEqualTo(Verdict.ALLOWED);
        assertThat(codes(ResultsComplete.check(List.of(CLEARED, empty)))).containsExactly("item-without-content");
    }

    static List<Reason> reasons(Dossier dossier) {
        return dossier.mayTransmit(TODAY) instanceof Verdict.Blocked blocked ? blocked.reasons() : List.of();
    }

    static List<String> codes(Dossier dossier) {
        return reasons(dossier).stream().map(Reason::code).toList();
    }

    static List<String> codes(Verdict verdict) {
        return verdict instanceof Verdict.Blocked blocked ? blocked.reasons().stream().map(Reason::code).toList()
                : List.of();
    }
}
