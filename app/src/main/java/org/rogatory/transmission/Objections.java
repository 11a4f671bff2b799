package org.rogatory.transmission;

import static org.rogatory.audit.AuditTrail.details;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rogatory.access.User;
import org.rogatory.audit.Actor;
import org.rogatory.audit.AuditTrail;
import org.rogatory.casework.Casework;
import org.rogatory.casework.CaseworkRefusal;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.ProposalDefect;
import org.rogatory.casework.domain.Reason;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.transmission.TransmissionViews.NotificationView;
import org.rogatory.transmission.TransmissionViews.ObjectionView;
import org.rogatory.transmission.TransmissionViews.ObjectionsView;
import org.rogatory.transmission.domain.Dossier;
import org.rogatory.transmission.domain.Objection;
import org.rogatory.transmission.domain.PersonsToNotify;
import org.rogatory.transmission.domain.ResultItem;
import org.rogatory.web.ProblemException;
import org.rogatory.web.ProblemKind;
import org.rogatory.web.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The affected person's say (ROG-OBJECTION-SUSPENDS, EIO art. 14(1)): the clerk records when they
 * were notified (the remedy period runs from then) and their objections, as received by mail; the
 * judge decides each objection. Until then, and until the period is over, nothing leaves.
 */
@Service
@Transactional(noRollbackFor = ProblemException.class)
public class Objections {

    /** After the execution and before the transmission: when results exist that may still leave. */
    private static final Set<CaseState> WHILE_RESULTS_MAY_LEAVE = EnumSet.of(CaseState.EXECUTED,
            CaseState.RESULTS_REVIEW);

    private final Casework casework;
    private final ResultRecords records;
    private final Dossiers dossiers;
    private final AuditTrail audit;
    private final Clock clock;

    Objections(Casework casework, ResultRecords records, Dossiers dossiers, AuditTrail audit, Clock clock) {
        this.casework = casework;
        this.records = records;
        this.dossiers = dossiers;
        this.audit = audit;
        this.clock = clock;
    }

    public ObjectionsView view(String id, User user) {
        CaseFile file = casework.caseFor(id, user);
        audit.record(Actor.of(user), "objections.read", id, null, details());
        return view(file);
    }

    /** When the affected person was notified of the execution (CLERK); the remedy period runs from the latest. */
    public ObjectionsView recordNotification(String id, String person, LocalDate notifiedOn, User clerk) {
        CaseFile file = casework.caseForUpdate(id, clerk);
        List<ProposalDefect> defects = new ArrayList<>();
        Optional<ProposalDefect> missing = ProposalDefect.ofRequiredText("/person", person, ProposalDefect.SHORT_TEXT,
                "is required: who was notified");
        missing.ifPresent(defects::add);
        CooperationRequest request = casework.request(file);
        PersonsToNotify toNotify = PersonsToNotify.of(request);
        if (missing.isEmpty() && toNotify.named(person).isEmpty()) {
            // a stranger's notification would start the remedy period for nobody the measures concern
            defects.add(new ProposalDefect("/person", "names nobody of the request: give the reference or a name "
                    + "the request gives of one of " + toNotify.everyone().stream()
                            .map(c -> c.ref() + " (" + c.name() + ")").collect(Collectors.joining(", "))));
        }
        if (notifiedOn == null) {
            defects.add(new ProposalDefect("/notifiedOn", "is required"));
        } else if (notifiedOn.isAfter(today())) {
            defects.add(new ProposalDefect("/notifiedOn", "is in the future"));
        } else {
            LocalDate received = request.receivedOn();
            if (notifiedOn.isBefore(received)) {
                // the remedy period runs from the notification: one dated before the request would have none
                defects.add(new ProposalDefect("/notifiedOn", "is before the request was received (" + received
                        + "): the person is notified of what was executed"));
            }
        }
        if (!defects.isEmpty()) {
            throw CaseworkRefusal.invalid(defects);
        }
        requireState(file, clerk, "notification.refused");
        String notificationId = UUID.randomUUID().toString();
        records.insertNotification(id, notificationId, person, notifiedOn, clerk.username(), now());
        casework.involve(id, clerk, "RECORDED");
        audit.record(Actor.of(clerk), "affected-person.notified", id, "notification/" + notificationId,
                details("notifiedOn", notifiedOn.toString()));
        return view(file, request);
    }

    /**
     * An objection from the affected person or counsel (CLERK, from the mail received): who, when,
     * which items, on what grounds. It holds back the transmission until the judge decides it.
     */
    public ObjectionView record(String id, String objector, Objection.Capacity capacity, LocalDate receivedOn,
            List<String> items, String grounds, User clerk) {
        CaseFile file = casework.caseForUpdate(id, clerk);
        List<ResultItem> known = records.itemsOf(id);
        List<ProposalDefect> defects = new ArrayList<>();
        ProposalDefect.ofRequiredText("/objector", objector, ProposalDefect.SHORT_TEXT, "is required")
                .ifPresent(defects::add);
        if (capacity == null) {
            defects.add(new ProposalDefect("/capacity", "is required: AFFECTED_PERSON or COUNSEL"));
        }
        if (receivedOn == null) {
            defects.add(new ProposalDefect("/receivedOn", "is required"));
        } else if (receivedOn.isAfter(today())) {
            defects.add(new ProposalDefect("/receivedOn", "is in the future"));
        }
        if (items == null || items.isEmpty()) {
            defects.add(new ProposalDefect("/items", "an objection names the items it concerns"));
        } else {
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i);
                if (known.stream().noneMatch(k -> k.id().equals(item))) {
                    defects.add(new ProposalDefect("/items/" + i, "\"" + item + "\" is not an item of this request"));
                }
            }
        }
        if (grounds == null || grounds.isBlank()) {
            defects.add(new ProposalDefect("/grounds", "is required"));
        }
        if (!defects.isEmpty()) {
            throw CaseworkRefusal.invalid(defects);
        }
        requireState(file, clerk, "objection.refused");
        Objection objection = new Objection(UUID.randomUUID().toString(), objector, capacity, receivedOn,
                items.stream().distinct().toList(), grounds, clerk.username(), now(), null);
        records.insertObjection(id, objection);
        casework.involve(id, clerk, "RECORDED");
        audit.record(Actor.of(clerk), "objection.recorded", id, "objection/" + objection.id(), details(
                "capacity", capacity.name(), "receivedOn", receivedOn.toString(), "items", objection.items()));
        return ObjectionView.of(objection);
    }

    /**
     * The judge decides an objection, with reasons (INVESTIGATING_JUDGE): upheld, the items it names
     * are withheld (and returned) whatever their review; rejected, they may go once cleared.
     */
    public ObjectionView rule(String id, String objectionId, Objection.Outcome outcome, String reasons, User judge) {
        CaseFile file = casework.caseForUpdate(id, judge);
        List<ProposalDefect> defects = new ArrayList<>();
        if (outcome == null) {
            defects.add(new ProposalDefect("/outcome", "is required: UPHELD or REJECTED"));
        }
        if (reasons == null || reasons.isBlank()) {
            defects.add(new ProposalDefect("/reasons", "a ruling gives its reasons"));
        }
        Objection objection = records.objections(id).stream().filter(o -> o.id().equals(objectionId)).findFirst()
                .orElseThrow(() -> Problems.exception(Problems.of(ProblemKind.NOT_FOUND,
                        "There is no objection with this id on this request.")));
        if (!defects.isEmpty()) {
            throw CaseworkRefusal.invalid(defects);
        }
        if (!objection.pending()) {
            throw casework.refusal(file, judge, "objection.ruling.refused", "The objection was decided already.",
                    List.of(Reason.about("objection-decided", objectionId, "The judge decided this objection on "
                            + objection.ruling().at() + " (" + objection.ruling().outcome() + ").")));
        }
        requireState(file, judge, "objection.ruling.refused");
        Objection.Ruling ruling = new Objection.Ruling(outcome, reasons, judge.username(), now());
        if (!records.rule(objectionId, ruling)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("objection decided meanwhile");
        }
        if (outcome == Objection.Outcome.UPHELD) {
            objection.items().forEach(item -> records.withhold(item, objectionId));
        }
        casework.involve(id, judge, "RULED");
        audit.record(Actor.of(judge), "objection.decided", id, "objection/" + objectionId, details(
                "outcome", outcome.name(), "items", objection.items(),
                "withheld", outcome == Objection.Outcome.UPHELD ? objection.items() : List.of()));
        return ObjectionView.of(new Objection(objection.id(), objection.objector(), objection.capacity(),
                objection.receivedOn(), objection.items(), objection.grounds(), objection.recordedBy(),
                objection.recordedAt(), ruling));
    }

    private ObjectionsView view(CaseFile file) {
        return view(file, casework.request(file));
    }

    private ObjectionsView view(CaseFile file, CooperationRequest request) {
        Dossier dossier = dossiers.of(file, request);
        return new ObjectionsView(records.notifications(file.id()).stream().map(NotificationView::of).toList(),
                PersonsToNotify.of(request).everyone(), dossier.notYetNotified(),
                dossier.remedyPeriodEnds().orElse(null),
                dossier.objections().stream().map(ObjectionView::of).toList());
    }

    private void requireState(CaseFile file, User user, String action) {
        if (!WHILE_RESULTS_MAY_LEAVE.contains(file.state())) {
            throw casework.refusal(file, user, action, "Not possible while the request is in " + file.state() + ".",
                    List.of(Reason.of("not-open-in-state", "Objections and notifications are recorded between the "
                            + "execution and the transmission; the request is in " + file.state() + ".")));
        }
    }


    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
