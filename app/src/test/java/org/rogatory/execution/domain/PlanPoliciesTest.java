package org.rogatory.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.execution.domain.ExecutionFixture.ABENOV;
import static org.rogatory.execution.domain.ExecutionFixture.BAR;
import static org.rogatory.execution.domain.ExecutionFixture.JUDGE;
import static org.rogatory.execution.domain.ExecutionFixture.OFFICIALS;
import static org.rogatory.execution.domain.ExecutionFixture.SEITKALI;
import static org.rogatory.execution.domain.ExecutionFixture.observer;
import static org.rogatory.execution.domain.ExecutionFixture.theSearch;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.Authorisation.AuthorisedPlace;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;
import org.rogatory.execution.domain.BarNotice.Status;
import org.rogatory.execution.domain.ExecutionPlan.ForeignObserver;
import org.rogatory.execution.domain.ExecutionPlan.Place;
import org.rogatory.intake.domain.CooperationRequest.Premises;
import org.rogatory.screening.domain.Finding;
import org.rogatory.screening.domain.FindingCode;

class PlanPoliciesTest {

    @Test
    void aPlanWithTheObserversTheJudgeNamedIsWithinTheAuthorisation() {
        assertThat(drafted(theSearch())).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void refusesAForeignOfficialTheJudgeDidNotName() {
        ExecutionFixture search = theSearch().withObservers(observer(ABENOV),
                new ForeignObserver("Unknown colleague", "Investigator", "none", PresenceRole.OBSERVER));
        assertThat(reasons(drafted(search))).extracting(Reason::code, Reason::subject, Reason::findingId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("foreign-official-not-authorised",
                        "foreignOfficials/1", OFFICIALS.id()));
    }

    @Test
    void refusesANamedOfficialWithAnotherIdentityDocument() {
        ExecutionFixture search = theSearch().withObservers(new ForeignObserver(ABENOV.name(), ABENOV.function(),
                "KZ passport N00000000", PresenceRole.OBSERVER));
        assertThat(codes(drafted(search))).containsExactly("foreign-official-not-authorised");
    }

    @Test
    void refusesANamedOfficialWhoWouldDoMoreThanObserve() {
        ExecutionFixture search = theSearch().withObservers(new ForeignObserver(SEITKALI.name(), SEITKALI.function(),
                SEITKALI.identityDocument(), PresenceRole.ASSIST));
        assertThat(codes(drafted(search))).containsExactly("foreign-official-not-observer");
    }

    @Test
    void refusesEveryForeignOfficialWithoutAJudgesAuthorisation() {
        ExecutionFixture search = theSearch().authorising(Authorisation.NONE);
        assertThat(codes(drafted(search))).containsExactly("foreign-official-not-authorised",
                "foreign-official-not-authorised");
    }

    @Test
    void refusesAPlaceTheAuthorisationDoesNotCover() {
        ExecutionFixture office = theSearch().at(new Place(List.of(0), Premises.LAW_OFFICE, "Avenue des Saules 14",
                "Brussels", null));
        ExecutionFixture elsewhere = theSearch().at(new Place(List.of(0), Premises.HOME, "Klötzerbahn 1", "Eupen", null));
        ExecutionFixture anotherHome = theSearch().at(new Place(List.of(0), Premises.HOME, "Rue de la Loi 16", "Brussels",
                null));
        ExecutionFixture theHomeWrittenOtherwise = theSearch().at(new Place(List.of(0), Premises.HOME,
                "avenue des Saules, 14 (ground floor)", "Brussels", null));
        ExecutionFixture hearingAtAPlace = theSearch().at(new Place(List.of(2), Premises.HOME, "Avenue des Saules 14",
                "Brussels", null));
        ExecutionFixture onlyTheHearingAuthorised = theSearch()
                .authorising(new Authorisation(List.of(ABENOV, SEITKALI), List.of(2), null));
        ExecutionFixture unknownMeasure = theSearch().at(new Place(List.of(7), Premises.HOME, "x", "Brussels", null));

        assertThat(codes(drafted(office))).containsExactly("premises-not-authorised");
        assertThat(codes(drafted(elsewhere))).containsExactly("place-not-authorised");
        assertThat(codes(drafted(anotherHome))).as("another home in the same city").containsExactly("place-not-authorised");
        assertThat(drafted(theHomeWrittenOtherwise)).isEqualTo(Verdict.ALLOWED);
        ExecutionFixture theHomeAsThePoliceWriteIt = theSearch().at(new Place(List.of(0), Premises.HOME,
                "Av. des Saules 14, 1000 Bruxelles", "Bruxelles", null));
        assertThat(drafted(theHomeAsThePoliceWriteIt)).as("abbreviated, with postcode, in French")
                .isEqualTo(Verdict.ALLOWED);
        assertThat(codes(drafted(hearingAtAPlace))).containsExactly("measure-needs-no-place");
        assertThat(codes(drafted(onlyTheHearingAuthorised))).containsExactly("measure-not-authorised",
                "measure-not-authorised");
        assertThat(codes(drafted(unknownMeasure))).containsExactly("measure-not-requested");
    }

    @Test
    void aSeizureTheRequestGivesNoAddressForIsDoneOnlyWhereTheJudgeSaysOrWhereTheSearchIs() {
        Authorisation rueHaute = new Authorisation(List.of(ABENOV, SEITKALI), List.of(), null,
                List.of(new AuthorisedPlace(1, "Rue Haute, 1", "Eupen")));
        ExecutionFixture wherePoliceChoose = theSearch().at(new Place(List.of(1), Premises.HOME, "Rue Haute 1", "Eupen",
                null));
        ExecutionFixture whereTheJudgeSays = theSearch().authorising(rueHaute)
                .at(new Place(List.of(1), Premises.HOME, "rue Haute 1", "Eupen", null));
        ExecutionFixture nextDoor = theSearch().authorising(rueHaute)
                .at(new Place(List.of(1), Premises.HOME, "Rue Haute 3", "Eupen", null));
        ExecutionFixture sameStreetAnotherCity = theSearch().authorising(rueHaute)
                .at(new Place(List.of(1), Premises.HOME, "Rue Haute 1", "Brussels", null));
        ExecutionFixture whereTheSearchIs = theSearch().at(new Place(List.of(0, 1), Premises.HOME,
                "Avenue des Saules 14", "Brussels", null));

        assertThat(codes(drafted(wherePoliceChoose))).containsExactly("place-not-named");
        assertThat(drafted(whereTheJudgeSays)).isEqualTo(Verdict.ALLOWED);
        assertThat(codes(drafted(nextDoor))).containsExactly("place-not-named");
        assertThat(codes(drafted(sameStreetAnotherCity))).containsExactly("place-not-named");
        assertThat(drafted(whereTheSearchIs)).as("the data carriers found during the search").isEqualTo(Verdict.ALLOWED);
        Authorisation flatTwo = new Authorisation(List.of(ABENOV, SEITKALI), List.of(), null,
                List.of(new AuthorisedPlace(1, "Rue Haute 1 bte 2", "Eupen")));
        assertThat(codes(drafted(theSearch().authorising(flatTwo).at(new Place(List.of(1), Premises.HOME,
                "Rue Haute 1", "Eupen", null))))).as("the building, where the judge named a flat").containsExactly(
                "place-not-named");
        assertThat(drafted(theSearch().authorising(flatTwo).at(new Place(List.of(1), Premises.HOME,
                "Rue Haute 1, boîte 2", "Eupen", null)))).isEqualTo(Verdict.ALLOWED);
        ExecutionFixture inTwoRowsAtTheSearch = theSearch().at(
                new Place(List.of(0), Premises.HOME, "Avenue des Saules 14", "Brussels", null),
                new Place(List.of(1), Premises.HOME, "avenue des Saules, 14", "Bruxelles", null));
        assertThat(drafted(inTwoRowsAtTheSearch)).as("the same building in another row").isEqualTo(Verdict.ALLOWED);
        ExecutionFixture besideTheSearchButTheJudgeSaidElsewhere = theSearch().authorising(rueHaute)
                .at(new Place(List.of(0, 1), Premises.HOME, "Avenue des Saules 14", "Brussels", null));
        assertThat(codes(drafted(besideTheSearchButTheJudgeSaidElsewhere)))
                .as("where the judge named the seizure's building, there and nowhere else")
                .containsExactly("place-not-named");
    }

    @Test
    void refusesConfirmationWhileTheBarPresidentHasNoDeliveredNoticeNamingTheFinding() {
        Verdict verdict = confirmed(theSearch().notified("BXL-FR", Status.FAILED));
        assertThat(reasons(verdict)).extracting(Reason::code, Reason::findingId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bar-president-not-notified", BAR.id()));
        assertThat(reasons(verdict).get(0).detail()).contains("BXL-FR", "BXL-NL");
    }

    @Test
    void confirmsOnceEveryBarOfTheCityHasItsNoticeDelivered() {
        assertThat(codes(confirmed(theSearch().notified("BXL-FR", Status.DELIVERED)))).containsExactly(
                "bar-president-not-notified");
        assertThat(confirmed(theSearch().notified("BXL-FR", Status.DELIVERED).notified("BXL-NL", Status.DELIVERED)))
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aPlaceNamingItsBarNeedsOnlyThatBarsNotice() {
        ExecutionFixture search = theSearch().at(new Place(List.of(0, 1), Premises.HOME, "Avenue des Saules 14",
                "Brussels", "BXL-NL")).notified("BXL-NL", Status.DELIVERED);
        assertThat(confirmed(search)).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aLawOfficeNeedsTheNoticeEvenWithoutAFinding() {
        ExecutionFixture office = theSearch().withoutFindings()
                .authorising(new Authorisation(List.of(ABENOV, SEITKALI), List.of(), null,
                        List.of(new AuthorisedPlace(1, "Rue Haute 1", "Eupen"))))
                .at(new Place(List.of(1), Premises.LAW_OFFICE, "Rue Haute 1", "Eupen", null));
        assertThat(reasons(confirmed(office))).extracting(Reason::code, Reason::findingId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bar-president-not-notified", null));
    }

    @Test
    void aCityWithoutAKnownBarIsAProblemNotASilence() {
        ExecutionFixture search = theSearch().at(new Place(List.of(1), Premises.HOME, "Main Street 1", "Atlantis",
                null));
        assertThat(codes(confirmed(search))).contains("bar-unknown");
    }

    @Test
    void aBlockingFindingRaisedSinceTheDecisionsHoldsTheConfirmationUntilTheJudgeAnswersIt() {
        Finding refugee = ExecutionFixture.finding(FindingCode.REFUGEE_FROM_REQUESTING_STATE, "persons/0");
        ExecutionFixture search = theSearch().notified("BXL-FR", Status.DELIVERED).notified("BXL-NL", Status.DELIVERED)
                .withFindingRaisedSince(refugee);
        assertThat(reasons(confirmed(search))).extracting(Reason::code, Reason::findingId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("finding-unanswered", refugee.id()));
        assertThat(codes(PlanPolicies.readyToReport(search.confirmed().context()))).containsExactly("finding-unanswered");
    }

    @Test
    void namesEachUnmetObligationAtOnce() {
        ExecutionFixture search = theSearch().withoutJudge().withObservers(observer(ABENOV));
        assertThat(reasons(confirmed(search))).extracting(Reason::findingId)
                .containsExactlyInAnyOrder(JUDGE.id(), BAR.id(), OFFICIALS.id());
    }

    @Test
    void theReportIsFiledOnlyOnAConfirmedPlanWhoseObligationsStillHold() {
        ExecutionFixture delivered = theSearch().notified("BXL-FR", Status.DELIVERED).notified("BXL-NL", Status.DELIVERED);
        assertThat(codes(PlanPolicies.readyToReport(delivered.context()))).containsExactly("plan-not-confirmed");
        assertThat(PlanPolicies.readyToReport(delivered.confirmed().context())).isEqualTo(Verdict.ALLOWED);
        assertThat(codes(PlanPolicies.readyToReport(theSearch().confirmed().context())))
                .containsExactly("bar-president-not-notified");
        assertThat(codes(PlanPolicies.readyToReport(theSearch().context())))
                .as("a draft names what its confirmation still waits for").containsExactly("plan-not-confirmed",
                        "bar-president-not-notified");
    }

    private static Verdict drafted(ExecutionFixture search) {
        return PlanPolicies.check(PlanPolicies.whenDrafted(), search.context());
    }

    private static Verdict confirmed(ExecutionFixture search) {
        return PlanPolicies.check(PlanPolicies.whenConfirmed(), search.context());
    }

    static List<Reason> reasons(Verdict verdict) {
        return verdict instanceof Verdict.Blocked blocked ? blocked.reasons() : List.of();
    }

    static List<String> codes(Verdict verdict) {
        return reasons(verdict).stream().map(Reason::code).toList();
    }
}
