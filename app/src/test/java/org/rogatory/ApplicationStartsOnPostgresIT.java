package org.rogatory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIT
class ApplicationStartsOnPostgresIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnARealPostgresServer() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
    }
}
