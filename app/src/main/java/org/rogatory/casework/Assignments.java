package org.rogatory.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rogatory.access.Role;
import org.rogatory.access.User;
import org.rogatory.access.UserAccount;
import org.rogatory.access.Users;
import org.rogatory.audit.Actor;
import org.rogatory.audit.AuditTrail;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.Chain;
import org.rogatory.casework.domain.ProposalDefect;
import org.rogatory.casework.domain.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a case's work to someone else when whoever held it is away. Work on a case stays with the
 * users assigned to it (need-to-know): the clerk who registered it records its bar answers, notifications
 * and objections, the judge who authorised it transmits. Were their accounts disabled, their open cases
 * would wait for nobody. A supervisor sees which open cases disabled accounts hold for nobody else and
 * assigns someone else, with reasons; both are audited. Neither shows anything of a case but its
 * reference and state.
 */
@Service
@Transactional(noRollbackFor = CaseworkRefusal.class)
public class Assignments {

    /** Reasons for an assignment are kept whole in the audit trail, up to this length. */
    static final int REASONS_TEXT = 2_000;

    private final CaseFiles files;
    private final Chain chain;
    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;

    Assignments(CaseFiles files, Chain chain, Users users, AuditTrail audit, Clock clock) {
        this.files = files;
        this.chain = chain;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** An open case that users whose accounts are disabled are assigned to. */
    public record Unattended(String id, String requestingState, String foreignReference, CaseState state,
            List<Holder> heldBy) {
    }

    /** A user a case is assigned to. */
    public record Holder(String username, Role role) {
    }

    /** Someone assigned to a case, and since when. */
    public record Assigned(String caseId, String username, Role role, Instant since) {
    }

    /**
     * The open cases a disabled account holds for its role, oldest registered first: no enabled user of that
     * role is assigned, and the case does not wait in that role's queue, where every user of the role sees it.
     * The read is audited.
     */
    public List<Unattended> unattended(User supervisor) {
        Map<String, Role> disabled = accounts(false);
        Map<String, Role> enabled = accounts(true);
        Map<String, Unattended> cases = new LinkedHashMap<>();
        for (CaseFiles.HeldCase held : files.openCasesHeldBy(disabled.keySet())) {
            Role role = disabled.get(held.username());
            // a supervisor's approvals are history: no supervisor's work waits on a case past them
            if (role != Role.SUPERVISOR && !takenUp(files.load(held.caseId()).orElseThrow(), role, enabled)) {
                cases.computeIfAbsent(held.caseId(), id -> new Unattended(id, held.requestingState(),
                        held.foreignReference(), held.state(), new ArrayList<>()))
                        .heldBy().add(new Holder(held.username(), role));
            }
        }
        audit.record(Actor.of(supervisor), "cases.unattended.read", null, null, Map.of("cases", cases.size()));
        return List.copyOf(cases.values());
    }

    /** Whether an enabled user of the role is assigned to the case, or the case waits in the role's queue. */
    private boolean takenUp(CaseFile file, Role role, Map<String, Role> enabled) {
        return file.queuedFor(chain).contains(role)
                || files.assignees(file.id()).stream().anyMatch(username -> enabled.get(username) == role);
    }

    /** Whether a disabled account of the role holds the case for nobody else of it. */
    private boolean unattended(CaseFile file, Role role) {
        Map<String, Role> disabled = accounts(false);
        return !takenUp(file, role, accounts(true))
                && files.assignees(file.id()).stream().anyMatch(username -> disabled.get(username) == role);
    }

    /** The enabled accounts, or the disabled ones, with their roles. */
    private Map<String, Role> accounts(boolean enabled) {
        return users.all().stream().filter(account -> account.enabled() == enabled)
                .collect(Collectors.toMap(UserAccount::username, UserAccount::role));
    }

    /**
     * Assigns an enabled user who works on cases to an open case that a disabled account of the same role
     * holds for nobody else, with reasons: from then on the case is theirs to see and act on as their role
     * allows, as it was for the user who left. Not a supervisor: the one who assigns would otherwise give
     * themselves or a colleague need-to-know of any case.
     */
    public Assigned assign(String id, String username, String reasons, User supervisor) {
        List<ProposalDefect> defects = new ArrayList<>();
        Optional<UserAccount> account = Optional.empty();
        if (username == null || username.isBlank()) {
            defects.add(new ProposalDefect("/username", "is required: who takes the case over"));
        } else {
            account = users.all().stream().filter(a -> a.username().equals(username)).findFirst();
            if (account.isEmpty() || !account.get().enabled()) {
                defects.add(new ProposalDefect("/username", "is no enabled account"));
            } else if (!account.get().role().seesCaseContent() || account.get().role() == Role.SUPERVISOR) {
                // a supervisor who could assign supervisors would give themselves need-to-know of any case
                defects.add(new ProposalDefect("/username", "is an account of role " + account.get().role()
                        + ", which takes over no case's work"));
            }
        }
        ProposalDefect.ofRequiredText("/reasons", reasons, REASONS_TEXT, "are required: why the case changes hands")
                .ifPresent(defects::add);
        if (!defects.isEmpty()) {
            throw CaseworkRefusal.invalid(defects);
        }
        CaseFile file = files.load(id).orElseThrow(CaseworkRefusal::notFound);
        if (!file.state().isOpen()) {
            audit.record(Actor.of(supervisor), "case.assignment.refused", id, null, Map.of("username", username,
                    "state", file.state().name()));
            throw CaseworkRefusal.blocked("The request is " + file.state() + ": nobody works on it any more.",
                    List.of(Reason.of("case-closed", "The request is " + file.state() + ".")), file);
        }
        Role role = account.orElseThrow().role();
        if (!unattended(file, role)) {
            audit.record(Actor.of(supervisor), "case.assignment.refused", id, null, Map.of("username", username,
                    "why", "no disabled " + role + " holds it"));
            throw CaseworkRefusal.blocked("Nobody of role " + role + " who held the request is away.",
                    List.of(Reason.of("case-attended", "No disabled account of role " + role + " holds the request for "
                            + "nobody else: a hand-over is for the work of an account that is disabled.")), file);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        files.assign(id, username, "ASSIGNED", now);
        audit.record(Actor.of(supervisor), "case.assigned", id, "user/" + username, Map.of("username", username,
                "role", role.name(), "reasons", reasons));
        return new Assigned(id, username, role, now);
    }
}
