package org.rogatory.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.execution.domain.ExecutionFixture.BARS;
import static org.rogatory.execution.domain.ExecutionFixture.REQUEST;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.ProposalDefect;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.execution.domain.ExecutionPlan.Officer;
import org.rogatory.execution.domain.ExecutionReport.Hearing;
import org.rogatory.execution.domain.ExecutionReport.PresentPerson;
import org.rogatory.execution.domain.ExecutionReport.PresentRole;
import org.rogatory.execution.domain.ExecutionReport.SeizedItem;
import org.rogatory.execution.domain.ExecutionReport.SeizedKind;

class PlanDraftTest {

    static final LocalDateTime NOW = LocalDateTime.of(2025, 9, 29, 10, 0);
    static final PlanDraft WITHOUT_A_PLACE = new PlanDraft(NOW.plusDays(2), List.of(),
            List.of(new Officer("Inspector Lotte Maes", "Ecofin")), List.of());

    @Test
    void aPlanNeedsAPlaceOnlyWhereTheJudgeAuthorisedAMeasureAtPremises() {
        assertThat(PlanDraft.placesNeeded(REQUEST, Authorisation.NONE)).isTrue();
        assertThat(PlanDraft.placesNeeded(REQUEST, new Authorisation(List.of(), List.of(0), null))).isTrue();
        assertThat(PlanDraft.placesNeeded(REQUEST, new Authorisation(List.of(), List.of(2), null)))
                .as("only the hearing authorised").isFalse();
    }

    @Test
    void aPlanForMeasuresAtNoPremisesHasNoPlace() {
        assertThat(WITHOUT_A_PLACE.defects(NOW, BARS, false)).isEmpty();
        assertThat(WITHOUT_A_PLACE.defects(NOW, BARS, true)).extracting(ProposalDefect::pointer)
                .containsExactly("/places");
    }

    @Test
    void aPlaceIsOneBuilding() {
        for (String line : new String[] {"Rue Haute 1-3", "Rue Haute 1 & 3", "Rue Haute 1, Rue Haute 3",
                "Rue Haute 1 (and the garage at no. 9)"}) {
            PlanDraft twoBuildings = new PlanDraft(NOW.plusDays(2), List.of(new ExecutionPlan.Place(List.of(0),
                    CooperationRequest.Premises.HOME, line, "Eupen", null)),
                    List.of(new Officer("Inspector Lotte Maes", "Ecofin")), List.of());
            assertThat(twoBuildings.defects(NOW, BARS, true)).as(line).extracting(ProposalDefect::pointer)
                    .containsExactly("/places/0/address");
        }
    }

    @Test
    void aPlaceNamesOnlyABarOfItsCity() {
        PlanDraft eupenToldByBrussels = new PlanDraft(NOW.plusDays(2), List.of(new ExecutionPlan.Place(List.of(0),
                CooperationRequest.Premises.LAW_OFFICE, "Rue Haute 1", "Eupen", "BXL-FR")),
                List.of(new Officer("Inspector Lotte Maes", "Ecofin")), List.of());
        assertThat(eupenToldByBrussels.defects(NOW, BARS, true)).extracting(ProposalDefect::pointer)
                .containsExactly("/places/0/bar");
        PlanDraft brusselsDutchBar = new PlanDraft(NOW.plusDays(2), List.of(new ExecutionPlan.Place(List.of(0),
                CooperationRequest.Premises.HOME, "Avenue des Saules 14", "Brussels", "BXL-NL")),
                List.of(new Officer("Inspector Lotte Maes", "Ecofin")), List.of());
        assertThat(brusselsDutchBar.defects(NOW, BARS, true)).isEmpty();
    }

    @Test
    void anAddressEndingInAnotherCityThanThePlacesIsRefused() {
        PlanDraft leuvenInBrussels = new PlanDraft(NOW.plusDays(2), List.of(new ExecutionPlan.Place(List.of(0),
                CooperationRequest.Premises.HOME, "Tiensestraat 1, 1000 Bruxelles", "Leuven", null)),
                List.of(new Officer("Inspector Lotte Maes", "Ecofin")), List.of());
        assertThat(leuvenInBrussels.defects(NOW, BARS, true)).extracting(ProposalDefect::pointer)
                .containsExactly("/places/0/address");
        PlanDraft brusselsInFrench = new PlanDraft(NOW.plusDays(2), List.of(new ExecutionPlan.Place(List.of(0),
                CooperationRequest.Premises.HOME, "Avenue des Saules 14, B-1000 Bruxelles, Belgique", "Brussels", null)),
                List.of(new Officer("Inspector Lotte Maes", "Ecofin")), List.of());
        assertThat(brusselsInFrench.defects(NOW, BARS, true)).isEmpty();
    }

    @Test
    void refusesTextsLongerThanTheRecordsKeep() {
        String label = "L".repeat(ProposalDefect.SHORT_TEXT);
        ExecutionReport report = new ExecutionReport(NOW.minusHours(1),
                List.of(new PresentPerson("Inspector Lotte Maes", PresentRole.OFFICER, null, null, false, List.of())),
                List.of(new SeizedItem(SeizedKind.DOCUMENT, label, "desk", "pages"),
                        new SeizedItem(SeizedKind.DOCUMENT, label + "L", "D".repeat(301), "pages")),
                List.of(new Hearing("H".repeat(ExecutionReport.HEARD_PERSON_LENGTH + 1), NOW.toLocalDate(), "record")),
                List.of());
        assertThat(report.defects(NOW.plusHours(1).toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC))
                .extracting(ProposalDefect::pointer)
                .containsExactly("/seized/1/label", "/seized/1/placeFound", "/hearings/0/person");
    }
}
