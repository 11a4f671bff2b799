package org.rogatory.oversight;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rogatory.access.User;
import org.rogatory.audit.Actor;
import org.rogatory.audit.AuditTrail;
import org.rogatory.casework.CaseCourses;
import org.rogatory.casework.domain.Chain;
import org.rogatory.execution.IncidentTallies;
import org.rogatory.oversight.domain.Figures;
import org.rogatory.oversight.domain.SmallCountSuppression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Oversight's figures of a year, from the course of every request received in it and the incidents
 * of its execution, through the
 * suppression of small counts ({@code rogatory.oversight.suppress-below}, default 5). Reading them
 * is recorded in the audit trail as an aggregate read: who, which year, in which form; no case.
 */
@Service
public class OversightFigures {

    private final CaseCourses courses;
    private final IncidentTallies incidents;
    private final Chain chain;
    private final AuditTrail audit;
    private final SmallCountSuppression suppression;

    OversightFigures(CaseCourses courses, IncidentTallies incidents, Chain chain, AuditTrail audit,
            @Value("${rogatory.oversight.suppress-below:" + SmallCountSuppression.DEFAULT_THRESHOLD + "}")
            int threshold) {
        this.courses = courses;
        this.incidents = incidents;
        this.chain = chain;
        this.audit = audit;
        this.suppression = new SmallCountSuppression(threshold);
    }

    /** The figures, the read recorded in the same transaction. */
    @Transactional
    public Figures of(Year year, User reader, String form) {
        Figures figures = Figures.of(year.getValue(), courses.receivedIn(year),
                incidents.ofRequestsReceivedIn(year), chain, suppression);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("year", year.getValue());
        details.put("form", form);
        audit.record(Actor.of(reader), "oversight.figures.read", null, null, details);
        return figures;
    }
}
