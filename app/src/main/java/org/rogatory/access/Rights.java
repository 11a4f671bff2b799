package org.rogatory.access;

import static org.rogatory.access.Operation.APPROVE_DECISION;
import static org.rogatory.access.Operation.ASSIGN_CASE;
import static org.rogatory.access.Operation.CLOSE_FILE;
import static org.rogatory.access.Operation.DECIDE;
import static org.rogatory.access.Operation.IMPORT_REFERENCE_DATA;
import static org.rogatory.access.Operation.LIST_QUEUE;
import static org.rogatory.access.Operation.MANAGE_USERS;
import static org.rogatory.access.Operation.PLAN_EXECUTION;
import static org.rogatory.access.Operation.READ_CASE;
import static org.rogatory.access.Operation.READ_CASE_AUDIT;
import static org.rogatory.access.Operation.READ_LEGAL_GROUNDS;
import static org.rogatory.access.Operation.READ_OVERSIGHT_FIGURES;
import static org.rogatory.access.Operation.READ_RESULT_CONTENT;
import static org.rogatory.access.Operation.RECORD_BAR_ANSWER;
import static org.rogatory.access.Operation.RECORD_NEW_INFORMATION;
import static org.rogatory.access.Operation.RECORD_OBJECTION;
import static org.rogatory.access.Operation.REGISTER_REQUEST;
import static org.rogatory.access.Operation.REPORT_EXECUTION;
import static org.rogatory.access.Operation.REVIEW_RESULTS;
import static org.rogatory.access.Operation.RULE;
import static org.rogatory.access.Operation.TRANSMIT;
import static org.rogatory.access.Operation.VERIFY_AUDIT;
import static org.rogatory.access.Role.ADMIN;
import static org.rogatory.access.Role.CENTRAL_AUTHORITY;
import static org.rogatory.access.Role.CLERK;
import static org.rogatory.access.Role.INVESTIGATING_JUDGE;
import static org.rogatory.access.Role.OVERSIGHT;
import static org.rogatory.access.Role.POLICE;
import static org.rogatory.access.Role.PRIVILEGE_REVIEWER;
import static org.rogatory.access.Role.PROSECUTOR;
import static org.rogatory.access.Role.SUPERVISOR;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what: the one place that lists each role's rights (DESIGN.md §1), and the
 * need-to-know rule for case content.
 *
 * <p>Two questions decide whether a user gets at a case:
 * <ol>
 *   <li>may the role ever ask for this operation? ({@link #allows}: if not, 403);</li>
 *   <li>does the user need to know this case? ({@link #needsToKnow}: if not, 404, so that nobody
 *       learns a case exists by being refused it).</li>
 * </ol>
 * The audit trail of a case ({@code READ_CASE_AUDIT}) is for those who answer for how the case was
 * handled: the supervisor (second pair of eyes) and the investigating judge (who controls the
 * execution); the people handling the case day to day see the case, not who else looked at it.
 * Which states fill a role's queue, and which outcome each role may give in each state, is the
 * chain's business ({@code casework.domain.Chain}): the queue of a role is the cases whose current
 * state it owns.
 */
public final class Rights {

    private static final Map<Role, Set<Operation>> RIGHTS = new EnumMap<>(Map.of(
            CLERK, EnumSet.of(REGISTER_REQUEST, RECORD_NEW_INFORMATION, READ_CASE, LIST_QUEUE, DECIDE,
                    READ_LEGAL_GROUNDS, RECORD_BAR_ANSWER, RECORD_OBJECTION),
            CENTRAL_AUTHORITY, EnumSet.of(READ_CASE, LIST_QUEUE, DECIDE, READ_LEGAL_GROUNDS, CLOSE_FILE),
            PROSECUTOR, EnumSet.of(READ_CASE, LIST_QUEUE, DECIDE, READ_LEGAL_GROUNDS),
            INVESTIGATING_JUDGE, EnumSet.of(READ_CASE, READ_CASE_AUDIT, LIST_QUEUE, DECIDE, READ_LEGAL_GROUNDS,
                    RULE, READ_RESULT_CONTENT, TRANSMIT),
            SUPERVISOR, EnumSet.of(READ_CASE, READ_CASE_AUDIT, LIST_QUEUE, APPROVE_DECISION, READ_LEGAL_GROUNDS,
                    ASSIGN_CASE),
            POLICE, EnumSet.of(READ_CASE, LIST_QUEUE, READ_LEGAL_GROUNDS, PLAN_EXECUTION, REPORT_EXECUTION,
                    READ_RESULT_CONTENT),
            // independent of the investigation: reviews results, never investigates, decides or transmits
            PRIVILEGE_REVIEWER, EnumSet.of(READ_CASE, LIST_QUEUE, READ_LEGAL_GROUNDS, REVIEW_RESULTS,
                    READ_RESULT_CONTENT),
            OVERSIGHT, EnumSet.of(VERIFY_AUDIT, READ_LEGAL_GROUNDS, READ_OVERSIGHT_FIGURES),
            ADMIN, EnumSet.of(VERIFY_AUDIT, READ_LEGAL_GROUNDS, IMPORT_REFERENCE_DATA, MANAGE_USERS)));

    private Rights() {
    }

    public static boolean allows(Role role, Operation operation) {
        return RIGHTS.get(role).contains(operation);
    }

    public static Set<Operation> of(Role role) {
        return Set.copyOf(RIGHTS.get(role));
    }

    /**
     * Need-to-know: a user sees a case when it waits in their role's queue or when they are
     * assigned to it (they registered it, decided on it, approved a decision on it). Oversight and
     * administration never see case content, whatever the case.
     */
    public static boolean needsToKnow(User user, CaseAudience audience) {
        return user.role().seesCaseContent()
                && (audience.queuedFor().contains(user.role()) || audience.assignedUsers().contains(user.username()));
    }
}
