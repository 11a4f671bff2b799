package org.rogatory.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rogatory.support.Api.Answer;

/** Result items over HTTP: the police upload an item's content, the privilege reviewer reviews it. */
public final class ResultItems {

    private ResultItems() {
    }

    /** Uploads {@code content} as item {@code item} of the request at {@code base}; it must be accepted. */
    public static Answer upload(Api police, String base, String item, String type, byte[] content) {
        Answer answer = police.send(police.request(base + "/results/" + item + "/content")
                .header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer;
    }

    /** The first review of item {@code item}; {@code redactedText} only for a redaction. */
    public static Answer review(Api reviewer, String base, String item, String decision, String reasons,
            String redactedText) {
        return review(reviewer, base, item, decision, reasons, redactedText, null);
    }

    /** A review of item {@code item} that replaces its review number {@code replaces} (null: its first). */
    public static Answer review(Api reviewer, String base, String item, String decision, String reasons,
            String redactedText, Integer replaces) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("reasons", reasons);
        if (redactedText != null) {
            body.put("redactedText", redactedText);
        }
        if (replaces != null) {
            body.put("replacesReview", replaces);
        }
        return reviewer.post(base + "/results/" + item + "/review", Api.json(body));
    }
}
