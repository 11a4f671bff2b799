package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.intake.domain.CooperationRequest.Offence;

/** DEATH_PENALTY_RISK: an offence may carry the death penalty and no assurance is recorded. */
final class DeathPenaltyWithoutAssurance implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Offence> offences = context.request().offences();
        for (int i = 0; i < offences.size(); i++) {
            Offence offence = offences.get(i);
            if (offence.deathPenaltyStatedPossible() && !offence.deathPenaltyAssured()) {
                findings.add(Finding.of(FindingCode.DEATH_PENALTY_RISK, null, "offences/" + i,
                        Evidence.fromRequest("/offences/" + i + "/deathPenaltyPossible",
                                "The request says \"" + offence.description()
                                        + "\" may carry the death penalty and records no assurance.")));
            }
        }
        return findings;
    }
}
