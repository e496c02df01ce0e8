package com.cosell.backend.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The whole backend, called as the demo users through {@link Api}, with the database at hand to check or arrange. */
@BackendTest
public abstract class ApiTestBase {

    @Autowired
    protected WebTestClient client;

    @Autowired
    protected DatabaseClient db;

    protected Api api;

    @BeforeEach
    void connectApi() {
        api = new Api(client);
    }
}
