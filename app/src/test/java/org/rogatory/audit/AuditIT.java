package org.rogatory.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.Cases;
import org.rogatory.support.Fixtures;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

@PostgresIT
class AuditIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void concurrentAppendsNeitherForkNorLeaveGaps() throws Exception {
        long before = events();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                writers.add(() -> {
                    for (int i = 0; i < 50; i++) {
                        int n = i;
                        transactions.executeWithoutResult(tx -> audit.record(new Actor("writer-" + writer, "CLERK"),
                                "case.read", "case-" + writer, null, Map.of("n", n)));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(events()).isEqualTo(before + 400);
        assertThat(jdbc.sql("select count(distinct prev_hash) from audit_events").query(Long.class).single())
                .isEqualTo(events());
        assertThat(jdbc.sql("select max(seq) from audit_events").query(Long.class).single()).isEqualTo(events());
        assertThat(AuditVerifier.verify(dataSource).ok()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditEvents() throws Exception {
        transactions.executeWithoutResult(tx -> audit.record(Actor.system(), "case.read", null, null, Map.of()));
        assertThatThrownBy(() -> jdbc.sql("update audit_events set username = 'someone-else'").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_events").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate table audit_events cascade").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(AuditVerifier.verify(dataSource).ok()).isTrue();
    }

    @Test
    void anAppendOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record(Actor.system(), "case.read", null, null, Map.of()))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void aDecisionThatFailsMidwayLeavesNoDecisionNoMoveAndNoAuditEvent() throws Exception {
        Cases cases = new Cases(Api.at(port));
        String id = cases.register(Fixtures.BENIGN);
        long version = cases.read("demo-central", id).get("version").asLong();
        String forward = Api.json(cases.answeringAll("demo-central", id, "FORWARD"));
        long before = events();
        // the last write of the transaction, the audit event, fails: everything before it must go too
        failInsertsInto("audit_events", "NEW.case_id = '" + id + "' and NEW.action = 'decision.recorded'");
        try {
            Answer answer = Api.at(port).as("demo-central").post("/api/v1/requests/" + id + "/decisions", forward);
            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.body().toString()).doesNotContain("Exception", "at org.", "SQL");
        } finally {
            stopFailing("audit_events");
        }
        assertThat(events()).isEqualTo(before);
        assertThat(count("select count(*) from decisions where case_id = ?", id)).isZero();
        assertThat(count("select count(*) from decision_dispositions d join decisions x on x.id = d.decision_id "
                + "where x.case_id = ?", id)).isZero();
        assertThat(count("select count(*) from case_assignments where case_id = ? and username = 'demo-central'", id))
                .isZero();
        var read = cases.read("demo-central", id);
        assertThat(read.get("state").asString()).isEqualTo("CENTRAL_AUTHORITY_REVIEW");
        assertThat(read.get("version").asLong()).isEqualTo(version);
        assertThat(AuditVerifier.verify(dataSource).ok()).isTrue();
    }

    @Test
    void aRegistrationThatFailsMidwayLeavesNoCaseNoFindingAndNoAuditEvent() throws Exception {
        ObjectNode request = Fixtures.fresh(Fixtures.CASE_STUDY);
        request.put("foreignReference", "FAIL-MIDWAY-" + request.get("foreignReference").asString());
        long before = events();
        long cases = count("select count(*) from cases");
        long versions = count("select count(*) from case_request_versions");
        // findings are written after the case, its first version and its first audit event
        failInsertsInto("case_findings", "exists (select 1 from cases c where c.id = NEW.case_id "
                + "and c.foreign_reference like 'FAIL-MIDWAY-%')");
        try {
            assertThat(Api.at(port).as("demo-clerk").post("/api/v1/requests", Api.json(request)).status())
                    .isEqualTo(500);
        } finally {
            stopFailing("case_findings");
        }
        assertThat(events()).isEqualTo(before);
        assertThat(count("select count(*) from cases")).isEqualTo(cases);
        assertThat(count("select count(*) from case_request_versions")).isEqualTo(versions);
        assertThat(AuditVerifier.verify(dataSource).ok()).isTrue();
        assertThat(Api.at(port).as("demo-clerk").post("/api/v1/requests", Api.json(request)).status()).isEqualTo(201);
    }

    void failInsertsInto(String table, String condition) {
        jdbc.sql("""
                create or replace function fail_midway() returns trigger language plpgsql as $$
                begin
                    if %s then
                        raise exception 'failing midway on purpose';
                    end if;
                    return NEW;
                end $$""".formatted(condition)).update();
        jdbc.sql("create trigger fail_midway before insert on " + table
                + " for each row execute function fail_midway()").update();
    }

    void stopFailing(String table) {
        jdbc.sql("drop trigger fail_midway on " + table).update();
        jdbc.sql("drop function fail_midway()").update();
    }

    long events() {
        return count("select count(*) from audit_events");
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
