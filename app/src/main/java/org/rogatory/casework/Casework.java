package org.rogatory.casework;

import static org.rogatory.casework.domain.CaseState.RECEIVED;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.rogatory.access.CaseAudience;
import org.rogatory.access.Operation;
import org.rogatory.access.Rights;
import org.rogatory.access.Role;
import org.rogatory.access.User;
import org.rogatory.audit.Actor;
import org.rogatory.audit.AuditTrail;
import org.rogatory.audit.AuditTrail.Entry;
import org.rogatory.audit.domain.AuditEvent;
import org.rogatory.casework.Views.CaseView;
import org.rogatory.casework.Views.DecisionView;
import org.rogatory.casework.Views.FindingView;
import org.rogatory.casework.Views.ReasonView;
import org.rogatory.casework.Views.RegistrationView;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.casework.domain.CaseFile.Advanced;
import org.rogatory.casework.domain.CaseFile.Approved;
import org.rogatory.casework.domain.CaseFile.Decided;
import org.rogatory.casework.domain.CaseFile.Reconciliation;
import org.rogatory.casework.domain.CaseFinding;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.Chain;
import org.rogatory.casework.domain.Decision;
import org.rogatory.casework.domain.DecisionStatus;
import org.rogatory.casework.domain.FindingStatus;
import org.rogatory.casework.domain.LegalGroundCatalogue;
import org.rogatory.casework.domain.Proposal;
import org.rogatory.casework.domain.ProposalDefect;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Step;
import org.rogatory.casework.domain.Transition;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.ScreeningService;
import org.rogatory.screening.domain.Severity;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Casework's public API: registering a request, reading it, the queues, decisions and approvals,
 * new information, and the moves later work records. Each method is one transaction that checks
 * need-to-know, asks the {@link Chain}, writes, and then records every read and write in the audit
 * trail (last, so that the audit head is locked as briefly as possible); a refusal
 * ({@link CaseworkRefusal}) is thrown before anything but its audit event is written.
 */
@Service
@Transactional(noRollbackFor = CaseworkRefusal.class)
public class Casework {

    private final CaseFiles files;
    private final ScreeningService screening;
    private final AuditTrail audit;
    private final Chain chain;
    private final LegalGroundCatalogue grounds;
    private final Clock clock;
    private final JsonMapper json;

    Casework(CaseFiles files, ScreeningService screening, AuditTrail audit, Chain chain, LegalGroundCatalogue grounds,
            Clock clock, JsonMapper json) {
        this.files = files;
        this.screening = screening;
        this.audit = audit;
        this.chain = chain;
        this.grounds = grounds;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Registers a request that intake has validated, screens it and puts it in the central
     * authority's queue. A request whose requesting state and foreign reference are already
     * registered is not registered again: the existing case is returned ({@code created} false),
     * with its content only if the clerk may see it.
     */
    public Registered register(CooperationRequest request, String document, User clerk) {
        Instant now = now();
        String id = UUID.randomUUID().toString();
        if (!files.insert(id, request, RECEIVED, clerk.username(), now)) {
            return resubmitted(request, clerk);
        }
        files.addRequestVersion(id, 1, document, clerk.username(), now);
        files.assign(id, clerk.username(), "REGISTERED", now);
        List<Entry> events = new ArrayList<>();
        events.add(new Entry(Actor.of(clerk), "request.registered", id, "request/1", details(
                "requestingState", request.requestingState(), "foreignReference", request.foreignReference())));
        CaseFile received = new CaseFile(id, RECEIVED, 0, request.requestsCoerciveMeasure(), 0, List.of(), List.of());
        CaseFile file = screen(received, request, Actor.system(), events);
        file = move(file, file.advance(chain, Step.SCREENING_COMPLETED, null, List.of()), Actor.system(), events);
        file = move(file, file.advance(chain, Step.REVIEW_OPENED, null, List.of()), Actor.system(), events);
        audit.recordAll(events);
        return new Registered(true, registration(file));
    }

    /** The case, if the user needs to know it (404 otherwise). */
    public CaseView read(String id, User user) {
        CaseFile file = visible(id, user);
        var request = files.currentRequest(id);
        audit.record(Actor.of(user), "case.read", id, "request/" + request.version(), details("version", file.version()));
        return new CaseView(file.id(), file.state(), file.version(), json.readTree(request.document()),
                findingViews(file),
                file.decisions().stream().map(d -> DecisionView.of(d, file)).toList(),
                file.findings().stream().filter(f -> f.severity() == Severity.OBLIGATION)
                        .map(f -> FindingView.of(f, file)).toList(),
                file.awaitingApproval().map(Decision::id).orElse(null),
                chain.outcomesFor(user.role(), file.state()));
    }

    /**
     * The user's queue: the cases waiting in the states their role owns (and, for a supervisor, the
     * decisions waiting for approval; for an investigating judge, the cases past the decisions that await a
     * judge and that this judge or no judge decided on), overdue first, then urgent, then by deadline.
     */
    public List<QueueItem> queue(User user, Optional<CaseState> state) {
        Role role = user.role();
        Set<CaseState> owned = chain.ownedBy(role);
        List<QueueItem> items = new ArrayList<>();
        if (role.seesCaseContent()) {
            for (QueueItem item : files.queue(owned, role == Role.SUPERVISOR,
                    Optional.of(user.username()).filter(u -> role == Role.INVESTIGATING_JUDGE), state,
                    LocalDate.now(clock))) {
                CaseFile file = load(item.id());
                // a case past the decisions is a judge's only while it awaits one
                if (role != Role.INVESTIGATING_JUDGE || owned.contains(item.state()) || file.awaitsAJudge()) {
                    items.add(withFindingCounts(item, file));
                }
            }
        }
        audit.record(Actor.of(user), "queue.listed", null, null, details(
                "state", state.map(Enum::name).orElse(null), "cases", items.stream().map(QueueItem::id).toList()));
        return items;
    }

    /**
     * The audit trail of the case, oldest first, for a user who needs to know the case and whose
     * role answers for its handling ({@code READ_CASE_AUDIT}). Reading it is itself recorded.
     */
    public List<AuditEvent> auditTrail(String id, User user) {
        if (!Rights.allows(user.role(), Operation.READ_CASE_AUDIT)) {
            throw CaseworkRefusal.forbidden(user.role() + " does not read the audit trail of a case.");
        }
        visible(id, user);
        List<AuditEvent> events = audit.eventsOf(id);
        audit.record(Actor.of(user), "case.audit.read", id, null, details("events", events.size()));
        return events;
    }

    /**
     * Records a decision. Refused with 403 if the role never gives this outcome, 400 if the proposal
     * is malformed, 404 if the user may not see the case, 409 if the chain blocks it (all reasons),
     * or if someone else changed the case since {@code expectedVersion} or meanwhile.
     */
    public DecisionView decide(String id, Proposal proposal, OptionalLong expectedVersion, User author) {
        if (proposal.outcome() != null && !chain.mayEverTake(author.role(), proposal.outcome())) {
            throw CaseworkRefusal.forbidden(author.role() + " never decides " + proposal.outcome() + ".");
        }
        List<ProposalDefect> defects = proposal.defects(grounds);
        if (!defects.isEmpty()) {
            throw CaseworkRefusal.invalid(defects);
        }
        CaseFile file = visible(id, author);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != file.version()) {
            throw new OptimisticLockingFailureException("the request changed since version " + expectedVersion);
        }
        defects = proposal.defects(file, request(file).measures());
        if (!defects.isEmpty()) {
            audit.record(Actor.of(author), "decision.refused", id, null, details("outcome", proposal.outcome().name(),
                    "defects", defects.stream().map(ProposalDefect::pointer).toList()));
            throw CaseworkRefusal.invalid(defects);
        }
        Decided decided = file.decide(chain, proposal, author.username(), author.role(), now(),
                UUID.randomUUID().toString());
        if (decided instanceof Decided.Refused refused) {
            throw blocked(file, author, "decision.refused", proposal.outcome() + " is blocked.", refused.reasons(),
                    details("outcome", proposal.outcome().name()));
        }
        Decided.Recorded recorded = (Decided.Recorded) decided;
        Decision decision = recorded.decision();
        CaseState to = recorded.transition().map(Transition::to).orElse(file.state());
        String awaiting = decision.needsApproval() ? decision.id() : null;
        if (!files.update(file, to, awaiting, file.screenings())) {
            throw concurrentChange();
        }
        files.insertDecision(id, file.decisions().size() + 1, decision);
        files.assign(id, author.username(), "DECIDED", decision.decidedAt());
        List<Entry> events = new ArrayList<>();
        events.add(new Entry(Actor.of(author), "decision.recorded", id, "decision/" + decision.id(), details(
                "outcome", decision.outcome().name(), "grounds", decision.grounds(),
                "findings", decision.dispositions().stream().map(a -> a.findingId() + " " + a.disposition()).toList(),
                "awaitsApproval", decision.needsApproval())));
        recorded.transition().ifPresent(t -> events.add(moved(id, t, Actor.of(author))));
        audit.recordAll(events);
        return DecisionView.of(decision, decision.needsApproval() ? DecisionStatus.AWAITING_APPROVAL
                : DecisionStatus.EFFECTIVE, to);
    }

    /** A supervisor's approval of a decision that sets a blocking finding aside; the request then moves. */
    public DecisionView approve(String id, String decisionId, User supervisor) {
        CaseFile file = visible(id, supervisor);
        if (file.decision(decisionId).isEmpty()) {
            throw CaseworkRefusal.noSuchDecision();
        }
        Approved approved = file.approve(chain, decisionId, supervisor.username(), now());
        if (approved instanceof Approved.ByItsAuthor) {
            audit.record(Actor.of(supervisor), "approval.refused", id, "decision/" + decisionId,
                    details("why", "own decision"));
            throw CaseworkRefusal.forbidden("Four eyes: a decision is approved by someone other than its author.");
        }
        if (approved instanceof Approved.Refused refused) {
            throw blocked(file, supervisor, "approval.refused", "The decision cannot take effect now.",
                    refused.reasons(), details("decision", decisionId));
        }
        Approved.Effective effective = (Approved.Effective) approved;
        Transition transition = effective.transition();
        if (!files.update(file, transition.to(), null, file.screenings())) {
            throw concurrentChange();
        }
        files.insertApproval(decisionId, effective.decision().approval());
        files.assign(id, supervisor.username(), "APPROVED", effective.decision().approval().approvedAt());
        audit.recordAll(List.of(
                new Entry(Actor.of(supervisor), "decision.approved", id, "decision/" + decisionId, details(
                        "author", effective.decision().author(), "outcome", effective.decision().outcome().name())),
                moved(id, transition, Actor.of(supervisor))));
        return DecisionView.of(effective.decision(), DecisionStatus.EFFECTIVE, transition.to());
    }

    /**
     * The clerk records the information the central authority asked for: the amended request
     * replaces the current one, is screened again, and goes back to the central authority.
     */
    public RegistrationView recordNewInformation(String id, CooperationRequest amended, String document, User clerk) {
        CaseFile file = visible(id, clerk);
        CooperationRequest current = request(file);
        List<ProposalDefect> changed = new ArrayList<>();
        if (!current.requestingState().equals(amended.requestingState())) {
            changed.add(new ProposalDefect("/requestingState", "an amended request keeps the requesting state of "
                    + "the request it amends (" + current.requestingState() + ")"));
        }
        if (!current.foreignReference().equals(amended.foreignReference())) {
            changed.add(new ProposalDefect("/foreignReference", "an amended request keeps the foreign reference of "
                    + "the request it amends (" + current.foreignReference() + ")"));
        }
        if (!changed.isEmpty()) {
            audit.record(Actor.of(clerk), "request.amendment.refused", id, null, details("why", "other reference"));
            throw CaseworkRefusal.invalid(changed);
        }
        Advanced advanced = file.advance(chain, Step.NEW_INFORMATION_RECORDED, clerk.role(), List.of());
        if (advanced instanceof Advanced.Refused refused) {
            throw blocked(file, clerk, "request.amendment.refused", "New information is not awaited.",
                    refused.reasons(), details());
        }
        Instant now = now();
        int version = files.currentRequest(id).version() + 1;
        files.addRequestVersion(id, version, document, clerk.username(), now);
        files.updateSummary(id, amended);
        List<Entry> events = new ArrayList<>();
        events.add(new Entry(Actor.of(clerk), "request.amended", id, "request/" + version, details()));
        file = screen(load(id), amended, Actor.of(clerk), events);
        file = move(file, file.advance(chain, Step.NEW_INFORMATION_RECORDED, clerk.role(), List.of()), Actor.of(clerk),
                events);
        file = move(file, file.advance(chain, Step.REVIEW_OPENED, null, List.of()), Actor.system(), events);
        audit.recordAll(events);
        return registration(file);
    }

    /**
     * Records a move that is not a decision (execution reported, results cleared, ...): for the
     * features that do that work. {@code facts} are what their guards in the {@link Chain} need.
     */
    public Transition advance(String id, Step step, User user, List<Object> facts) {
        CaseFile file = visible(id, user);
        Advanced advanced = file.advance(chain, step, user.role(), facts);
        if (advanced instanceof Advanced.Refused refused) {
            throw blocked(file, user, "move.refused", step + " is blocked.", refused.reasons(),
                    details("step", step.name()));
        }
        Transition transition = ((Advanced.Moved) advanced).transition();
        if (!files.update(file, transition.to(), null, file.screenings())) {
            throw concurrentChange();
        }
        files.assign(id, user.username(), "MOVED", now());
        audit.recordAll(List.of(moved(id, transition, Actor.of(user))));
        return transition;
    }

    /**
     * Screens the current request again and reconciles the case's findings (for the screening
     * engine, when a register or the country data change). Returns the reconciliation.
     */
    public Reconciliation rescreen(String id) {
        CaseFile file = load(id);
        var request = json.readValue(files.currentRequest(id).document(), CooperationRequest.class);
        Reconciliation reconciliation = file.reconcile(screening.screen(request));
        writeFindings(file, reconciliation);
        if (!files.update(file, file.state(), file.awaitingApproval().map(Decision::id).orElse(null),
                reconciliation.screening())) {
            throw concurrentChange();
        }
        audit.recordAll(List.of(screened(id, reconciliation, Actor.system())));
        return reconciliation;
    }

    /**
     * The need-to-know check for other features: the case if the user may see it, a 404 refusal
     * otherwise, recorded in the audit trail as any refused access is. The caller records its own read.
     */
    public CaseFile caseFor(String id, User user) {
        return visible(id, user);
    }

    /**
     * The need-to-know check for an act of another feature on the case: like {@link #caseFor}, and
     * the case is held until the transaction ends, so that acts on one case (recording an objection,
     * transmitting) happen one after the other and each sees what the one before it did.
     */
    public CaseFile caseForUpdate(String id, User user) {
        visible(id, user);
        files.lock(id);
        return load(id);
    }

    /** The request as it currently stands (the latest version), for a case the caller may see. */
    public CooperationRequest request(CaseFile file) {
        return json.readValue(files.currentRequest(file.id()).document(), CooperationRequest.class);
    }

    /**
     * Records that the user worked on the case (drafted its execution plan, reviewed its results,
     * recorded an objection): like a decision's author, they keep seeing it once it leaves their queue.
     */
    public void involve(String id, User user, String because) {
        files.assign(id, user.username(), because, now());
    }

    public Chain chain() {
        return chain;
    }

    private CaseFile screen(CaseFile file, CooperationRequest request, Actor actor, List<Entry> events) {
        Reconciliation reconciliation = file.reconcile(screening.screen(request));
        writeFindings(file, reconciliation);
        events.add(screened(file.id(), reconciliation, actor));
        return new CaseFile(file.id(), file.state(), file.version(), request.requestsCoerciveMeasure(),
                reconciliation.screening(), concat(reconciliation.kept(), reconciliation.added()), file.decisions());
    }

    private void writeFindings(CaseFile file, Reconciliation reconciliation) {
        files.updateFindings(file.id(), reconciliation.kept());
        files.insertFindings(file.id(), reconciliation.added());
    }

    private static Entry screened(String id, Reconciliation reconciliation, Actor actor) {
        return new Entry(actor, "request.screened", id, "screening/" + reconciliation.screening(), details(
                "raised", reconciliation.added().stream().map(f -> f.id() + " " + f.finding().code()).toList(),
                "stale", reconciliation.turnedStale(), "revived", reconciliation.revived()));
    }

    /** Applies a system or clerk step within a transaction that already checked the case. */
    private CaseFile move(CaseFile file, Advanced advanced, Actor actor, List<Entry> events) {
        if (advanced instanceof Advanced.Refused refused) {
            throw new IllegalStateException("the chain refused a move the system makes itself: " + refused.reasons());
        }
        Transition transition = ((Advanced.Moved) advanced).transition();
        if (!files.update(file, transition.to(), null, file.screenings())) {
            throw concurrentChange();
        }
        events.add(moved(file.id(), transition, actor));
        return new CaseFile(file.id(), transition.to(), file.version() + 1, file.coercive(), file.screenings(),
                file.findings(), file.decisions());
    }

    /** Keeps the move in the case's history (for the time spent in each stage) and returns its audit entry. */
    private Entry moved(String id, Transition transition, Actor actor) {
        files.recordMove(id, transition, now());
        return new Entry(actor, "case.moved", id, null, details("from", transition.from().name(),
                "act", transition.act().name(), "to", transition.to().name()));
    }

    private Registered resubmitted(CooperationRequest request, User clerk) {
        String id = files.idOf(request.requestingState(), request.foreignReference())
                .orElseThrow(() -> new OptimisticLockingFailureException("registered concurrently, not yet visible"));
        CaseFile file = load(id);
        audit.record(Actor.of(clerk), "request.resubmitted", id, null, details(
                "requestingState", request.requestingState(), "foreignReference", request.foreignReference()));
        return new Registered(false, mayKnow(file, clerk)
                ? registration(file) : new RegistrationView(id, null, List.of()));
    }

    private static QueueItem withFindingCounts(QueueItem item, CaseFile file) {
        List<CaseFinding> open = file.findings().stream()
                .filter(f -> file.statusOf(f) == FindingStatus.OPEN).toList();
        return item.withFindings((int) file.findings().stream().filter(file::isNew).count(),
                (int) open.stream().filter(f -> f.severity() == Severity.BLOCKING).count(),
                (int) open.stream().filter(f -> f.severity() == Severity.WARNING).count());
    }

    private RegistrationView registration(CaseFile file) {
        return new RegistrationView(file.id(), file.state(), findingViews(file));
    }

    private List<FindingView> findingViews(CaseFile file) {
        return file.findings().stream().map(f -> FindingView.of(f, file)).toList();
    }

    private CaseFile visible(String id, User user) {
        Optional<CaseFile> file = files.load(id);
        if (file.isPresent() && mayKnow(file.get(), user)) {
            return file.get();
        }
        if (file.isPresent()) {
            audit.record(Actor.of(user), "case.access.refused", id, null, details());
        }
        throw CaseworkRefusal.notFound();
    }

    private boolean mayKnow(CaseFile file, User user) {
        return Rights.needsToKnow(user, new CaseAudience(file.queuedFor(chain), files.assignees(file.id())));
    }

    private CaseFile load(String id) {
        return files.load(id).orElseThrow(() -> new IllegalStateException("case " + id + " vanished"));
    }

    /**
     * Refuses a step another feature takes on the case (409 naming every reason) and records the
     * refusal in the audit trail: who tried what, and why it was not possible.
     */
    public CaseworkRefusal refusal(CaseFile file, User user, String action, String detail, List<Reason> reasons) {
        return blocked(file, user, action, detail, reasons, details());
    }

    /** Refuses, as {@link #refusal} does, a step taken while the case is not in the state it belongs to. */
    public void requireState(CaseFile file, User user, String action, CaseState state) {
        if (file.state() != state) {
            throw refusal(file, user, action, "Not possible while the request is in " + file.state() + ".",
                    List.of(Reason.of("not-open-in-state", "This is done while the request is in " + state
                            + "; it is in " + file.state() + ".")));
        }
    }

    private CaseworkRefusal blocked(CaseFile file, User user, String action, String detail, List<Reason> reasons,
            Map<String, Object> details) {
        details.put("reasons", reasons.stream().map(Casework::describe).toList());
        audit.record(Actor.of(user), action, file.id(), null, details);
        return CaseworkRefusal.blocked(detail, reasons.stream().map(r -> ReasonView.of(r, file)).toList());
    }

    /** A reason as the audit trail keeps it: its code and what it concerns. */
    public static String describe(Reason reason) {
        String about = reason.findingId() != null ? reason.findingId() : reason.subject();
        return about == null ? reason.code() : reason.code() + " " + about;
    }

    private static OptimisticLockingFailureException concurrentChange() {
        return new OptimisticLockingFailureException("the request was changed by someone else meanwhile");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Audit details, in order, leaving out what is null. */
    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                details.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return details;
    }

    /** What {@link #register} did: a new case ({@code created}), or the one registered before. */
    public record Registered(boolean created, RegistrationView view) {
    }
}
