package org.rogatory.screening;

import java.util.List;
import org.rogatory.casework.CaseHistory;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.domain.EarlierRequest;
import org.rogatory.screening.domain.Finding;
import org.rogatory.screening.domain.ScreeningConfig;
import org.rogatory.screening.domain.ScreeningContext;
import org.rogatory.screening.domain.ScreeningRules;
import org.rogatory.screening.domain.Screener;
import org.springframework.stereotype.Service;

/**
 * The seam between screening and the rest: casework asks it for the findings of a request, on
 * intake and whenever the request or the reference data change. Every rule runs, against the
 * register, country profiles and decisions imported into the database and against the other
 * requests registered here.
 */
@Service
public class ScreeningService {

    private final Screener screener = new Screener(ScreeningRules.all());
    private final ReferenceStore reference;
    private final CaseHistory cases;
    private final ScreeningConfig config;

    ScreeningService(ReferenceStore reference, CaseHistory cases, ScreeningConfig config) {
        this.reference = reference;
        this.cases = cases;
        this.config = config;
    }

    public List<Finding> screen(CooperationRequest request) {
        List<EarlierRequest> others = cases.all().stream()
                .filter(earlier -> !sameRequest(earlier.request(), request))
                .map(earlier -> new EarlierRequest(earlier.id(), earlier.state().name(), earlier.judge(),
                        earlier.request()))
                .toList();
        return screener.screen(new ScreeningContext(request, reference.current().withHistory(others), config));
    }

    /** A request is registered once per requesting state and foreign reference: that one is itself. */
    private static boolean sameRequest(CooperationRequest a, CooperationRequest b) {
        return a.requestingState().equals(b.requestingState()) && a.foreignReference().equals(b.foreignReference());
    }
}
