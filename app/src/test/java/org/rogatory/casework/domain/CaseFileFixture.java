package org.rogatory.casework.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rogatory.access.Role;
import org.rogatory.screening.domain.Evidence;
import org.rogatory.screening.domain.Finding;
import org.rogatory.screening.domain.FindingCode;

/** Case files for tests: a state, findings, decisions, nothing else. */
final class CaseFileFixture {

    static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    static final Chain CHAIN = Chain.standard();

    private CaseState state = CaseState.CENTRAL_AUTHORITY_REVIEW;
    private boolean coercive;
    private final List<CaseFinding> findings = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    static CaseFileFixture aCase() {
        return new CaseFileFixture();
    }

    CaseFileFixture in(CaseState state) {
        this.state = state;
        return this;
    }

    CaseFileFixture coercive() {
        this.coercive = true;
        return this;
    }

    CaseFileFixture with(Finding finding) {
        findings.add(new CaseFinding(finding, false, 1));
        return this;
    }

    CaseFileFixture withStale(Finding finding) {
        findings.add(new CaseFinding(finding, true, 1));
        return this;
    }

    CaseFileFixture decided(Decision decision) {
        decisions.add(decision);
        return this;
    }

    CaseFile build() {
        return new CaseFile("case-1", state, 7, coercive, 1, findings, decisions);
    }

    static Finding finding(FindingCode code, String subject) {
        return Finding.of(code, null, subject, Evidence.fromRequest("/" + subject, "test"));
    }

    static final Finding UNIDENTIFIED = finding(FindingCode.FOREIGN_OFFICIALS_UNIDENTIFIED, "foreignOfficials");
    static final Finding DEATH_PENALTY = finding(FindingCode.DEATH_PENALTY_RISK, "offences/0");
    static final Finding POLITICAL = finding(FindingCode.POLITICAL_OFFENCE_INDICATORS, "offences/0");
    static final Finding JUDGE_REQUIRED = finding(FindingCode.INVESTIGATING_JUDGE_REQUIRED, "measures");
    static final Finding THIN = finding(FindingCode.INCOMPLETE_REQUEST, "request");

    static FindingDisposition answer(Finding finding, Disposition disposition) {
        return new FindingDisposition(finding.id(), disposition, disposition.needsReasons() ? "because" : null);
    }

    static Proposal proposal(Outcome outcome, FindingDisposition... answers) {
        return new Proposal(outcome, List.of(), "reasons", List.of(answers));
    }

    static Decision decision(String author, Role role, CaseState from, Outcome outcome, CaseState to,
            boolean needsApproval, Approval approval, FindingDisposition... answers) {
        return new Decision("d-" + author + "-" + outcome, author, role, NOW, from, outcome, to, List.of(), "reasons",
                List.of(answers), needsApproval, approval);
    }

    static Attempt attempt(CaseFile file, Role role, Act act, FindingDisposition... answers) {
        return new Attempt(file, role, act, List.of(answers), List.of());
    }
}
