package org.rogatory.casework;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.EarlierRequests;
import org.rogatory.screening.domain.EarlierRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases registered here as screening's case history: each request (as last amended), its state
 * and the judge it was before, so that screening can name the related case and its judge. A request
 * version never changes once recorded, so each is parsed once: re-screening every open case after an
 * import reads the history as many times as there are open cases.
 */
@Component
class CaseHistoryForScreening implements EarlierRequests {

    private final CaseFiles files;
    private final JsonMapper json;
    private final Map<String, CooperationRequest> parsed = new ConcurrentHashMap<>();

    CaseHistoryForScreening(CaseFiles files, JsonMapper json) {
        this.files = files;
        this.json = json;
    }

    @Override
    public List<EarlierRequest> all() {
        return files.history().stream()
                .map(c -> new EarlierRequest(c.id(), c.state().name(), c.judge(), parsed.computeIfAbsent(
                        c.id() + "/" + c.version(), key -> json.readValue(c.document(), CooperationRequest.class))))
                .toList();
    }
}
