package org.rogatory.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.domain.EarlierRequest;
import org.rogatory.web.JsonProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code history.jsonl} (DESIGN.md §10): one earlier request a line, the request as in the schema
 * plus {@code id}, {@code state} (a state of the chain, DESIGN.md §3) and {@code assignedJudge}.
 */
public final class CaseHistoryJsonl {

    /** The states of the default chain (DESIGN.md §3). */
    static final Set<String> CHAIN_STATES = Set.of("RECEIVED", "SCREENED", "CENTRAL_AUTHORITY_REVIEW", "REFUSED",
            "AWAITING_INFORMATION", "PROSECUTOR_REVIEW", "JUDGE_REVIEW", "EXECUTION_PLANNING", "EXECUTED",
            "RESULTS_REVIEW", "TRANSMISSION_AUTHORISED", "TRANSMITTED", "CLOSED", "WITHDRAWN");

    private CaseHistoryJsonl() {
    }

    public static List<EarlierRequest> read(Path file) {
        return ReferenceFileException.reading(file, CaseHistoryJsonl::read);
    }

    public static List<EarlierRequest> read(Reader reader, String file) {
        List<EarlierRequest> history = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        long number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                EarlierRequest earlier = parse(line, file, number);
                if (!ids.add(earlier.id())) {
                    throw new ReferenceFileException(file, number, "/id", earlier.id() + " appears twice");
                }
                history.add(earlier);
            }
        } catch (IOException e) {
            throw new ReferenceFileException(file, number, null, "cannot be read: " + e.getMessage());
        }
        return history;
    }

    private static EarlierRequest parse(String line, String file, long number) {
        JsonNode tree;
        try {
            tree = RequestJson.MAPPER.readTree(line);
        } catch (JacksonException e) {
            throw new ReferenceFileException(file, number, null, JsonProblems.describe(e));
        }
        if (tree == null || !tree.isObject()) {
            throw new ReferenceFileException(file, number, null, "each line must be a JSON object");
        }
        ObjectNode object = (ObjectNode) tree;
        String id = text(object.remove("id"));
        String state = text(object.remove("state"));
        String judge = text(object.remove("assignedJudge"));
        if (id == null) {
            throw new ReferenceFileException(file, number, "/id", "is required");
        }
        if (state == null || !CHAIN_STATES.contains(state)) {
            throw new ReferenceFileException(file, number, "/state", "'" + state + "' is not a state of the chain "
                    + CHAIN_STATES.stream().sorted().toList());
        }
        CooperationRequest request;
        try {
            request = RequestJson.fromTree(object);
        } catch (RequestJson.InvalidRequest e) {
            throw new ReferenceFileException(file, number, e.pointer().isEmpty() ? null : e.pointer(), e.problem());
        }
        return new EarlierRequest(id, state, judge, request);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asString().isBlank() ? null : node.asString();
    }
}
