package org.rogatory.screening;

import java.util.List;
import org.rogatory.casework.CaseHistory;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.domain.EarlierRequest;
import org.rogatory.screening.domain.Finding;
import org.rogatory.screening.domain.NameInText;
import org.rogatory.screening.domain.ScreeningConfig;
import org.rogatory.screening.domain.ScreeningContext;
import org.rogatory.screening.domain.ScreeningRules;
import org.rogatory.screening.domain.Screener;
import org.springframework.stereotype.Service;

/**
 * The seam between screening and the rest: casework asks it for the findings of a request, on
 * intake and whenever the request or the reference data change. Every rule runs, against the
 * register, country profiles and decisions imported into the database and against the other
 * requests registered here. The review of results asks it, against the same register, which
 * protected persons a seized document names.
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

    /**
     * The persons of the register of protected persons that a text gathered for a request names (a
     * client list, a list of fellow activists in a seized document), in any script or spelling the
     * matcher absorbs, other than the request's own persons: one per register entry, with the
     * mention that met it best.
     */
    public List<NameInText> namesOfProtectedPersonsIn(String text, CooperationRequest request) {
        return new ScreeningContext(request, reference.current(), config).protectedPersonsNamedIn(text);
    }

    /** A request is registered once per requesting state and foreign reference: that one is itself. */
    private static boolean sameRequest(CooperationRequest a, CooperationRequest b) {
        return a.requestingState().equals(b.requestingState()) && a.foreignReference().equals(b.foreignReference());
    }
}
