package org.rogatory.screening;

import java.util.List;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.domain.Finding;
import org.rogatory.screening.domain.ScreeningContext;
import org.rogatory.screening.domain.ScreeningRules;
import org.rogatory.screening.domain.Screener;
import org.springframework.stereotype.Service;

/**
 * The seam between screening and the rest: casework asks it for the findings of a request, on
 * intake and whenever the request or the reference data change. It runs the rules that need
 * nothing but the request; the screening engine will load registers, country profiles, earlier
 * decisions and case history here and add its rules, without anything on the other side changing.
 */
@Service
public class ScreeningService {

    private final Screener screener = new Screener(ScreeningRules.fromRequestAlone());

    public List<Finding> screen(CooperationRequest request) {
        return screener.screen(new ScreeningContext(request));
    }
}
