package org.rogatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rogatory.support.Api;
import org.rogatory.support.CaseStudyWalk;
import org.rogatory.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The main flow on the embedded H2 database that {@code serve} and {@code demo} use by default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1",
        "rogatory.demo.users=true", "rogatory.audit.signing-key="})
class H2SmokeIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCaseStudyWalksThroughTheChainOnH2() {
        CaseStudyWalk.walk(Api.at(port));
    }

    @Test
    void aRequestSentTwiceIsRegisteredOnceOnH2() {
        String request = Api.json(Fixtures.fresh(Fixtures.BENIGN));
        Api clerk = Api.at(port).as("demo-clerk");
        assertThat(clerk.post("/api/v1/requests", request).status()).isEqualTo(201);
        assertThat(clerk.post("/api/v1/requests", request).status()).isEqualTo(200);
    }

    @Test
    void theAuditLogRefusesChangesOnH2() {
        Api.at(port).as("demo-central").get("/api/v1/requests");
        assertThatThrownBy(() -> jdbc.sql("update audit_events set username = 'x'").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from audit_events").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("truncate table audit_events").update())
                .isInstanceOf(DataAccessException.class);
    }
}
