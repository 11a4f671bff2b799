package org.rogatory.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.rogatory.matching.Candidate;
import org.rogatory.matching.MatcherSettings;
import org.rogatory.matching.NameMatcher;
import org.rogatory.matching.NameMatchers;
import org.rogatory.matching.NameQuery;
import org.rogatory.matching.RegisterCsv;
import org.rogatory.matching.RegisterEntry;
import org.rogatory.matching.RegisterFormatException;
import org.rogatory.matching.Utf8Text;
import org.rogatory.web.JsonProblems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rogatory match --register R.csv --queries Q.jsonl}: one output line per query line,
 * {@code {"id":…, "candidates":[{"registerId":…, "score":…, "name":…, "why":…}]}}, best first. Both files
 * are read and checked before the first line is printed, so bad input (file:line on stderr, exit 2)
 * never leaves a partial output behind.
 */
@Command(name = "match", description = "Matches query names against a register; one JSON line per query.")
final class MatchCommand implements Callable<Integer> {

    /** Registers larger than this report indexing progress on stderr. */
    static final int PROGRESS_ABOVE = 50_000;
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Option(names = "--register", required = true, description = "Register CSV (DESIGN.md §10).")
    Path register;

    @Option(names = "--queries", required = true,
            description = "Queries, one JSON object a line: id, name, optional birthDate and nationality.")
    Path queries;

    @Option(names = "--threshold", description = "Raise the review threshold above the default ("
            + MatcherSettings.DEFAULT_REVIEW_THRESHOLD + ").")
    Double threshold;

    /** A query line, checked. */
    record Query(String id, NameQuery query) {
    }

    @Override
    public Integer call() {
        // written so that NaN, which compares false with everything, is refused too
        if (threshold != null && !(threshold >= MatcherSettings.DEFAULT_REVIEW_THRESHOLD && threshold <= 1)) {
            System.err.println("rogatory match: --threshold can only raise the review threshold ("
                    + MatcherSettings.DEFAULT_REVIEW_THRESHOLD + ") up to 1, got " + threshold);
            return 2;
        }
        List<RegisterEntry> entries;
        List<Query> lines;
        Path reading = register;
        try {
            entries = RegisterCsv.read(register);
            reading = queries;
            lines = readQueries(queries);
        } catch (RegisterFormatException | BadQueryException e) {
            System.err.println("rogatory match: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("rogatory match: cannot read " + reading + ": " + FileProblems.describe(e));
            return 2;
        }
        MatcherSettings settings = MatcherSettings.defaults()
                .withReviewThreshold(threshold == null ? MatcherSettings.DEFAULT_REVIEW_THRESHOLD : threshold);
        if (entries.size() > PROGRESS_ABOVE) {
            settings = settings.withProgress(n -> System.err.printf("rogatory match: indexed %,d of %,d entries%n",
                    n, entries.size()));
        }
        NameMatcher matcher = NameMatchers.over(entries, settings);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        for (Query line : lines) {
            out.println(JSON.writeValueAsString(result(line.id(), matcher.match(line.query()))));
        }
        out.flush();
        return 0;
    }

    static ObjectNode result(String id, List<Candidate> candidates) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        ArrayNode array = node.putArray("candidates");
        for (Candidate c : candidates) {
            ObjectNode candidate = array.addObject();
            candidate.put("registerId", c.registerId());
            candidate.put("score", c.score());
            candidate.put("name", c.matchedName());
            candidate.put("why", c.explanation());
        }
        return node;
    }

    static List<Query> readQueries(Path file) throws IOException {
        List<Query> queries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(utf8(file))) {
            // the whole file is decoded before the first query is read: a bad byte names its line
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    queries.add(parseQuery(line, file + ":" + number));
                }
            }
        }
        return queries;
    }

    private static java.io.Reader utf8(Path file) throws IOException {
        try {
            return Utf8Text.reader(file);
        } catch (Utf8Text.NotUtf8 e) {
            throw new BadQueryException(file + ":" + e.line() + ": " + e.getMessage());
        }
    }

    static Query parseQuery(String line, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new BadQueryException(where + ": " + JsonProblems.describe(e));
        }
        if (node == null || !node.isObject()) {
            throw new BadQueryException(where + ": expected a JSON object");
        }
        String id = requiredString(node, "id", where);
        String name = requiredString(node, "name", where);
        String birthDate = optionalString(node, "birthDate", where);
        if (birthDate != null && !DATE.matcher(birthDate).matches()) {
            throw new BadQueryException(where + ": birthDate '" + birthDate + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        String nationality = optionalString(node, "nationality", where);
        return new Query(id, new NameQuery(name, birthDate, nationality));
    }

    private static String requiredString(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw new BadQueryException(where + ": '" + field + "' must be a non-empty string");
        }
        return value.stringValue();
    }

    private static String optionalString(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new BadQueryException(where + ": '" + field + "' must be a string");
        }
        return value.stringValue().isBlank() ? null : value.stringValue().strip();
    }

    /** A query line that cannot be used; the message starts with file:line. */
    static final class BadQueryException extends RuntimeException {
        BadQueryException(String message) {
            super(message);
        }
    }
}
