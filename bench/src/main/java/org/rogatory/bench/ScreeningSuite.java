package org.rogatory.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.rogatory.RogatoryApplication;
import org.rogatory.audit.Actor;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.matching.RegisterCsv;
import org.rogatory.matching.RegisterEntry;
import org.rogatory.screening.ReferenceImports;
import org.rogatory.screening.RequestJson;
import org.rogatory.screening.ScreeningService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ./rogatory bench screening}: importing a register of 100,000 persons into PostgreSQL (read,
 * checked row by row, written, audited), beside reading the same file without writing it and writing
 * the same rows with plain batch inserts, in the same run; and the first screening after the import,
 * which indexes the register's names, beside a screening once they are indexed. Medians of several runs.
 */
final class ScreeningSuite implements Benchmarks.Suite {

    private static final int ROWS = 100_000;
    private static final int RUNS = 3;
    private static final String REQUEST = "/demo/01-kz-refugee-lawyer-home-search-case-analogue.json";
    private static final String[] SYLLABLES = {"ka", "ra", "mo", "sa", "li", "na", "ve", "dor", "tan", "bek",
            "ov", "ova", "ul", "zha", "mir", "gul", "has", "san", "ri", "ko", "el", "an", "yu", "sup", "ne", "ta"};
    private static final String[] CATEGORIES = {"REFUGEE", "SUBSIDIARY_PROTECTION", "ASYLUM_APPLICANT", "LAWYER",
            "JOURNALIST", "DOCTOR", "HUMAN_RIGHTS_DEFENDER"};
    private static final String[] STATES = {"KZ", "UZ", "TJ", "RU", "BY", "EG", "IR", "CN", "TR", "AZ"};

    record Figures(double importSeconds, double readSeconds, double plainInsertSeconds, double firstScreeningSeconds,
            double screeningSeconds) {
    }

    @Override
    public String run(String[] args) throws Exception {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        byte[] register = register(ROWS, new Random(42));
        CooperationRequest request;
        try (var in = ScreeningSuite.class.getResourceAsStream(REQUEST)) {
            request = RequestJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<Figures> runs = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start()) {
            try (ConfigurableApplicationContext app = start(postgres)) {
                ReferenceImports imports = app.getBean(ReferenceImports.class);
                ScreeningService screening = app.getBean(ScreeningService.class);
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                jdbc.execute("create table bench_register (id varchar(64) primary key, categories varchar, names varchar, "
                        + "birth_date varchar(10), nationalities varchar, persecuting_states varchar, since varchar(10), "
                        + "note varchar)");
                imports.importFile(ReferenceImports.Kind.REGISTER, "warm-up.csv", register, Actor.system(), n -> { });
                for (int run = 0; run < RUNS; run++) {
                    long t0 = System.nanoTime();
                    imports.importFile(ReferenceImports.Kind.REGISTER, "register-100k.csv", register, Actor.system(),
                            n -> { });
                    long t1 = System.nanoTime();
                    screening.screen(request);
                    long t2 = System.nanoTime();
                    screening.screen(request);
                    long t3 = System.nanoTime();
                    List<RegisterEntry> entries = RegisterCsv.read(new StringReader(
                            new String(register, StandardCharsets.UTF_8)), "register-100k.csv");
                    long t4 = System.nanoTime();
                    plainInsert(jdbc, entries);
                    long t5 = System.nanoTime();
                    runs.add(new Figures(seconds(t0, t1), seconds(t3, t4), seconds(t4, t5), seconds(t1, t2),
                            seconds(t2, t3)));
                }
            }
        }
        return report(load, medians(runs));
    }

    /** A synthetic register in the file format: names of two or three made-up words, dates, categories. */
    static byte[] register(int rows, Random random) {
        StringBuilder csv = new StringBuilder("id,categories,names,birth_date,nationalities,persecuting_states,since,note\n");
        for (int i = 1; i <= rows; i++) {
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String state = STATES[random.nextInt(STATES.length)];
            boolean protection = category.equals("REFUGEE") || category.equals("SUBSIDIARY_PROTECTION")
                    || category.equals("ASYLUM_APPLICANT");
            csv.append("B-").append(i).append(',').append(category).append(',')
                    .append(word(random)).append(' ').append(word(random))
                    .append(random.nextBoolean() ? " " + word(random) : "").append(',')
                    .append(1940 + random.nextInt(65)).append('-').append(String.format(Locale.ROOT, "%02d-%02d",
                            1 + random.nextInt(12), 1 + random.nextInt(28))).append(',')
                    .append(state).append(',').append(protection ? state : "").append(',')
                    .append(2000 + random.nextInt(25)).append(",synthetic\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void plainInsert(JdbcTemplate jdbc, List<RegisterEntry> entries) {
        jdbc.execute("delete from bench_register");
        for (int from = 0; from < entries.size(); from += 1_000) {
            List<RegisterEntry> batch = entries.subList(from, Math.min(entries.size(), from + 1_000));
            jdbc.batchUpdate("insert into bench_register values (?, ?, ?, ?, ?, ?, ?, ?)", batch, batch.size(), (ps, e) -> {
                ps.setString(1, e.id());
                ps.setString(2, String.join("|", e.categories()));
                ps.setString(3, String.join("|", e.names()));
                ps.setString(4, e.birthDate());
                ps.setString(5, String.join("|", e.nationalities()));
                ps.setString(6, String.join("|", e.persecutingStates()));
                ps.setString(7, e.since());
                ps.setString(8, e.note());
            });
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres postgres) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database bench");
        }
        // arguments, not default properties: those would lose to application.properties (the embedded H2)
        return new SpringApplicationBuilder(RogatoryApplication.class)
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "bench"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=WARN");
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static Figures medians(List<Figures> runs) {
        return new Figures(median(runs.stream().map(Figures::importSeconds).toList()),
                median(runs.stream().map(Figures::readSeconds).toList()),
                median(runs.stream().map(Figures::plainInsertSeconds).toList()),
                median(runs.stream().map(Figures::firstScreeningSeconds).toList()),
                median(runs.stream().map(Figures::screeningSeconds).toList()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String report(double load, Figures f) {
        return String.format(Locale.ROOT, """
                ## screening: reference data imports on PostgreSQL

                `./rogatory bench screening`, %s. Machine: %d cores, %s %s, Java %s, load average %.1f when the run \
                began (the machine is shared with other builds, so figures vary between runs). PostgreSQL embedded, \
                `synchronous_commit=on`. A synthetic register of %,d persons (%.1f MB); medians of %d runs, each figure \
                beside its baseline from the same run.

                | measure | Rogatory | baseline, same run | goal |
                |---|---|---|---|
                | import of %,d register rows (read, checked row by row, table replaced, audited, in one transaction) | %.1f s (%,.0f rows/s) | reading and checking the file only: %.1f s; plain batch `INSERT` of the same rows: %.1f s | ≤ 30 s |
                | first screening after the import (indexes the register's names) | %.1f s | a screening once indexed: %.2f s | |

                The import itself does not index names; the first screening after it does, once, for every later one.
                """,
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), load, ROWS,
                register(ROWS, new Random(42)).length / 1e6, RUNS, ROWS, f.importSeconds(), ROWS / f.importSeconds(),
                f.readSeconds(), f.plainInsertSeconds(), f.firstScreeningSeconds(), f.screeningSeconds());
    }
}
