package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;

/** A test against the shared local stack (one per test JVM): its pages' addresses and what its API answers. */
abstract class StackTest {

    /** The first {@code "id"} of an API answer. */
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = StackFixture.get();
    }

    static String url(String path) {
        return stack.settings().frontendUrl() + path;
    }

    /** mia sends contoso a referral through the API (as an integration would); returns her copy's id. */
    static String miaSends(String name, String customer, String city, String country) throws Exception {
        HttpResponse<String> r =
                Tokens.call(stack.settings(), "mia", "POST", "/v1.0/engagements/referrals", """
                {"name": "%s", "target": ["contoso"],
                 "customerProfile": {"name": "%s", "address": {"city": "%s", "country": "%s"}},
                 "details": {"dealValue": 50000, "currency": "USD", "closingDateTime": "2027-06-30T00:00:00Z"}}""".formatted(
                                name, customer, city, country));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return idOf(r.body());
    }

    /** The same for Northwind Traders of San Francisco. */
    static String miaSends(String name) throws Exception {
        return miaSends(name, "Northwind Traders", "San Francisco", "US");
    }

    /** The first id in an API answer's body; fails the test when there is none. */
    static String idOf(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no id in " + body);
        }
        return m.group(1);
    }
}
