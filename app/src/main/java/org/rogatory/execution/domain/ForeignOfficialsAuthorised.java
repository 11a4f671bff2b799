package org.rogatory.execution.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.casework.domain.CaseFinding;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;
import org.rogatory.screening.domain.FindingCode;

/**
 * FOREIGN_OFFICIALS_AUTHORISATION (ROG-FOREIGN-OFFICIALS-NAMED): every foreign official on the plan
 * is one the judge named, by name and identity document, with a function, and only observes. The
 * case study's two unidentified agents who read the refugee's papers are what this refuses.
 */
final class ForeignOfficialsAuthorised implements PlanPolicy {

    @Override
    public Verdict check(PlanContext context) {
        String findingId = context.live(FindingCode.FOREIGN_OFFICIALS_AUTHORISATION).stream().findFirst()
                .map(CaseFinding::id).orElse(null);
        List<Reason> reasons = new ArrayList<>();
        var officials = context.plan().foreignOfficials();
        for (int i = 0; i < officials.size(); i++) {
            var official = officials.get(i);
            String subject = "foreignOfficials/" + i;
            if (context.authorisation().official(official.name(), official.identityDocument()).isEmpty()) {
                reasons.add(new Reason("foreign-official-not-authorised", findingId, "\"" + official.name()
                        + "\" (" + official.identityDocument() + ") is not named in the judge's authorisation: "
                        + "only officials the judge named, with their identity document, may be present.", subject));
            }
            if (official.role() != PresenceRole.OBSERVER) {
                reasons.add(new Reason("foreign-official-not-observer", findingId, "\"" + official.name()
                        + "\" is planned to " + official.role() + ": foreign officials only observe.", subject));
            }
        }
        return Verdict.blockedIfAny(reasons);
    }
}
