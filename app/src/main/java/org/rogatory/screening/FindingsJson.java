package org.rogatory.screening;

import java.util.List;
import org.rogatory.screening.domain.Finding;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings as JSON in the contract of DESIGN.md §10: {@code {"findings":[{code, severity, personRef,
 * registerId, matchedName, score, grounds, evidence}]}}, plus the finding's stable {@code id} and the
 * officer's {@code explanation}. {@code evidence} is the field or text that triggered the finding.
 */
public final class FindingsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private FindingsJson() {
    }

    public static String write(List<Finding> findings) {
        ObjectNode document = MAPPER.createObjectNode();
        ArrayNode array = document.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("id", finding.id());
            node.put("code", finding.code().name());
            node.put("severity", finding.severity().name());
            node.put("personRef", finding.personRef());
            node.put("registerId", finding.registerId());
            node.put("matchedName", finding.evidence() == null ? null : finding.evidence().matchedName());
            node.put("score", finding.evidence() == null ? null : finding.evidence().score());
            ArrayNode grounds = node.putArray("grounds");
            finding.grounds().forEach(grounds::add);
            node.put("evidence", finding.evidence() == null ? null : finding.evidence().trigger());
            node.put("explanation", finding.evidence() == null ? null : finding.evidence().explanation());
        }
        return MAPPER.writeValueAsString(document);
    }
}
