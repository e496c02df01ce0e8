package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Referrals with long names and large values in both of bob's lists, made once per test JVM through
 * the API (the test stack starts without demo data): what the list must show whole.
 */
final class Seed {

    static final String OWN_DEAL = "Woodgrove Bank data platform modernisation and analytics rollout";
    static final String INBOUND = "Northwind Traders hybrid cloud migration with managed security operations";
    private static boolean done;

    private Seed() {}

    static synchronized void ensure(LocalStack stack) throws Exception {
        if (done) {
            return;
        }
        String close = Instant.now()
                .plus(90, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        created(Tokens.call(
                stack.settings(), "bob", "POST", "/v1.0/engagements/referrals", """
                {"name": "%s", "type": "Independent",
                 "customerProfile": {"name": "Woodgrove Bank International Holdings",
                   "address": {"addressLine1": "100 Teheran-ro", "city": "Seoul", "postalCode": "06142", "country": "KR"},
                   "team": [{"firstName": "Jin", "lastName": "Seo", "phoneNumber": "+82 2 555 0100", "email": "jin.seo@woodgrove.example"}]},
                 "consent": {"consentToContact": true},
                 "details": {"dealValue": 590000, "currency": "USD", "closingDateTime": "%s",
                   "requirements": {"solutions": [{"id": "00000000-0000-4000-8000-000000000201"}]}},
                 "team": [{"firstName": "Bob", "lastName": "Lee", "phoneNumber": "+82 10 1234 5678", "email": "bob@contoso.example.com"}]}""".formatted(OWN_DEAL, close)));
        created(Tokens.call(
                stack.settings(), "mia", "POST", "/v1.0/engagements/referrals", """
                {"name": "%s", "target": ["contoso"],
                 "customerProfile": {"name": "Northwind Traders Asia Pacific",
                   "address": {"city": "San Francisco", "country": "US"}},
                 "details": {"dealValue": 1250000, "currency": "USD", "closingDateTime": "%s"}}""".formatted(INBOUND, close)));
        done = true;
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
