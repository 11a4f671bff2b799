package org.rogatory.execution.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.rogatory.access.Language;
import org.rogatory.access.Role;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.Authorisation.AuthorisedOfficial;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.casework.domain.CaseFinding;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.Decision;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.execution.domain.ExecutionPlan.ForeignObserver;
import org.rogatory.execution.domain.ExecutionPlan.Officer;
import org.rogatory.execution.domain.ExecutionPlan.Place;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Address;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;
import org.rogatory.intake.domain.CooperationRequest.Premises;
import org.rogatory.screening.domain.Evidence;
import org.rogatory.screening.domain.Finding;
import org.rogatory.screening.domain.FindingCode;

/** The case study's execution for tests: a lawyer's home in Brussels searched, two named observers authorised. */
final class ExecutionFixture {

    static final Instant NOW = Instant.parse("2025-09-29T08:00:00Z");
    static final AuthorisedOfficial ABENOV = new AuthorisedOfficial("Nurlan Abenov", "Senior investigator",
            "KZ passport N12345678", null);
    static final AuthorisedOfficial SEITKALI = new AuthorisedOfficial("Arman Seitkali", "Investigator",
            "KZ passport N87654321", null);
    static final Finding BAR = finding(FindingCode.BAR_PRESIDENT_NOTIFICATION, "measures/0");
    static final Finding OFFICIALS = finding(FindingCode.FOREIGN_OFFICIALS_AUTHORISATION, "foreignOfficials");
    static final Finding JUDGE = finding(FindingCode.INVESTIGATING_JUDGE_REQUIRED, "measures");
    static final BarDirectory BARS = new BarDirectory(List.of(
            new Bar("BXL-FR", "Ordre français des avocats du barreau de Bruxelles", "Monsieur le Bâtonnier",
                    "batonnier@example", "Bruxelles", Language.FR, List.of("Brussels", "Bruxelles", "Ixelles")),
            new Bar("BXL-NL", "Nederlandse Orde van Advocaten bij de balie te Brussel", "Mijnheer de Stafhouder",
                    "stafhouder@example", "Brussel", Language.NL, List.of("Brussels", "Brussel", "Elsene")),
            new Bar("EUP", "Rechtsanwaltskammer Eupen", "Herr Präsident", "eupen@example", "Eupen", Language.DE,
                    List.of("Eupen"))));

    static final CooperationRequest REQUEST = new CooperationRequest("KZ-1", null, null, "KZ", null, List.of(),
            List.of(), "facts", List.of(), List.of(), List.of(
                    new Measure(MeasureType.SEARCH, "p1", Premises.HOME, new Address("BE", "Brussels", "Avenue des Saules 14"),
                            null, List.of(), null),
                    new Measure(MeasureType.SEIZURE, "p1", Premises.DATA_CARRIER, null, null, List.of(), null),
                    new Measure(MeasureType.HEARING, "p1", null, null, null, List.of("Since when?"), null)),
            List.of(), null, false, false, List.of());

    private final List<CaseFinding> findings = new ArrayList<>(List.of(
            new CaseFinding(BAR, false, 1), new CaseFinding(OFFICIALS, false, 1), new CaseFinding(JUDGE, false, 1)));
    private Authorisation authorisation = new Authorisation(List.of(ABENOV, SEITKALI), List.of(), "observe only");
    private boolean authorised = true;
    private final List<ForeignObserver> observers = new ArrayList<>(List.of(observer(ABENOV), observer(SEITKALI)));
    private final List<Place> places = new ArrayList<>(List.of(home()));
    private final List<BarNotice> notices = new ArrayList<>();
    private boolean confirmed;

    static ExecutionFixture theSearch() {
        return new ExecutionFixture();
    }

    ExecutionFixture withoutJudge() {
        authorised = false;
        return this;
    }

    ExecutionFixture authorising(Authorisation authorisation) {
        this.authorisation = authorisation;
        return this;
    }

    ExecutionFixture withObservers(ForeignObserver... observers) {
        this.observers.clear();
        this.observers.addAll(List.of(observers));
        return this;
    }

    ExecutionFixture at(Place... places) {
        this.places.clear();
        this.places.addAll(List.of(places));
        return this;
    }

    ExecutionFixture withoutFindings() {
        findings.clear();
        return this;
    }

    /** A finding a screening after the decisions raised, which no decision has answered. */
    ExecutionFixture withFindingRaisedSince(Finding finding) {
        findings.add(new CaseFinding(finding, false, 2));
        return this;
    }

    ExecutionFixture notified(String barId, BarNotice.Status status) {
        notices.add(new BarNotice("n-" + barId, "plan-1", barId, "k-" + barId, Language.FR, status, 1, null,
                status == BarNotice.Status.DELIVERED ? NOW : null, null));
        return this;
    }

    ExecutionFixture confirmed() {
        confirmed = true;
        return this;
    }

    ExecutionPlan plan() {
        return new ExecutionPlan("plan-1", 1, LocalDateTime.of(2025, 10, 1, 6, 30), places,
                List.of(new Officer("Inspector An Claes", "FJP Brussels")), observers, "police", NOW,
                confirmed ? new ExecutionPlan.Confirmation("police", NOW) : null);
    }

    CaseFile file() {
        List<Decision> decisions = authorised ? List.of(new Decision("d-judge", "judge", Role.INVESTIGATING_JUDGE, NOW,
                CaseState.JUDGE_REVIEW, Outcome.AUTHORISE, CaseState.EXECUTION_PLANNING, List.of("BE-CIC-JUDGE"),
                "authorised", List.of(), false, null, authorisation)) : List.of();
        return new CaseFile("case-1", CaseState.EXECUTION_PLANNING, 3, true, 1, findings, decisions);
    }

    PlanContext context() {
        return new PlanContext(file(), REQUEST, plan(), notices, BARS);
    }

    /** What the incident rules read when {@code report} is filed on this plan. */
    ReportContext reportContext(ExecutionReport report) {
        return ReportContext.of(report, plan(), REQUEST, file(), notices);
    }

    static ForeignObserver observer(AuthorisedOfficial official) {
        return new ForeignObserver(official.name(), official.function(), official.identityDocument(),
                PresenceRole.OBSERVER);
    }

    static Place home() {
        return new Place(List.of(0, 1), Premises.HOME, "Avenue des Saules 14", "Brussels", null);
    }

    static Finding finding(FindingCode code, String subject) {
        return Finding.of(code, null, subject, Evidence.fromRequest("/" + subject, "test"));
    }
}
