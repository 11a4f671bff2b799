package org.rogatory.casework;

import java.util.List;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.EarlierRequests;
import org.rogatory.screening.domain.EarlierRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases registered here as screening's case history: each request (as last amended), its state
 * and the judge it was before, so that screening can name the related case and its judge.
 */
@Component
class CaseHistoryForScreening implements EarlierRequests {

    private final CaseFiles files;
    private final JsonMapper json;

    CaseHistoryForScreening(CaseFiles files, JsonMapper json) {
        this.files = files;
        this.json = json;
    }

    @Override
    public List<EarlierRequest> all() {
        return files.history().stream()
                .map(c -> new EarlierRequest(c.id(), c.state().name(), c.judge(),
                        json.readValue(c.document(), CooperationRequest.class)))
                .toList();
    }
}
