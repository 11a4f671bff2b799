package org.rogatory.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Api;
import org.rogatory.support.Cases;
import org.rogatory.support.Fixtures;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIT
class RefusedOperationsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRoleThatMayNotReadCaseFilesLeavesATraceWhenItTries() {
        String id = new Cases(Api.at(port)).register(Fixtures.BENIGN);
        for (String caller : List.of("demo-oversight", "demo-admin")) {
            assertThat(Api.at(port).as(caller).get("/api/v1/requests/" + id).status()).isEqualTo(403);
        }
        assertThat(Api.at(port).as("demo-oversight").get("/api/v1/requests/" + "x".repeat(300)).status())
                .as("a path naming no case of ours is refused all the same").isEqualTo(403);

        List<Map<String, Object>> refusals = jdbc.sql("select username, case_id, details from audit_events"
                + " where action = 'access.refused' and (case_id = ? or case_id is null) order by seq")
                .param(id).query().listOfRows();
        assertThat(refusals).extracting(row -> row.get("username"))
                .containsSubsequence("demo-oversight", "demo-admin", "demo-oversight");
        assertThat(refusals.stream().filter(row -> id.equals(row.get("case_id")))
                .map(row -> (String) row.get("details")).toList())
                .hasSize(2).allSatisfy(details -> assertThat(details).contains("read_case", "GET /api/v1/requests/" + id));
    }
}
