package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.Authorisation.AuthorisedOfficial;
import org.rogatory.casework.domain.Authorisation.AuthorisedPlace;
import org.rogatory.execution.domain.ExecutionReport;
import org.rogatory.execution.domain.ExecutionReport.Conduct;
import org.rogatory.execution.domain.ExecutionReport.PresentRole;
import org.rogatory.execution.domain.ExecutionReport.SeizedKind;
import org.rogatory.execution.domain.PlanDraft;
import org.rogatory.intake.domain.CooperationRequest.Premises;
import org.rogatory.web.PlanForm.Officer;
import org.rogatory.web.PlanForm.Official;
import org.rogatory.web.PlanForm.Place;
import org.springframework.http.ProblemDetail;

/** The plan and report forms: blank rows left out, values read as the services take them, errors back on their rows. */
class ExecutionFormsTest {

    @Test
    void blankRowsAreLeftOutOfThePlanAndEveryValueIsReadAsTheServiceTakesIt() {
        PlanForm form = new PlanForm();
        form.setScheduledFor("2026-11-27T06:30");
        form.setPlaces(new ArrayList<>(List.of(new Place(), place(List.of(0, 1), "HOME", " Avenue des Saules 14 ", "Brussels"))));
        form.setOfficers(new ArrayList<>(List.of(officer("Inspector An Claes", "FJP Brussels"), officer("", " "),
                officer("Inspector Joris Wouters", ""))));
        form.setOfficials(new ArrayList<>(List.of(official("Nurlan Abenov", "Investigator", "KZ N1"), new Official())));

        PlanDraft draft = form.draft(new Rows());

        assertThat(draft.scheduledFor()).isEqualTo(LocalDateTime.of(2026, 11, 27, 6, 30));
        assertThat(draft.places()).hasSize(1);
        assertThat(draft.places().get(0).measures()).containsExactly(0, 1);
        assertThat(draft.places().get(0).premises()).isEqualTo(Premises.HOME);
        assertThat(draft.places().get(0).address()).as("trimmed").isEqualTo("Avenue des Saules 14");
        assertThat(draft.places().get(0).bar()).as("every bar of the city is told").isNull();
        assertThat(draft.officers()).extracting(o -> o.name()).containsExactly("Inspector An Claes", "Inspector Joris Wouters");
        assertThat(draft.officers().get(1).unit()).as("a blank unit is no unit").isNull();
        assertThat(draft.foreignOfficials()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Nurlan Abenov");
            assertThat(o.role()).as("the form offers no role: the plan makes them observers").isNull();
        });
    }

    @Test
    void aDateOrPremisesTheFormDoesNotUnderstandIsMissingSoThatTheServiceNamesIt() {
        PlanForm form = new PlanForm();
        form.setScheduledFor("next Tuesday");
        form.setPlaces(new ArrayList<>(List.of(place(List.of(0), "CASTLE", "Rue 1", "Brussels"))));
        PlanDraft draft = form.draft(new Rows());
        assertThat(draft.scheduledFor()).isNull();
        assertThat(draft.places().get(0).premises()).isNull();
    }

    @Test
    void aProblemTheServiceFindsInTheNthRowSentIsShownOnTheFormRowItCameFrom() {
        PlanForm form = new PlanForm();
        form.setPlaces(new ArrayList<>(List.of(new Place(), new Place(), place(List.of(0), "HOME", "", "Brussels"))));
        form.setOfficials(new ArrayList<>(List.of(new Official(), official("X", "", "D"))));
        Rows rows = new Rows();
        form.draft(rows);

        assertThat(rows.field("/places/0/address")).isEqualTo("places-2-address");
        assertThat(rows.field("/foreignOfficials/0/function")).isEqualTo("foreignOfficials-1-function");
        assertThat(rows.field("/places")).isEqualTo("places");
        assertThat(rows.field("/scheduledFor")).isEqualTo("scheduledFor");
        assertThat(rows.field("")).isEqualTo("form");

        ProblemDetail problem = ProblemDetail.forStatus(400);
        problem.setProperty("errors", List.of(new FieldProblem("/places/0/address", "is required"),
                new FieldProblem("/places/0/address", "is too short")));
        assertThat(Refusals.fieldErrors(problem, rows))
                .containsExactly(Map.entry("places-2-address", List.of("is required", "is too short")));
    }

    @Test
    void aNewPlanFormStartsFromTheOfficialsAndPlacesTheJudgeNamedWithSpareRows() {
        Authorisation authorisation = new Authorisation(List.of(new AuthorisedOfficial("Nurlan Abenov", "Investigator",
                "KZ N1", AuthorisedOfficial.OBSERVER)), List.of(0), null,
                List.of(new AuthorisedPlace(0, "Naamsestraat 5", "Leuven")));
        PlanForm form = PlanForm.of(null, authorisation);
        assertThat(form.getOfficials()).extracting(Official::getName).containsExactly("Nurlan Abenov", null);
        assertThat(form.getPlaces()).extracting(PlanForm.Place::getAddress).containsExactly("Naamsestraat 5", null);
        assertThat(form.getPlaces().get(0).getMeasures()).containsExactly(0);
        assertThat(form.getOfficers()).hasSize(2);
        assertThat(form.draft(new Rows()).foreignOfficials()).hasSize(1);
    }

    @Test
    void theReportKeepsWhatWasFilledInAndLeavesBlankRowsOut() {
        ReportForm form = new ReportForm();
        form.setExecutedAt("2026-11-27T09:15");
        ReportForm.Present observer = present("Arman Seitkali", "FOREIGN_OFFICIAL", "KZ N2", true,
                List.of("OBSERVED", "PHOTOGRAPHED"));
        ReportForm.Present blank = new ReportForm.Present();
        blank.setConduct(new ArrayList<>(List.of("OBSERVED")));
        form.setPresent(new ArrayList<>(List.of(present("Inspector An Claes", "OFFICER", null, false, List.of()), blank,
                observer)));
        ReportForm.Seized seized = new ReportForm.Seized();
        seized.setKind("DATA_CARRIER");
        seized.setLabel("Laptop (forensic copy)");
        seized.setPlaceFound("Living room");
        seized.setDescription("Copy of the disk");
        ReportForm.Seized unused = new ReportForm.Seized();
        unused.setKind("DOCUMENT");
        form.setSeized(new ArrayList<>(List.of(unused, seized)));
        ReportForm.Hearing hearing = new ReportForm.Hearing();
        hearing.setPerson("Dinara Kuanishbaeva");
        hearing.setHeldOn("2026-11-27");
        hearing.setRecord("She declines to answer.");
        form.setHearings(new ArrayList<>(List.of(hearing, new ReportForm.Hearing())));
        form.setIncidents(new ArrayList<>(List.of(" ", "The door was forced. ")));

        Rows rows = new Rows();
        ExecutionReport report = form.report(rows);

        assertThat(report.executedAt()).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 15));
        assertThat(report.present()).extracting(p -> p.name()).as("ticking alone makes no one present")
                .containsExactly("Inspector An Claes", "Arman Seitkali");
        assertThat(report.present().get(1).role()).isEqualTo(PresentRole.FOREIGN_OFFICIAL);
        assertThat(report.present().get(1).identityChecked()).isTrue();
        assertThat(report.present().get(1).conduct()).containsExactly(Conduct.OBSERVED, Conduct.PHOTOGRAPHED);
        assertThat(report.seized()).singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(SeizedKind.DATA_CARRIER));
        assertThat(report.hearings()).singleElement().satisfies(h -> assertThat(h.heldOn())
                .isEqualTo(LocalDate.of(2026, 11, 27)));
        assertThat(report.incidents()).containsExactly("The door was forced.");
        assertThat(rows.field("/present/1/conduct/0")).isEqualTo("present-2-conduct");
        assertThat(rows.field("/seized/0/label")).isEqualTo("seized-1-label");
        assertThat(rows.field("/incidents/0")).isEqualTo("incidents-1");
    }

    @Test
    void aReportFormStartsFromThePlansPeopleTheOfficialsObserving() {
        ReportForm form = ReportForm.of(null);
        assertThat(form.getPresent()).hasSize(2);
        assertThat(form.getSeized()).hasSize(3);
        assertThat(form.report(new Rows()).present()).isEmpty();
    }

    private static Place place(List<Integer> measures, String premises, String address, String city) {
        Place place = new Place();
        place.setMeasures(new ArrayList<>(measures));
        place.setPremises(premises);
        place.setAddress(address);
        place.setCity(city);
        return place;
    }

    private static Officer officer(String name, String unit) {
        Officer officer = new Officer();
        officer.setName(name);
        officer.setUnit(unit);
        return officer;
    }

    private static Official official(String name, String function, String document) {
        Official official = new Official();
        official.setName(name);
        official.setFunction(function);
        official.setIdentityDocument(document);
        return official;
    }

    private static ReportForm.Present present(String name, String role, String document, boolean checked,
            List<String> conduct) {
        ReportForm.Present present = new ReportForm.Present();
        present.setName(name);
        present.setRole(role);
        present.setIdentityDocument(document);
        present.setIdentityChecked(checked);
        present.setConduct(new ArrayList<>(conduct));
        return present;
    }
}
