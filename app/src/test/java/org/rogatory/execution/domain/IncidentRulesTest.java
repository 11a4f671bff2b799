package org.rogatory.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.execution.domain.ExecutionFixture.ABENOV;
import static org.rogatory.execution.domain.ExecutionFixture.SEITKALI;
import static org.rogatory.execution.domain.ExecutionFixture.theSearch;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.execution.domain.ExecutionReport.Conduct;
import org.rogatory.execution.domain.ExecutionReport.PresentPerson;
import org.rogatory.execution.domain.ExecutionReport.PresentRole;

class IncidentRulesTest {

    static final PresentPerson OFFICER = new PresentPerson("Inspector An Claes", PresentRole.OFFICER, null, null,
            false, List.of(Conduct.SEARCHED));
    static final PresentPerson MOTHER = new PresentPerson("The occupant", PresentRole.OCCUPANT, null, null, false,
            List.of());
    static final PresentPerson DELEGATE = new PresentPerson("Me Dupont", PresentRole.BAR_DELEGATE, null, null, false,
            List.of(Conduct.OBSERVED));

    @Test
    void aSearchAsAuthorisedOpensNoIncident() {
        assertThat(incidents(OFFICER, MOTHER, DELEGATE, observing(ABENOV), observing(SEITKALI))).isEmpty();
    }

    @Test
    void aForeignOfficialWhoPhotographedDocumentsOpensAnIncident() {
        PresentPerson photographing = new PresentPerson(SEITKALI.name(), PresentRole.FOREIGN_OFFICIAL,
                SEITKALI.function(), SEITKALI.identityDocument(), true, List.of(Conduct.OBSERVED, Conduct.PHOTOGRAPHED));
        List<Incident.Opened> opened = incidents(OFFICER, observing(ABENOV), photographing);
        assertThat(opened).extracting(Incident.Opened::kind, Incident.Opened::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Incident.Kind.FOREIGN_OFFICIAL_HANDLED_MATERIAL,
                        "present/2"));
        assertThat(opened.get(0).detail()).contains("PHOTOGRAPHED").doesNotContain("OBSERVED");
    }

    @Test
    void anUnidentifiedForeignAgentReadingPapersOpensTwoIncidents() {
        PresentPerson agent = new PresentPerson("Unknown Russian speaker", PresentRole.FOREIGN_OFFICIAL, null, "none",
                false, List.of(Conduct.READ_DOCUMENTS));
        assertThat(incidents(OFFICER, agent)).extracting(Incident.Opened::kind).containsExactly(
                Incident.Kind.UNAUTHORISED_PRESENCE, Incident.Kind.FOREIGN_OFFICIAL_HANDLED_MATERIAL);
    }

    @Test
    void aNamedOfficialWhoseDocumentWasNotCheckedIsAnUnauthorisedPresence() {
        PresentPerson unchecked = new PresentPerson(ABENOV.name(), PresentRole.FOREIGN_OFFICIAL, ABENOV.function(),
                ABENOV.identityDocument(), false, List.of(Conduct.OBSERVED));
        assertThat(incidents(unchecked)).extracting(Incident.Opened::detail).singleElement().asString()
                .contains("not checked");
    }

    @Test
    void anOfficerNotOnThePlanOrAnyoneElseWithoutARoleIsAnUnauthorisedPresence() {
        PresentPerson stranger = new PresentPerson("Someone", PresentRole.OTHER, null, null, false, List.of());
        PresentPerson extraOfficer = new PresentPerson("Inspector X", PresentRole.OFFICER, null, null, false, List.of());
        assertThat(incidents(extraOfficer, stranger)).extracting(Incident.Opened::kind)
                .containsOnly(Incident.Kind.UNAUTHORISED_PRESENCE).hasSize(2);
    }

    @Test
    void anOfficialTheJudgeNamedButThePlanLeftOutWasNotAuthorisedToBeThere() {
        ExecutionFixture planWithOne = theSearch().withObservers(ExecutionFixture.observer(ABENOV));
        List<Incident.Opened> opened = IncidentRule.openedBy(planWithOne
                .authorising(new Authorisation(List.of(ABENOV, SEITKALI), List.of(), null))
                .reportContext(report(observing(SEITKALI))));
        assertThat(opened).extracting(Incident.Opened::detail).singleElement().asString()
                .contains("not on the confirmed plan");
    }

    @Test
    void whatThePoliceDeclareIsAnIncident() {
        ExecutionReport report = new ExecutionReport(LocalDateTime.of(2025, 10, 1, 7, 0), List.of(OFFICER), List.of(),
                List.of(), List.of("The door was forced."));
        assertThat(IncidentRule.openedBy(theSearch().reportContext(report))).extracting(Incident.Opened::kind)
                .containsExactly(Incident.Kind.REPORTED);
    }

    @Test
    void aSeizureNoJudgeAuthorisedOpensAnIncidentForEachItemSeized() {
        ExecutionReport seizing = seizing(LocalDateTime.of(2025, 10, 1, 7, 0));
        assertThat(IncidentRule.openedBy(theSearch().withoutJudge().reportContext(seizing)))
                .extracting(Incident.Opened::kind, Incident.Opened::subject).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Incident.Kind.SEIZURE_NOT_AUTHORISED, "seized/0"),
                        org.assertj.core.groups.Tuple.tuple(Incident.Kind.SEIZURE_NOT_AUTHORISED, "seized/1"));
        assertThat(IncidentRule.openedBy(theSearch().reportContext(seizing))).as("the request as authorised").isEmpty();
    }

    @Test
    void aSeizureTheRequestAsksForAndTheJudgeLeftOutOpensAnIncident() {
        ExecutionReport seizing = seizing(LocalDateTime.of(2025, 10, 1, 7, 0));
        Authorisation searchOnly = new Authorisation(List.of(ABENOV, SEITKALI), List.of(0), null);
        assertThat(IncidentRule.openedBy(theSearch().authorising(searchOnly).reportContext(seizing)))
                .extracting(Incident.Opened::detail).hasSize(2).allSatisfy(detail -> assertThat(detail)
                        .contains("the judge did not authorise a seizure"));
        Authorisation searchAndSeizure = new Authorisation(List.of(ABENOV, SEITKALI), List.of(0, 1), null);
        assertThat(IncidentRule.openedBy(theSearch().authorising(searchAndSeizure).reportContext(seizing))).isEmpty();
    }

    @Test
    void aSearchBeforeTheTimeTheBarPresidentWasToldIsAnIncident() {
        ExecutionReport early = new ExecutionReport(LocalDateTime.of(2025, 9, 30, 6, 30), List.of(OFFICER), List.of(),
                List.of(), List.of());
        ExecutionFixture announced = theSearch().notified("BXL-FR", BarNotice.Status.DELIVERED);
        assertThat(IncidentRule.openedBy(announced.reportContext(early))).extracting(Incident.Opened::kind)
                .containsExactly(Incident.Kind.EXECUTED_BEFORE_ANNOUNCED_TIME);
        assertThat(IncidentRule.openedBy(theSearch().notified("BXL-FR", BarNotice.Status.FAILED).reportContext(early)))
                .as("nobody outside was told a time").isEmpty();
    }

    private static ExecutionReport seizing(LocalDateTime at) {
        return new ExecutionReport(at, List.of(OFFICER), List.of(
                new ExecutionReport.SeizedItem(ExecutionReport.SeizedKind.DATA_CARRIER, "Laptop", "desk", null),
                new ExecutionReport.SeizedItem(ExecutionReport.SeizedKind.DOCUMENT, "Client list", "desk", null)),
                List.of(), List.of());
    }

    private static PresentPerson observing(Authorisation.AuthorisedOfficial official) {
        return new PresentPerson(official.name(), PresentRole.FOREIGN_OFFICIAL, official.function(),
                official.identityDocument(), true, List.of(Conduct.OBSERVED));
    }

    private static List<Incident.Opened> incidents(PresentPerson... present) {
        return IncidentRule.openedBy(theSearch().reportContext(report(present)));
    }

    private static ExecutionReport report(PresentPerson... present) {
        return new ExecutionReport(LocalDateTime.of(2025, 10, 1, 7, 0), List.of(present), List.of(), List.of(),
                List.of());
    }
}
