package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.intake.domain.CooperationRequest.Offence;

/**
 * DEATH_PENALTY_RISK: an offence may carry the death penalty in the requesting state and no
 * assurance is recorded. The request's {@code deathPenaltyPossible} says the offence can carry it;
 * the country profile says whether the state can still pronounce it. A state that has abolished it
 * for all crimes cannot; one that keeps it, or only stopped executing, can; an unknown profile does
 * not silence what the request itself says.
 */
final class DeathPenaltyWithoutAssurance implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CountryProfile profile = context.requestingState();
        CountryProfile.DeathPenaltyStatus status = profile.deathPenalty();
        if (status != null && !status.canStillBePronounced()) {
            return List.of();
        }
        String inState = status == null
                ? " The country profiles do not say whether " + profile.label() + " retains the death penalty."
                : " " + profile.label() + ": death penalty " + status + ".";
        List<Finding> findings = new ArrayList<>();
        List<Offence> offences = context.request().offences();
        for (int i = 0; i < offences.size(); i++) {
            Offence offence = offences.get(i);
            if (offence.deathPenaltyStatedPossible() && !offence.deathPenaltyAssured()) {
                findings.add(Finding.of(FindingCode.DEATH_PENALTY_RISK, null, "offences/" + i,
                        Evidence.fromRequest("/offences/" + i + "/deathPenaltyPossible",
                                "The request says \"" + offence.description()
                                        + "\" may carry the death penalty and records no assurance." + inState)));
            }
        }
        return findings;
    }
}
