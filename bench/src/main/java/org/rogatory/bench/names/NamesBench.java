package org.rogatory.bench.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rogatory.bench.Benchmarks;
import org.rogatory.matching.Candidate;
import org.rogatory.matching.MatcherSettings;
import org.rogatory.matching.NameMatcher;
import org.rogatory.matching.NameMatchers;
import org.rogatory.matching.NameQuery;
import org.rogatory.matching.RegisterCsv;
import org.rogatory.matching.RegisterEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./rogatory bench names [--data DIR] [--sizes 10000,100000,1000000] [--runs 3] [--skip-baselines]
 * [--scale-only]}:
 * the name matcher on the development set (register.csv, queries.jsonl, truth.jsonl of
 * {@code ../shared/data/names}) against three standard baselines, the precision/recall curve over review
 * thresholds, query latency, and the same dev queries against the dev register plus a synthetic register
 * of each size (index build time, heap, latency, and how quality holds). Writes the "names" section of
 * BENCHMARKS.md.
 */
public final class NamesBench implements Benchmarks.Suite {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    record Query(String id, NameQuery query, String kind, Set<String> expected) {
    }

    /** What one method answered for each query, best first. */
    record Answers(String method, Map<String, List<String>> byQuery) {
    }

    @Override
    public String run(String[] args) throws Exception {
        Path data = Path.of("../shared/data/names");
        List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);
        int runs = 3;
        boolean baselines = true;
        boolean scaleOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).filter(s -> !s.isBlank())
                        .map(Integer::parseInt).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--skip-baselines" -> baselines = false;
                case "--scale-only" -> scaleOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<RegisterEntry> register = RegisterCsv.read(data.resolve("register.csv"));
        List<Query> queries = readQueries(data.resolve("queries.jsonl"), data.resolve("truth.jsonl"));
        log("dev set: %,d register entries, %,d queries", register.size(), queries.size());

        StringBuilder md = new StringBuilder();
        md.append("## Name matching\n\n");
        md.append("Reproduce: `./rogatory bench names` (reads `../shared/data/names`; about ")
                .append("20 minutes on the 2-core machine). Written ")
                .append(java.time.LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", heap limit ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB.\n\n");
        md.append("Metrics as `../shared/tools/score-match` computes them: precision, recall and F1 micro over ")
                .append("(query, register id) pairs; R@1 = the best candidate is expected (positive queries); ")
                .append("FA = false-alarm rate, negative queries (nothing expected) with at least one candidate.\n\n");

        if (scaleOnly) {
            for (int size : sizes) {
                log("%s", scaleRow(register, new SyntheticRegister(register), size, runs, queries));
            }
            return md.toString();
        }
        // the matcher at the default threshold, timed per query
        long t0 = System.nanoTime();
        NameMatcher matcher = NameMatchers.over(register);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < Math.min(500, queries.size()); i++) {
            matcher.match(queries.get(i).query());
        }
        long[] latencies = new long[queries.size()];
        Map<String, List<String>> matcherAnswers = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            long start = System.nanoTime();
            List<Candidate> candidates = matcher.match(q.query());
            latencies[i] = System.nanoTime() - start;
            matcherAnswers.put(q.id(), candidates.stream().map(Candidate::registerId).toList());
        }
        log("matcher: done");
        List<Answers> methods = new ArrayList<>();
        methods.add(new Answers("matcher", matcherAnswers));
        if (baselines) {
            methods.add(answer("exact (NFKC+casefold+no diacritics)", Baselines.exact(register), queries));
            methods.add(answer("Lucene FuzzyQuery (2 edits, ICU Latin)", Baselines.fuzzy(register), queries));
            methods.add(answer("Jaro-Winkler >= 0.9 token-wise (ICU Latin)", Baselines.jaroWinkler(register), queries));
        }

        md.append("### Quality on the development set, matcher against baselines\n\n");
        md.append("Matcher at its default review threshold ").append(MatcherSettings.DEFAULT_REVIEW_THRESHOLD)
                .append(" and rival margin ").append(MatcherSettings.DEFAULT_RIVAL_MARGIN).append(". Baselines: ")
                .append("(1) exact string after Unicode NFKC, case folding, diacritics removed and punctuation ")
                .append("collapsed; (2) Lucene `FuzzyQuery` (maxEdits 2) per word, every query word must meet a ")
                .append("word of the register name, over ICU `Any-Latin; Latin-ASCII` lower-case forms; (3) ")
                .append("Jaro-Winkler (commons-text) ≥ 0.9 for every query word against some word of the register ")
                .append("name, same ICU forms, brute-force scan.\n\n");
        md.append("| method | precision | recall | F1 | R@1 | FA |\n|---|---|---|---|---|---|\n");
        for (Answers method : methods) {
            Metrics m = Metrics.of(queries, method.byQuery(), null);
            md.append("| ").append(method.method()).append(" | ").append(m.row()).append(" |\n");
        }
        md.append("\nPer kind, each cell precision / recall / F1 / R@1 for kinds with expected matches, ")
                .append("false-alarm rate for kinds of people not in the register (`nomenklatura-case` has both: ")
                .append("P / R / F1 / R@1 · FA):\n\n");
        md.append("| kind | queries |");
        for (Answers method : methods) {
            md.append(" ").append(method.method().split(" ")[0]).append(" |");
        }
        md.append("\n|---|---|").append("---|".repeat(methods.size())).append("\n");
        for (String kind : kinds(queries)) {
            md.append("| ").append(kind).append(" | ").append(queries.stream().filter(q -> q.kind().equals(kind)).count())
                    .append(" |");
            for (Answers method : methods) {
                md.append(" ").append(Metrics.of(queries, method.byQuery(), kind).cell()).append(" |");
            }
            md.append("\n");
        }

        // threshold curve
        md.append("\n### Precision and recall over the review threshold\n\n");
        md.append("One run of the matcher with its review threshold at 0.50, candidates then kept at or above each ")
                .append("threshold and within the rival margin of the best (as the matcher does). The default, ")
                .append(MatcherSettings.DEFAULT_REVIEW_THRESHOLD).append(", keeps false alarms near 2 % and ")
                .append("precision above 0.95; lower thresholds buy recall with false alarms.\n\n");
        md.append("| threshold | precision | recall | F1 | R@1 | FA |\n|---|---|---|---|---|---|\n");
        NameMatcher low = NameMatchers.over(register, MatcherSettings.defaults().withReviewThreshold(0.5)
                .withRivalMargin(1).withMaxCandidates(20));
        Map<String, List<Candidate>> lowAnswers = new LinkedHashMap<>();
        for (Query q : queries) {
            lowAnswers.put(q.id(), low.match(q.query()));
        }
        low = null;
        double[] thresholds = {0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.78, 0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.95};
        for (double threshold : thresholds) {
            Map<String, List<String>> cut = new LinkedHashMap<>();
            lowAnswers.forEach((id, candidates) -> {
                double top = candidates.isEmpty() ? 0 : candidates.get(0).score();
                cut.put(id, candidates.stream().filter(c -> c.score() >= threshold - 1e-9
                        && c.score() >= top - MatcherSettings.DEFAULT_RIVAL_MARGIN - 1e-9).map(Candidate::registerId).toList());
            });
            Metrics m = Metrics.of(queries, cut, null);
            boolean chosen = Math.abs(threshold - MatcherSettings.DEFAULT_REVIEW_THRESHOLD) < 1e-9;
            md.append("| ").append(chosen ? "**" + fmt(threshold) + "** (default)" : fmt(threshold)).append(" | ")
                    .append(m.row()).append(" |\n");
        }
        lowAnswers = null;
        md.append(Romanisations.section(register, matcher));

        Arrays.sort(latencies);
        md.append("\n### Speed on the development set\n\n");
        md.append(String.format(Locale.ROOT, "Index build %.2f s for %,d entries; %,d queries one at a time from one "
                        + "thread (a query shares large look-ups and scorings out on the common pool): latency median "
                        + "%.3f ms, p99 %.3f ms, max %.1f ms; throughput %,.0f queries/s.%n",
                buildSeconds, register.size(), queries.size(), percentile(latencies, 50) / 1e6,
                percentile(latencies, 99) / 1e6, latencies[latencies.length - 1] / 1e6,
                queries.size() / (Arrays.stream(latencies).sum() / 1e9)));
        matcher = null;

        // scale
        if (!sizes.isEmpty()) {
            md.append("\n### Scale: the dev queries against the dev register plus a synthetic register\n\n");
            md.append("`SyntheticRegister` draws names from the dev register's words by script and position, as often ")
                    .append("as the dev register uses them (Mohammed and Kim common, most words rare), recombines ")
                    .append("Chinese and Korean syllables, and gives a tenth of entries a second name. Each size is built ")
                    .append(runs).append(" times; figures are medians over the runs. All ").append(queries.size())
                    .append(" dev queries run one at a time from one thread (a query answered alone shares large look-ups "
                            + "and scorings out on the common pool, two threads here) against dev register + synthetic "
                            + "entries; then, on a matcher built afresh, from two client threads at once, each taking the "
                            + "next query (queries/s, 2 clients: a server answering two requests at a time); ")
                    .append("any synthetic candidate counts as a false positive (a synthetic name can be a true ")
                    .append("namesake, so this is a floor on precision). Heap = used heap after the build and a full ")
                    .append("GC, minus the heap used before it (the register entries themselves, read before the build, are not counted).\n\n");
            md.append("| entries | build (s) | heap (MiB) | latency median (ms) | p99 (ms) | queries/s | queries/s, 2 clients ")
                    .append("| precision | recall | F1 | FA |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
            SyntheticRegister synthetic = new SyntheticRegister(register);
            for (int size : sizes) {
                md.append(scaleRow(register, synthetic, size, runs, queries)).append("\n");
            }
        }
        return md.toString();
    }

    private static String scaleRow(List<RegisterEntry> dev, SyntheticRegister synthetic, int size, int runs,
                                   List<Query> queries) throws Exception {
        List<RegisterEntry> entries = new ArrayList<>(synthetic.generate(size, 42));
        entries.addAll(dev);
        double[] builds = new double[runs];
        double[] heaps = new double[runs];
        double[] medians = new double[runs];
        double[] p99s = new double[runs];
        double[] throughputs = new double[runs];
        double[] twoClientThroughputs = new double[runs];
        Metrics quality = null;
        for (int run = 0; run < runs; run++) {
            long before = usedHeap();
            long t0 = System.nanoTime();
            NameMatcher matcher = NameMatchers.over(entries);
            builds[run] = (System.nanoTime() - t0) / 1e9;
            heaps[run] = (usedHeap() - before) / (1024.0 * 1024.0);
            long[] latencies = new long[queries.size()];
            Map<String, List<String>> answers = new LinkedHashMap<>();
            long all = System.nanoTime();
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                List<Candidate> candidates = matcher.match(queries.get(i).query());
                latencies[i] = System.nanoTime() - start;
                answers.put(queries.get(i).id(), candidates.stream().map(Candidate::registerId).toList());
            }
            throughputs[run] = queries.size() / ((System.nanoTime() - all) / 1e9);
            Arrays.sort(latencies);
            medians[run] = percentile(latencies, 50) / 1e6;
            p99s[run] = percentile(latencies, 99) / 1e6;
            quality = Metrics.of(queries, answers, null);
            matcher = null;
            answers = null;
            twoClientThroughputs[run] = twoClients(NameMatchers.over(entries), queries);
            log("scale %,d run %d: build %.1f s, heap %.0f MiB, median %.3f ms, p99 %.3f ms, %.0f queries/s, "
                    + "%.0f queries/s from 2 clients", entries.size(), run + 1, builds[run], heaps[run], medians[run],
                    p99s[run], throughputs[run], twoClientThroughputs[run]);
        }
        return String.format(Locale.ROOT, "| %,d + %,d dev | %.1f | %.0f | %.3f | %.3f | %,.0f | %,.0f | %s |", size,
                dev.size(), median(builds), median(heaps), median(medians), median(p99s), median(throughputs),
                median(twoClientThroughputs),
                fmt(quality.precision()) + " | " + fmt(quality.recall()) + " | " + fmt(quality.f1()) + " | "
                        + fmt((double) quality.falseAlarms() / Math.max(1, quality.negatives())));
    }

    /** Queries a second from two client threads querying {@code matcher} at once, each taking the next query. */
    private static double twoClients(NameMatcher matcher, List<Query> queries) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Callable<Void> client = () -> {
            for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                matcher.match(queries.get(i).query());
            }
            return null;
        };
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            long start = System.nanoTime();
            for (Future<Void> done : clients.invokeAll(List.of(client, client))) {
                done.get();
            }
            return queries.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            clients.shutdown();
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static Answers answer(String name, Baselines.Method method, List<Query> queries) {
        long t0 = System.nanoTime();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Query q : queries) {
            answers.put(q.id(), method.match(q.query().name()));
        }
        log("%s: %.1f s", name, (System.nanoTime() - t0) / 1e9);
        return new Answers(name, answers);
    }

    /** The figures of score-match for one method, over all queries or one kind. */
    record Metrics(int tp, int fp, int fn, int positives, int topRight, int negatives, int falseAlarms) {

        static Metrics of(List<Query> queries, Map<String, List<String>> answers, String kind) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int positives = 0;
            int top = 0;
            int negatives = 0;
            int alarms = 0;
            for (Query q : queries) {
                if (kind != null && !q.kind().equals(kind)) {
                    continue;
                }
                List<String> got = answers.getOrDefault(q.id(), List.of());
                Set<String> distinct = new HashSet<>(got);
                for (String id : distinct) {
                    if (q.expected().contains(id)) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
                for (String id : q.expected()) {
                    if (!distinct.contains(id)) {
                        fn++;
                    }
                }
                if (q.expected().isEmpty()) {
                    negatives++;
                    if (!got.isEmpty()) {
                        alarms++;
                    }
                } else {
                    positives++;
                    if (!got.isEmpty() && q.expected().contains(got.get(0))) {
                        top++;
                    }
                }
            }
            return new Metrics(tp, fp, fn, positives, top, negatives, alarms);
        }

        double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
        }

        String row() {
            return fmt(precision()) + " | " + fmt(recall()) + " | " + fmt(f1()) + " | "
                    + fmt(positives == 0 ? Double.NaN : (double) topRight / positives) + " | "
                    + fmt(negatives == 0 ? Double.NaN : (double) falseAlarms / negatives);
        }

        String cell() {
            String fa = negatives == 0 ? null : fmt((double) falseAlarms / negatives);
            if (positives == 0) {
                return "FA " + fa;
            }
            String pr = fmt(precision()) + " / " + fmt(recall()) + " / " + fmt(f1()) + " / "
                    + fmt((double) topRight / positives);
            return fa == null ? pr : pr + " · FA " + fa;
        }
    }

    static String fmt(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        int n = copy.length;
        return n % 2 == 1 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2;
    }

    private static List<String> kinds(List<Query> queries) {
        TreeMap<String, Boolean> kinds = new TreeMap<>();
        queries.forEach(q -> kinds.put(q.kind(), true));
        return new ArrayList<>(kinds.keySet());
    }

    static List<Query> readQueries(Path queries, Path truth) throws IOException {
        Map<String, JsonNode> truthById = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    JsonNode node = JSON.readTree(line);
                    truthById.put(node.get("id").asString(), node);
                }
            }
        }
        List<Query> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(queries, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String id = node.get("id").asString();
                JsonNode t = truthById.get(id);
                Set<String> expected = new HashSet<>();
                if (t != null && t.has("expected")) {
                    t.get("expected").forEach(e -> expected.add(e.asString()));
                }
                String kind = t != null && t.has("kind") ? t.get("kind").asString()
                        : node.has("kind") ? node.get("kind").asString() : "?";
                out.add(new Query(id, new NameQuery(node.get("name").asString(), text(node, "birthDate"),
                        text(node, "nationality")), kind, expected));
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static void log(String format, Object... args) {
        System.err.printf("names: " + format + "%n", args);
    }
}
