package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.intake.domain.CooperationRequest.Measure;

/** INVESTIGATING_JUDGE_REQUIRED: a coercive measure is requested. */
final class CoerciveMeasureNeedsJudge implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        List<Measure> measures = context.request().measures();
        List<String> coercive = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).isCoercive()) {
                coercive.add("/measures/" + i + " (" + measures.get(i).type() + ")");
            }
        }
        if (coercive.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(FindingCode.INVESTIGATING_JUDGE_REQUIRED, null, "measures",
                Evidence.fromRequest(String.join(", ", coercive), "Coercive: " + String.join(", ", coercive)
                        + ". They can only be executed with an investigating judge's authorisation.")));
    }
}
