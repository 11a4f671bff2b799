package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Organisation;
import org.rogatory.intake.domain.CooperationRequest.OrganisationRole;
import org.rogatory.screening.domain.ScreeningConfig.StateOwnedEntity;

/**
 * STATE_LINKED_COMPLAINANT: a complainant or civil party is owned or controlled by the requesting
 * state, as the request declares ({@code stateLinkedTo}) or as the configured list of state-owned
 * entities shows. The state then asks for evidence in its own cause.
 */
final class StateLinkedComplainant implements ScreeningRule {

    /** Legal forms say nothing about who owns a company. */
    private static final Set<String> LEGAL_FORMS = Set.of("jsc", "pjsc", "ojsc", "cjsc", "llc", "llp", "ltd",
            "limited", "plc", "sa", "sarl", "sas", "sprl", "srl", "bv", "nv", "gmbh", "ag", "kg", "co", "inc", "corp",
            "asbl", "vzw", "oao", "zao", "pao", "ooo", "too", "ao", "spa", "the", "of");

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        String state = request.requestingState();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < request.organisations().size(); i++) {
            Organisation organisation = request.organisations().get(i);
            if (organisation.role() != OrganisationRole.COMPLAINANT && organisation.role() != OrganisationRole.CIVIL_PARTY) {
                continue;
            }
            String pointer = "/organisations/" + i;
            String who = "The " + organisation.role().name().toLowerCase().replace('_', ' ') + " '" + organisation.name()
                    + "'";
            if (state.equals(organisation.stateLinkedTo())) {
                findings.add(Finding.of(FindingCode.STATE_LINKED_COMPLAINANT, organisation.ref(), "",
                        Evidence.fromRequest(pointer + "/stateLinkedTo", who + " is declared owned or controlled by "
                                + state + ", the requesting state: the state asks for evidence in its own cause.")));
                continue;
            }
            for (StateOwnedEntity entity : context.config().stateOwnedEntities()) {
                if (state.equals(entity.state()) && sameEntity(entity.name(), organisation.name())) {
                    findings.add(Finding.of(FindingCode.STATE_LINKED_COMPLAINANT, organisation.ref(), "",
                            Evidence.fromRequest(pointer + "/name", who + " is '" + entity.name()
                                    + "', listed as owned or controlled by " + state + ", the requesting state.")));
                    break;
                }
            }
        }
        return findings;
    }

    /** Every distinctive word of the listed name appears in the organisation's name. */
    static boolean sameEntity(String listed, String organisation) {
        Set<String> wanted = words(listed);
        return !wanted.isEmpty() && words(organisation).containsAll(wanted);
    }

    private static Set<String> words(String name) {
        if (name == null) {
            return Set.of();
        }
        return Arrays.stream(NameSpotter.fold(name).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank() && !LEGAL_FORMS.contains(w))
                .collect(Collectors.toSet());
    }
}
