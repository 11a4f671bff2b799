package org.rogatory.screening;

import java.util.List;
import org.rogatory.screening.domain.EarlierRequest;

/**
 * The requests already registered here, open or closed, that a request is screened against
 * (RELATED_CASE, PRIOR_REFUSAL). Casework keeps them and provides this.
 */
public interface EarlierRequests {

    List<EarlierRequest> all();
}
