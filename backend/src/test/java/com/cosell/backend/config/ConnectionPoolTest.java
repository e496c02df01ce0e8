package com.cosell.backend.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** Statements reuse pooled connections: without the pool each one opened (and paid for) a new connection. */
@BackendTest
class ConnectionPoolTest {

    @Autowired
    DatabaseClient db;

    @Test
    void statementsReusePooledConnections() {
        Set<Integer> servers = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            servers.add(db.sql("SELECT pg_backend_pid() AS pid")
                    .map(row -> row.get("pid", Integer.class))
                    .one()
                    .block());
        }
        assertThat(servers).hasSizeLessThanOrEqualTo(10);
    }
}
