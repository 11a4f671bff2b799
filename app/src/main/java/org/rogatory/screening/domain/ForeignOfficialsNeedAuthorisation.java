package org.rogatory.screening.domain;

import java.util.List;
import org.rogatory.intake.domain.CooperationRequest.RequestedRole;

/**
 * FOREIGN_OFFICIALS_AUTHORISATION: presence of foreign officials is requested. Each must be named,
 * identified and authorised by the judge, and may only observe.
 */
final class ForeignOfficialsNeedAuthorisation implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        var officials = context.request().foreignOfficials();
        if (officials.isEmpty()) {
            return List.of();
        }
        long notObserving = officials.stream()
                .filter(o -> o.requestedRole() != RequestedRole.OBSERVE)
                .count();
        String explanation = officials.size() + " foreign officials asked to be present"
                + (notObserving > 0 ? "; " + notObserving + " asked for more than observing, which cannot be granted" : "")
                + ". Each needs the judge's authorisation by name, function and identity document.";
        return List.of(Finding.of(FindingCode.FOREIGN_OFFICIALS_AUTHORISATION, null, "foreignOfficials",
                Evidence.fromRequest("/foreignOfficials", explanation)));
    }
}
