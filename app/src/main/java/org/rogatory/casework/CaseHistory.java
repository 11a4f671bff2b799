package org.rogatory.casework;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.intake.domain.CooperationRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests registered here, open or closed, for features that look across cases: screening
 * relates a request to earlier ones (RELATED_CASE, PRIOR_REFUSAL) and screens the open ones again
 * when its registers change. A request version never changes once recorded, so each is parsed once:
 * re-screening every open case reads the history as many times as there are open cases.
 */
@Component
public class CaseHistory {

    private final CaseFiles files;
    private final JsonMapper json;
    private final Map<String, CooperationRequest> parsed = new ConcurrentHashMap<>();

    CaseHistory(CaseFiles files, JsonMapper json) {
        this.files = files;
        this.json = json;
    }

    /**
     * A registered request as it stands.
     *
     * @param judge the investigating judge who last decided on it, or null when it never reached one
     */
    public record RegisteredRequest(String id, CaseState state, String judge, CooperationRequest request) {
    }

    /** Every case: its request as last amended, its state and its judge. */
    public List<RegisteredRequest> all() {
        return files.history().stream()
                .map(c -> new RegisteredRequest(c.id(), c.state(), c.judge(), parsed.computeIfAbsent(
                        c.id() + "/" + c.version(), key -> json.readValue(c.document(), CooperationRequest.class))))
                .toList();
    }

    /** The ids of the cases still open (not closed, refused or withdrawn). */
    public List<String> openIds() {
        return files.openIds();
    }
}
