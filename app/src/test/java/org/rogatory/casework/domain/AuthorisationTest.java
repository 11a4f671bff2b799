package org.rogatory.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.access.Role;
import org.rogatory.casework.domain.Authorisation.AuthorisedOfficial;
import org.rogatory.casework.domain.Authorisation.AuthorisedPlace;

class AuthorisationTest {

    static final AuthorisedOfficial NAMED = new AuthorisedOfficial("Nurlan Abenov", "Investigator",
            "KZ passport N12345678", null);

    @Test
    void aJudgeAuthorisesForeignOfficialsByNameFunctionAndIdentityDocumentAsObserversOnly() {
        Authorisation authorisation = new Authorisation(Arrays.asList(
                new AuthorisedOfficial(" ", null, "", "OBSERVER"),
                new AuthorisedOfficial("Arman Seitkali", "Investigator", "KZ N8", "ASSIST"),
                null), Arrays.asList(0, -1), null);
        assertThat(pointers(new Proposal(Outcome.AUTHORISE, List.of(), "authorised", List.of(), authorisation)))
                .containsExactly("/authorisation/foreignOfficials/0/name",
                        "/authorisation/foreignOfficials/0/function",
                        "/authorisation/foreignOfficials/0/identityDocument",
                        "/authorisation/foreignOfficials/1/role",
                        "/authorisation/foreignOfficials/2",
                        "/authorisation/measures/1");
    }

    @Test
    void aJudgeNamesAPlaceByStreetAndCityForAMeasureTheAuthorisationCovers() {
        Authorisation authorisation = new Authorisation(List.of(), List.of(0, 1), null, Arrays.asList(
                new AuthorisedPlace(1, "Rue Haute 1", "Eupen"),
                new AuthorisedPlace(2, " ", null),
                new AuthorisedPlace(null, "Rue Haute 3", "Eupen"),
                null,
                new AuthorisedPlace(1, "Rue Haute", "Eupen"),
                new AuthorisedPlace(1, "Rue Haute 1-3", "Eupen"),
                new AuthorisedPlace(1, "Rue Haute 1 " + "x".repeat(500), "Eupen")));
        assertThat(pointers(new Proposal(Outcome.AUTHORISE, List.of(), "authorised", List.of(), authorisation)))
                .containsExactly("/authorisation/places/1/measure", "/authorisation/places/1/address",
                        "/authorisation/places/1/city", "/authorisation/places/2/measure", "/authorisation/places/3",
                        "/authorisation/places/4/address", "/authorisation/places/5/address",
                        "/authorisation/places/6/address");
        Authorisation rueHaute = new Authorisation(List.of(), List.of(0, 1), null,
                List.of(new AuthorisedPlace(1, "Rue Haute 1", "Eupen")));
        assertThat(rueHaute.placesFor(1)).containsExactly(new AuthorisedPlace(1, "Rue Haute 1", "Eupen"));
        assertThat(rueHaute.placesFor(0)).isEmpty();
    }

    @Test
    void onlyAnAuthoriseCarriesAnAuthorisation() {
        Proposal forward = new Proposal(Outcome.FORWARD, List.of(), "forwarded", List.of(),
                new Authorisation(List.of(NAMED), List.of(), null));
        assertThat(pointers(forward)).containsExactly("/authorisation");
        assertThat(NAMED.role()).isEqualTo(AuthorisedOfficial.OBSERVER);
    }

    @Test
    void knowsAnOfficialByNameAndDocumentWhateverTheCaseAndAccents() {
        Authorisation authorisation = new Authorisation(List.of(NAMED), List.of(1), null);
        assertThat(authorisation.official("NURLAN  abénov", "kz passport n12345678")).contains(NAMED);
        assertThat(authorisation.official("Nurlan Abenov", "KZ passport N00000000")).isEmpty();
        assertThat(authorisation.covers(1)).isTrue();
        assertThat(authorisation.covers(0)).isFalse();
        assertThat(Authorisation.NONE.covers(0)).isTrue();
    }

    @Test
    void theAuthorisationInForceIsTheLatestEffectiveAuthoriseOfAJudge() {
        Authorisation first = new Authorisation(List.of(NAMED), List.of(), null);
        CaseFile file = CaseFileFixture.aCase().in(CaseState.EXECUTION_PLANNING)
                .decided(new Decision("d1", "judge", Role.INVESTIGATING_JUDGE, CaseFileFixture.NOW,
                        CaseState.JUDGE_REVIEW, Outcome.AUTHORISE, CaseState.EXECUTION_PLANNING, List.of(), "r",
                        List.of(), false, null, first))
                .build();
        assertThat(file.judgesAuthorisation()).map(Decision::authorisation).contains(first);
        assertThat(file.authorisation()).isEqualTo(first);
        assertThat(CaseFileFixture.aCase().build().judgesAuthorisation()).isEmpty();
        assertThat(CaseFileFixture.aCase().build().authorisation()).isEqualTo(Authorisation.NONE);
    }

    @Test
    void anAuthoriseWithoutAnAuthorisationAllowsNoForeignOfficial() {
        CaseFile file = CaseFileFixture.aCase().in(CaseState.JUDGE_REVIEW).build();
        var decided = (CaseFile.Decided.Recorded) file.decide(CaseFileFixture.CHAIN,
                new Proposal(Outcome.AUTHORISE, List.of(), "authorised", List.of()), "judge",
                Role.INVESTIGATING_JUDGE, CaseFileFixture.NOW, "d1");
        assertThat(decided.decision().authorisation()).isEqualTo(Authorisation.NONE);
    }

    @Test
    void authorisingAgainWithoutAnAuthorisationKeepsTheOneInForce() {
        Authorisation searchOnly = new Authorisation(List.of(NAMED), List.of(0), "Search only.");
        CaseFile executed = CaseFileFixture.aCase().in(CaseState.EXECUTED)
                .decided(new Decision("d1", "judge", Role.INVESTIGATING_JUDGE, CaseFileFixture.NOW,
                        CaseState.JUDGE_REVIEW, Outcome.AUTHORISE, CaseState.EXECUTION_PLANNING, List.of(), "r",
                        List.of(), false, null, searchOnly))
                .build();
        var again = (CaseFile.Decided.Recorded) executed.decide(CaseFileFixture.CHAIN,
                new Proposal(Outcome.AUTHORISE, List.of(), "the finding raised since is answered", List.of()), "judge",
                Role.INVESTIGATING_JUDGE, CaseFileFixture.NOW, "d2");
        assertThat(again.decision().authorisation()).as("not widened to every measure and no official")
                .isEqualTo(searchOnly);
    }

    private static List<String> pointers(Proposal proposal) {
        return proposal.defects(new LegalGroundCatalogue(List.of())).stream().map(ProposalDefect::pointer).toList();
    }
}
