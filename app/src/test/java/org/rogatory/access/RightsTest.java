package org.rogatory.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RightsTest {

    static final User JUDGE = new User("judge-1", Role.INVESTIGATING_JUDGE, Language.FR);

    @Test
    void aUserSeesACaseInTheirRolesQueue() {
        assertThat(Rights.needsToKnow(JUDGE, new CaseAudience(Set.of(Role.INVESTIGATING_JUDGE), Set.of()))).isTrue();
    }

    @Test
    void aUserSeesACaseAssignedToThemWhereverItIs() {
        assertThat(Rights.needsToKnow(JUDGE, new CaseAudience(Set.of(Role.POLICE), Set.of("judge-1")))).isTrue();
    }

    @Test
    void aUserDoesNotSeeOtherQueuesCases() {
        assertThat(Rights.needsToKnow(JUDGE, new CaseAudience(Set.of(Role.POLICE), Set.of("judge-2")))).isFalse();
    }

    @Test
    void oversightAndAdministrationNeverSeeCaseContent() {
        for (Role role : Set.of(Role.OVERSIGHT, Role.ADMIN)) {
            User user = new User("u", role, Language.EN);
            assertThat(Rights.needsToKnow(user, new CaseAudience(Set.of(role), Set.of("u")))).isFalse();
            assertThat(Rights.allows(role, Operation.READ_CASE)).isFalse();
            assertThat(Rights.allows(role, Operation.VERIFY_AUDIT)).isTrue();
        }
    }

    @Test
    void onlyTheClerkRegistersAndOnlyTheSupervisorApproves() {
        for (Role role : Role.values()) {
            assertThat(Rights.allows(role, Operation.REGISTER_REQUEST)).as(role.name()).isEqualTo(role == Role.CLERK);
            assertThat(Rights.allows(role, Operation.APPROVE_DECISION)).as(role.name())
                    .isEqualTo(role == Role.SUPERVISOR);
        }
    }

    @Test
    void onlyTheSupervisorAndTheJudgeReadTheAuditTrailOfACase() {
        for (Role role : Role.values()) {
            assertThat(Rights.allows(role, Operation.READ_CASE_AUDIT)).as(role.name())
                    .isEqualTo(role == Role.SUPERVISOR || role == Role.INVESTIGATING_JUDGE);
        }
    }

    @Test
    void everyRoleHasItsRights() {
        for (Role role : Role.values()) {
            assertThat(Rights.of(role)).as(role.name()).isNotEmpty();
        }
    }
}
