package org.rogatory.casework.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rogatory.access.Role;
import org.rogatory.screening.domain.Finding;

/**
 * A request's case as it stands: its state, its findings, its decisions. Each business act is a
 * method that checks the chain and returns what happened, never changing this value: the adapter
 * records the result (and audits it) in one transaction.
 *
 * @param version     bumped by every change, so that two people deciding at once cannot both win
 * @param coercive    whether the request asks for a coercive measure (search, seizure, ...)
 * @param screenings  how many times the request has been screened
 */
public record CaseFile(
        String id,
        CaseState state,
        long version,
        boolean coercive,
        int screenings,
        List<CaseFinding> findings,
        List<Decision> decisions) {

    public CaseFile {
        findings = List.copyOf(findings);
        decisions = List.copyOf(decisions);
    }

    public Optional<CaseFinding> finding(String findingId) {
        return findings.stream().filter(f -> f.id().equals(findingId)).findFirst();
    }

    public Optional<Decision> decision(String decisionId) {
        return decisions.stream().filter(d -> d.id().equals(decisionId)).findFirst();
    }

    /**
     * The investigating judge's authorisation in force: the latest AUTHORISE that took effect. It
     * bounds the execution (who may be present, which measures).
     */
    public Optional<Decision> judgesAuthorisation() {
        Decision latest = null;
        for (Decision decision : decisions) {
            if (decision.effective() && decision.outcome() == Outcome.AUTHORISE
                    && decision.authorRole() == Role.INVESTIGATING_JUDGE) {
                latest = decision;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** What the judge allowed; nothing beyond the request itself, and no foreign official, without an AUTHORISE. */
    public Authorisation authorisation() {
        return judgesAuthorisation().map(Decision::authorisation).orElse(Authorisation.NONE);
    }

    /** The latest answer, by a decision that took effect, to each finding. */
    public Map<String, Disposition> answers() {
        Map<String, Disposition> answers = new HashMap<>();
        for (Decision decision : decisions) {
            if (decision.effective()) {
                decision.dispositions().forEach(d -> answers.put(d.findingId(), d.disposition()));
            }
        }
        return answers;
    }

    public FindingStatus statusOf(CaseFinding finding) {
        if (finding.stale()) {
            return FindingStatus.STALE;
        }
        return answers().containsKey(finding.id()) ? FindingStatus.ADDRESSED : FindingStatus.OPEN;
    }

    /**
     * The BLOCKING and WARNING findings no decision that took effect has answered. Past the decisions,
     * these are the ones a later screening raised (a register grew).
     */
    public List<CaseFinding> unansweredGatingFindings() {
        return findings.stream().filter(CaseFinding::gates).filter(f -> statusOf(f) == FindingStatus.OPEN).toList();
    }

    /** Blocked, naming each of {@link #unansweredGatingFindings}, while there are any: what a move on would say. */
    public Verdict gatingFindingsAnswered() {
        return Verdict.blockedIfAny(unansweredGatingFindings().stream().map(EveryGatingFindingAnswered::unanswered)
                .toList());
    }

    /** Raised by a screening after the first, and not answered yet: someone should look at it. */
    public boolean isNew(CaseFinding finding) {
        return finding.raisedInScreening() > 1 && statusOf(finding) == FindingStatus.OPEN;
    }

    public DecisionStatus statusOf(Decision decision) {
        if (decision.effective()) {
            return DecisionStatus.EFFECTIVE;
        }
        boolean latest = decisions.get(decisions.size() - 1).id().equals(decision.id());
        return latest && state == decision.fromState() ? DecisionStatus.AWAITING_APPROVAL : DecisionStatus.LAPSED;
    }

    public Optional<Decision> awaitingApproval() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1))
                .filter(d -> statusOf(d) == DecisionStatus.AWAITING_APPROVAL);
    }

    /**
     * The roles in whose queue the case waits: its state's owner, a supervisor while a decision awaits one,
     * and the investigating judges while it awaits a judge ({@link #awaitsAJudge}) and no judge has decided on
     * it (the prosecutor executed it). A case one judge authorised waits for that judge, who sees it as its
     * decision's author; one no judge has seen would otherwise wait for nobody.
     */
    public Set<Role> queuedFor(Chain chain) {
        Set<Role> roles = new LinkedHashSet<>();
        chain.owner(state).ifPresent(roles::add);
        if (awaitingApproval().isPresent()) {
            roles.add(Role.SUPERVISOR);
        }
        if (awaitsAJudge() && !decidedBy(Role.INVESTIGATING_JUDGE)) {
            roles.add(Role.INVESTIGATING_JUDGE);
        }
        return roles;
    }

    /**
     * Past the decisions, whether a judge must act: the results are in review (the transmission is a
     * judge's act), or a finding screening raised since awaits the judge's answer.
     */
    public boolean awaitsAJudge() {
        return switch (state) {
            case RESULTS_REVIEW -> true;
            case EXECUTION_PLANNING, EXECUTED -> !unansweredGatingFindings().isEmpty();
            default -> false;
        };
    }

    private boolean decidedBy(Role role) {
        return decisions.stream().anyMatch(d -> d.authorRole() == role);
    }

    /**
     * Records a decision, if the chain allows it. A decision that sets a blocking finding aside is
     * recorded but moves nothing until a supervisor approves it ({@link FourEyes}).
     */
    public Decided decide(Chain chain, Proposal proposal, String author, Role role, Instant at, String decisionId) {
        Verdict verdict = chain.check(new Attempt(this, role, proposal.outcome(), proposal.dispositions(), List.of()));
        if (verdict instanceof Verdict.Blocked blocked) {
            return new Decided.Refused(blocked.reasons());
        }
        CaseState to = chain.move(state, proposal.outcome()).orElseThrow().to();
        boolean needsApproval = FourEyes.needsApproval(proposal.dispositions(), this);
        Decision decision = new Decision(decisionId, author, role, at, state, proposal.outcome(), to,
                groundsOf(proposal), proposal.reasons(), proposal.dispositions(), needsApproval, null,
                proposal.outcome() == Outcome.AUTHORISE
                        ? Optional.ofNullable(proposal.authorisation()).orElseGet(this::authorisation) : null);
        return new Decided.Recorded(decision,
                needsApproval ? Optional.empty() : Optional.of(new Transition(state, proposal.outcome(), to)));
    }

    /**
     * A supervisor's approval of a decision awaiting it. The chain is asked again, as if the
     * decision were taken now, since findings may have changed while it waited.
     */
    public Approved approve(Chain chain, String decisionId, String approver, Instant at) {
        Decision decision = decision(decisionId).orElseThrow(() -> new IllegalArgumentException(decisionId));
        if (!FourEyes.mayApprove(decision, approver)) {
            return new Approved.ByItsAuthor();
        }
        DecisionStatus status = statusOf(decision);
        if (status != DecisionStatus.AWAITING_APPROVAL) {
            return new Approved.Refused(List.of(Reason.of("not-awaiting-approval", switch (status) {
                case EFFECTIVE -> decision.needsApproval()
                        ? "This decision was approved already." : "This decision needs no approval.";
                default -> "A later decision or move made this decision moot.";
            })));
        }
        Verdict verdict = chain.check(new Attempt(this, decision.authorRole(), decision.outcome(),
                decision.dispositions(), List.of()));
        if (verdict instanceof Verdict.Blocked blocked) {
            return new Approved.Refused(blocked.reasons());
        }
        return new Approved.Effective(decision.approvedBy(approver, at),
                new Transition(state, decision.outcome(), decision.toState()));
    }

    /** A step that is not a decision, by a role or (role null) by the system. */
    public Advanced advance(Chain chain, Step step, Role role, List<Object> facts) {
        Verdict verdict = chain.check(new Attempt(this, role, step, List.of(), facts));
        if (verdict instanceof Verdict.Blocked blocked) {
            return new Advanced.Refused(blocked.reasons());
        }
        return new Advanced.Moved(new Transition(state, step, chain.move(state, step).orElseThrow().to()));
    }

    /**
     * Compares a new screening with the findings the case has: findings that appear are added
     * (and show as new), findings no longer raised turn stale, stale ones raised again come back.
     * Nothing is deleted, so every decision still points at the finding it answered.
     */
    public Reconciliation reconcile(List<Finding> screened) {
        int screening = screenings + 1;
        Map<String, Finding> current = new HashMap<>();
        screened.forEach(f -> current.put(f.id(), f));
        List<CaseFinding> added = new ArrayList<>();
        List<CaseFinding> kept = new ArrayList<>();
        List<String> turnedStale = new ArrayList<>();
        List<String> revived = new ArrayList<>();
        for (CaseFinding known : findings) {
            Finding again = current.remove(known.id());
            if (again == null) {
                if (!known.stale()) {
                    turnedStale.add(known.id());
                }
                kept.add(new CaseFinding(known.finding(), true, known.raisedInScreening()));
            } else {
                if (known.stale()) {
                    revived.add(known.id());
                }
                kept.add(new CaseFinding(again, false, known.raisedInScreening()));
            }
        }
        for (Finding finding : screened) {
            if (current.containsKey(finding.id())) {
                added.add(new CaseFinding(finding, false, screening));
            }
        }
        return new Reconciliation(screening, added, kept, turnedStale, revived);
    }

    /** The grounds the author cited, then those of each finding the decision upholds. */
    private List<String> groundsOf(Proposal proposal) {
        Set<String> grounds = new LinkedHashSet<>(proposal.grounds());
        for (FindingDisposition answer : proposal.dispositions()) {
            if (answer.disposition() == Disposition.UPHELD) {
                finding(answer.findingId()).ifPresent(f -> grounds.addAll(f.finding().grounds()));
            }
        }
        return List.copyOf(grounds);
    }

    /** What {@link #decide} did. */
    public sealed interface Decided {
        /** Recorded; the transition is empty while the decision awaits a supervisor. */
        record Recorded(Decision decision, Optional<Transition> transition) implements Decided {
        }

        record Refused(List<Reason> reasons) implements Decided {
        }
    }

    /** What {@link #approve} did. */
    public sealed interface Approved {
        record Effective(Decision decision, Transition transition) implements Approved {
        }

        /** Four eyes means two people: the author cannot approve their own decision. */
        record ByItsAuthor() implements Approved {
        }

        record Refused(List<Reason> reasons) implements Approved {
        }
    }

    /** What {@link #advance} did. */
    public sealed interface Advanced {
        record Moved(Transition transition) implements Advanced {
        }

        record Refused(List<Reason> reasons) implements Advanced {
        }
    }

    /**
     * The findings after a new screening: {@code kept} are the case's known findings with their
     * latest evidence and stale flag, {@code added} the ones this screening raised first.
     */
    public record Reconciliation(int screening, List<CaseFinding> added, List<CaseFinding> kept,
            List<String> turnedStale, List<String> revived) {

        public boolean changedAnything() {
            return !added.isEmpty() || !turnedStale.isEmpty() || !revived.isEmpty();
        }
    }
}
