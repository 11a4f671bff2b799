package org.rogatory.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.rogatory.RogatoryApplication;
import org.rogatory.audit.Actor;
import org.rogatory.audit.AuditTrail;
import org.rogatory.audit.AuditTrail.Entry;
import org.rogatory.audit.AuditVerifier;
import org.rogatory.audit.domain.AuditEvent;
import org.rogatory.audit.domain.ChainVerification;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./rogatory bench core}: the spine on PostgreSQL. Audit appends per second, verifying a
 * chain of a million events, and intake latency over loopback HTTP at 1 and 50 clients, each beside
 * a baseline measured in the same run (plain inserts without the chain, reading without hashing,
 * the health endpoint), median of several runs.
 */
final class CoreSuite implements Benchmarks.Suite {

    private static final int RUNS = 5;
    private static final int APPENDS = 4_000;
    private static final int VERIFY_EVENTS = 1_000_000;
    private static final int VERIFY_RUNS = 3;
    private static final int LATENCY_RUNS = 3;
    private static final String DEMO_REQUEST = "/demo/01-kz-refugee-lawyer-home-search-case-analogue.json";

    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong references = new AtomicLong();

    @Override
    public String run(String[] args) throws Exception {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .start()) {
            String version = version(postgres.getPostgresDatabase());
            List<Appends> appends;
            Latencies latencies;
            try (ConfigurableApplicationContext app = start(postgres)) {
                appends = appends(app);
                latencies = latencies(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            }
            Verify verify = verify(postgres);
            return report(load, version, appends, verify, latencies);
        }
    }

    // ---- audit appends -------------------------------------------------------------------------

    record Appends(double perSecond, double plainPerSecond, double perSecond8, double plainPerSecond8,
            double batchedPerSecond, double plainBatchedPerSecond) {
    }

    /** Events per transaction in the batched measure: a decision with its move and assignment writes a few. */
    private static final int BATCH = 10;

    /**
     * Appends with the server's durable commits, then with {@code synchronous_commit=off} for the
     * database (a crash may then lose the last fraction of a second of commits, whole: the chain stays
     * intact), each beside plain inserts under the same setting.
     */
    private List<Appends> appends(ConfigurableApplicationContext app) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        HikariDataSource pool = app.getBean(HikariDataSource.class);
        Appends durable = appendsNow(app);
        jdbc.sql("alter database bench set synchronous_commit = off").update();
        pool.getHikariPoolMXBean().softEvictConnections();
        Appends asynchronous = appendsNow(app);
        jdbc.sql("alter database bench reset synchronous_commit").update();
        pool.getHikariPoolMXBean().softEvictConnections();
        return List.of(durable, asynchronous);
    }

    private Appends appendsNow(ConfigurableApplicationContext app) throws Exception {
        AuditTrail audit = app.getBean(AuditTrail.class);
        TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        jdbc.sql("create table if not exists bench_plain_events (seq bigserial primary key, occurred_at timestamp(6) with time zone, "
                + "username varchar(100), actor_role varchar(40), action varchar(80), case_id varchar(64), "
                + "object_ref varchar(200), details varchar)").update();
        Actor actor = new Actor("bench", "CLERK");
        Runnable append = () -> transactions.executeWithoutResult(tx ->
                audit.record(actor, "case.read", "case-1", null, Map.of("n", 1)));
        Runnable plain = () -> transactions.executeWithoutResult(tx -> jdbc.sql(
                "insert into bench_plain_events (occurred_at, username, actor_role, action, case_id, object_ref, details) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(ZoneOffset.UTC), "bench", "CLERK", "case.read", "case-1", null, "{\"n\":1}")
                .update());
        List<Entry> batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            batch.add(new Entry(actor, "case.read", "case-1", null, Map.of("n", i)));
        }
        Runnable appendBatch = () -> transactions.executeWithoutResult(tx -> audit.recordAll(batch));
        Runnable plainBatch = () -> transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < BATCH; i++) {
                plain.run();
            }
        });
        repeat(append, 1_000, 1);
        repeat(plain, 1_000, 1);
        List<Double> chained = new ArrayList<>();
        List<Double> plainRates = new ArrayList<>();
        List<Double> chained8 = new ArrayList<>();
        List<Double> plainRates8 = new ArrayList<>();
        List<Double> batched = new ArrayList<>();
        List<Double> plainBatched = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            batched.add(BATCH * repeat(appendBatch, APPENDS / BATCH, 1));
            plainBatched.add(BATCH * repeat(plainBatch, APPENDS / BATCH, 1));
            chained.add(repeat(append, APPENDS, 1));
            plainRates.add(repeat(plain, APPENDS, 1));
            chained8.add(repeat(append, APPENDS, 8));
            plainRates8.add(repeat(plain, APPENDS, 8));
        }
        AuditVerifier.verify(app.getBean(DataSource.class)).ok();
        return new Appends(median(chained), median(plainRates), median(chained8), median(plainRates8),
                median(batched), median(plainBatched));
    }

    /** Runs the action {@code times} times over {@code clients} threads; returns actions per second. */
    private static double repeat(Runnable action, int times, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int share = times / clients;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        action.run();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return times / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    // ---- verify --------------------------------------------------------------------------------

    record Verify(double seconds, double countSeconds, double readSeconds, long events, boolean ok) {
    }

    private Verify verify(EmbeddedPostgres postgres) throws Exception {
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("create database bench_verify");
        }
        DataSource dataSource = postgres.getDatabase("postgres", "bench_verify");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        fill(dataSource, VERIFY_EVENTS);
        List<Double> verify = new ArrayList<>();
        List<Double> count = new ArrayList<>();
        List<Double> read = new ArrayList<>();
        ChainVerification.Result result = null;
        for (int run = 0; run < VERIFY_RUNS; run++) {
            count.add(seconds(() -> scalar(dataSource, "select count(*) from audit_events")));
            read.add(seconds(() -> readWithoutHashing(dataSource)));
            long start = System.nanoTime();
            result = AuditVerifier.verify(dataSource);
            verify.add((System.nanoTime() - start) / 1e9);
        }
        return new Verify(median(verify), median(count), median(read), result.events(), result.ok());
    }

    /** A million events chained exactly as the audit trail chains them, inserted in batches. */
    private static void fill(DataSource dataSource, int events) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String previous = AuditEvent.GENESIS;
            Instant start = Instant.parse("2025-01-01T00:00:00Z");
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into audit_events (seq, occurred_at, username, actor_role, action, case_id, object_ref, details,
                                              prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 1; i <= events; i++) {
                    AuditEvent e = AuditEvent.chain(i, start.plusMillis(i * 37L), "demo-central", "CENTRAL_AUTHORITY",
                            "case.read", "case-" + (i % 5_000), "request/1", "{\"version\":" + (i % 9) + "}", previous);
                    insert.setLong(1, e.sequence());
                    insert.setObject(2, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
                    insert.setString(3, e.username());
                    insert.setString(4, e.role());
                    insert.setString(5, e.action());
                    insert.setString(6, e.caseId());
                    insert.setString(7, e.object());
                    insert.setString(8, e.details());
                    insert.setString(9, e.previousHash());
                    insert.setString(10, e.hash());
                    insert.addBatch();
                    previous = e.hash();
                    if (i % 10_000 == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement head = c.prepareStatement("update audit_head set last_seq = ?, last_hash = ?")) {
                head.setLong(1, events);
                head.setString(2, previous);
                head.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze audit_events");
            }
        }
    }

    private static long readWithoutHashing(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement read = c.prepareStatement("select seq, occurred_at, username, actor_role, action, "
                    + "case_id, object_ref, details, prev_hash, hash from audit_events order by seq")) {
                read.setFetchSize(10_000);
                long rows = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(2, OffsetDateTime.class);
                        rs.getString(8);
                        rows++;
                    }
                }
                c.commit();
                return rows;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- intake latency ------------------------------------------------------------------------

    /** Percentiles in milliseconds over every answer; {@code failed} answers were not the expected status. */
    record Latency(double p50, double p99, int failed, int total, String failures) {

        String cell() {
            String cell = String.format(Locale.ROOT, "%.1f / %.1f ms", p50, p99);
            return failed == 0 ? cell : cell + String.format(Locale.ROOT, " (%,d of %,d answered %s)", failed, total,
                    failures);
        }
    }

    record Latencies(Latency intake1, Latency health1, Latency intake50, Latency health50, Latency intakePaced,
            Latency healthPaced) {
    }

    /** The paced measure: each of 50 clients submits once every this many milliseconds. */
    private static final long PACE_MILLIS = 1_000;

    private Latencies latencies(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString("demo-clerk:demo".getBytes(StandardCharsets.UTF_8));
        ObjectNode template;
        try (InputStream in = RogatoryApplication.class.getResourceAsStream(DEMO_REQUEST)) {
            template = (ObjectNode) json.readTree(in);
        }
        Supplier<HttpRequest> intake = () -> {
            ObjectNode request = template.deepCopy();
            request.put("foreignReference", "BENCH-" + references.incrementAndGet());
            unrelated(request);
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/requests"))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build();
        };
        Supplier<HttpRequest> health = () -> HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).GET().build();
        measure(http, intake, 1, 200, 201, 0);
        measure(http, health, 1, 200, 200, 0);
        List<Latency> intake1 = new ArrayList<>();
        List<Latency> health1 = new ArrayList<>();
        List<Latency> intake50 = new ArrayList<>();
        List<Latency> health50 = new ArrayList<>();
        List<Latency> intakePaced = new ArrayList<>();
        List<Latency> healthPaced = new ArrayList<>();
        for (int run = 0; run < LATENCY_RUNS; run++) {
            intake1.add(measure(http, intake, 1, 100, 201, 0));
            health1.add(measure(http, health, 1, 300, 200, 0));
            intake50.add(measure(http, intake, 50, 500, 201, 0));
            health50.add(measure(http, health, 50, 1_000, 200, 0));
            intakePaced.add(measure(http, intake, 50, 500, 201, PACE_MILLIS));
            healthPaced.add(measure(http, health, 50, 1_000, 200, PACE_MILLIS));
        }
        return new Latencies(medianLatency(intake1), medianLatency(health1), medianLatency(intake50),
                medianLatency(health50), medianLatency(intakePaced), medianLatency(healthPaced));
    }

    /**
     * Makes a copy of the case-study request a stranger to the others: its own people (random names,
     * no birth date), no complainant, no case numbers. Copies of one request would all be related
     * cases of each other, and each intake would report every earlier one.
     */
    private static void unrelated(ObjectNode request) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (var person : request.withArray("persons")) {
            ObjectNode p = (ObjectNode) person;
            p.remove("birthDate");
            p.putArray("names").addObject().put("full", randomWord(random) + " " + randomWord(random));
        }
        request.putArray("organisations");
        request.putArray("relatedReferences");
        request.put("facts", "The suspect " + randomWord(random) + " is said to have moved funds of a company abroad "
                + "through accounts held by relatives, and the requesting authority asks for the documents kept at "
                + "the home address named below, in order to establish the amounts and the persons involved in the "
                + "transfers, for the investigation it conducts.");
    }

    private static String randomWord(ThreadLocalRandom random) {
        StringBuilder word = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 7 + random.nextInt(4); i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /**
     * {@code total} requests from {@code clients} concurrent clients; the latency percentiles in
     * milliseconds. With {@code paceMillis} 0 each client sends as soon as its answer came (the server
     * saturated: latency is mostly queueing); otherwise each client sends on a fixed schedule, one
     * request every {@code paceMillis} from a random offset, and latency counts from the scheduled
     * time, so a server that falls behind is charged for the wait (no coordinated omission).
     */
    private static Latency measure(HttpClient http, Supplier<HttpRequest> request, int clients, int total,
            int expectedStatus, long paceMillis) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        Set<Integer> failures = Collections.synchronizedSet(new TreeSet<>());
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long offset = paceMillis == 0 ? 0 : ThreadLocalRandom.current()
                        .nextLong(paceMillis * 1_000_000);
                long origin = System.nanoTime();
                done.add(pool.submit(() -> {
                    for (int i = 0; i < total / clients; i++) {
                        HttpRequest r = request.get();
                        long start = System.nanoTime();
                        if (paceMillis > 0) {
                            start = origin + offset + i * paceMillis * 1_000_000;
                            long wait = start - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                        }
                        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - start) / 1e6);
                        if (response.statusCode() != expectedStatus) {
                            failed.incrementAndGet();
                            failures.add(response.statusCode());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Latency(percentile(sorted, 0.50), percentile(sorted, 0.99), failed.get(), sorted.size(),
                failures.toString());
    }

    // ---- plumbing ------------------------------------------------------------------------------

    private static ConfigurableApplicationContext start(EmbeddedPostgres postgres) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database bench");
        }
        // as command-line arguments, which win over application.properties
        return new SpringApplicationBuilder(RogatoryApplication.class).run(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "bench"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--server.port=0",
                "--rogatory.demo.users=true",
                "--logging.level.root=WARN");
    }

    private static String version(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long scalar(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static Latency medianLatency(List<Latency> runs) {
        return new Latency(median(runs.stream().map(Latency::p50).toList()),
                median(runs.stream().map(Latency::p99).toList()), runs.stream().mapToInt(Latency::failed).sum(),
                runs.stream().mapToInt(Latency::total).sum(),
                runs.stream().map(Latency::failures).filter(f -> !f.equals("[]")).distinct().toList().toString());
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private String report(double load, String postgresVersion, List<Appends> appends, Verify v, Latencies l) {
        Appends a = appends.get(0);
        Appends off = appends.get(1);
        return String.format(Locale.ROOT, """
                ## core: audit log and intake on PostgreSQL

                `./rogatory bench core`, %s. Machine: %d cores, %s %s, Java %s, load average %.1f when the run began \
                (the machine is shared with other builds, so figures vary between runs). PostgreSQL %s (embedded, \
                `synchronous_commit=on`: every commit waits for its WAL flush). Medians of %d runs (appends) and \
                %d runs (verify, latency); each figure beside its baseline from the same run.

                | measure | Rogatory | baseline, same run | goal |
                |---|---|---|---|
                | audit appends, 1 client, one transaction each | %,.0f /s | plain `INSERT` (no hash, no head lock): %,.0f /s | ≥ 5,000 /s |
                | audit appends, 8 clients, one transaction each | %,.0f /s | plain `INSERT`: %,.0f /s | |
                | audit appends, 1 client, %d events per transaction | %,.0f /s | plain `INSERT`s, %d per transaction: %,.0f /s | ≥ 5,000 /s |
                | the same with `synchronous_commit=off`, 1 client | %,.0f /s | plain `INSERT`: %,.0f /s | |
                | the same with `synchronous_commit=off`, 8 clients | %,.0f /s | plain `INSERT`: %,.0f /s | |
                | audit verify, %,d events | %.1f s (ok: %s) | `SELECT count(*)`: %.2f s; reading every row without hashing: %.1f s | ≤ 10 s |
                | intake `POST /api/v1/requests`, 1 client, p50 / p99 | %s | `GET /actuator/health`: %s | |
                | intake `POST /api/v1/requests`, 50 clients back to back (saturated), p50 / p99 | %s | `GET /actuator/health`: %s | p99 ≤ 100 ms |
                | intake `POST /api/v1/requests`, 50 clients, each once a second, p50 / p99 | %s | `GET /actuator/health`: %s | p99 ≤ 100 ms |

                An append is one transaction of its own here; in the application it is part of the transaction that \
                reads or writes, at its end. Appends serialise on the audit head until commit (that keeps the chain \
                free of forks and gaps), so with durable commits each one waits for its own WAL flush and concurrent \
                clients gain nothing from group commit. What a transaction appends shares its commit: the batched \
                row is the rate when each transaction writes %d events, as one decision writes its record, its \
                move and its assignment. Fifty clients back to back keep both cores busy, so their latency is time \
                spent queueing (the health check queues as well); fifty clients each submitting once a second is \
                50 requests/s, far beyond a central authority's load, with latency counted from when each request \
                was due. Every intake registers a new case (the case-study request with random people, no complainant \
                and no case numbers, so that the copies are not related cases of each other), and screening reads \
                and indexes the names of every registered case (RELATED_CASE, PRIOR_REFUSAL), so an intake costs \
                more as the cases pile up: the runs above register some %,d cases. An intake is validation against the schema, screening, the \
                case's rows and four audit events, in one transaction.
                """,
                java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), load, postgresVersion, RUNS,
                VERIFY_RUNS,
                a.perSecond(), a.plainPerSecond(), a.perSecond8(), a.plainPerSecond8(),
                BATCH, a.batchedPerSecond(), BATCH, a.plainBatchedPerSecond(),
                off.perSecond(), off.plainPerSecond(), off.perSecond8(), off.plainPerSecond8(),
                v.events(), v.seconds(), v.ok(), v.countSeconds(), v.readSeconds(),
                l.intake1().cell(), l.health1().cell(), l.intake50().cell(), l.health50().cell(),
                l.intakePaced().cell(), l.healthPaced().cell(), BATCH, references.get());
    }
}
