package com.cosell.backend.referral;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The whole backend, called as the demo users through {@link Api}, with the database at hand to check or arrange. */
@BackendTest
abstract class ReferralApiTestBase {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }
}
