package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * HIGH_RISK_STATE: the requesting state's country profile is below the configured rule-of-law
 * threshold: a Freedom House status listed as high-risk (default Not Free), or a Freedom House
 * score or a CPI below the configured bounds. Any one indicator suffices; an empty cell is
 * unknown, never low, and the finding says which were unknown.
 */
final class HighRiskRequestingState implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CountryProfile profile = context.requestingState();
        Assessment assessment = assess(profile, context.config());
        if (!assessment.highRisk()) {
            return List.of();
        }
        String unknown = assessment.unknown().isEmpty()
                ? "" : " Not verified in the country profiles: " + String.join(", ", assessment.unknown()) + ".";
        return List.of(Finding.of(FindingCode.HIGH_RISK_STATE, null, "",
                Evidence.fromRequest("/requestingState", profile.label() + ": "
                        + String.join("; ", assessment.reasons()) + "." + unknown)));
    }

    /** Which indicators put the state below the threshold, and which were unknown. */
    record Assessment(List<String> reasons, List<String> unknown) {

        boolean highRisk() {
            return !reasons.isEmpty();
        }
    }

    static Assessment assess(CountryProfile profile, ScreeningConfig config) {
        List<String> reasons = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (profile.freedomStatus() == null) {
            unknown.add("Freedom House status");
        } else if (config.highRiskStatuses().contains(profile.freedomStatus())) {
            reasons.add("Freedom House status " + profile.freedomStatus());
        }
        if (profile.freedomScore() == null) {
            unknown.add("Freedom House score");
        } else if (profile.freedomScore() < config.freedomScoreBelow()) {
            reasons.add("Freedom House score " + profile.freedomScore() + " < " + config.freedomScoreBelow());
        }
        if (profile.corruptionPerceptionsIndex() == null) {
            unknown.add("CPI");
        } else if (profile.corruptionPerceptionsIndex() < config.corruptionIndexBelow()) {
            reasons.add("CPI " + profile.corruptionPerceptionsIndex() + " < " + config.corruptionIndexBelow());
        }
        return new Assessment(reasons, unknown);
    }
}
