package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.Users;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What a client controls is bounded, and the answer says the bound: page size, filter size and body size. */
@BackendTest
class ClientBoundsApiTest {

    @Autowired
    WebTestClient client;

    @Test
    void pageSize() {
        Api api = new Api(client);
        api.get("bob", REFERRALS + "?$top=200").expectStatus().isOk();
        refused(api, "$top=201", "$top must be between 1 and 200, not 201.");
    }

    @Test
    void filterComplexity() {
        Api api = new Api(client);
        String fifty = String.join(" or ", Collections.nCopies(50, "name eq 'a'"));
        api.get("bob", REFERRALS + "?$filter=" + fifty).expectStatus().isOk();
        refused(api, "$filter=" + fifty + " or name eq 'b'", "Filter has more than 50 terms; the one at position 751");
        refused(
                api,
                "$filter=" + "(".repeat(21) + "name eq 'a'" + ")".repeat(21),
                "Filter nests deeper than 20 levels");
        refused(api, "$filter=name eq '" + "x".repeat(2000) + "'", "at most 2000 are allowed");
    }

    @Test
    void bodySize() {
        String body = Deals.privateDeal("Padded")
                .replace("\"name\"", "\"externalReferenceId\": \"" + "x".repeat(300 * 1024) + "\", \"name\"");
        String detail = new String(client.post()
                .uri(REFERRALS)
                .headers(h -> h.setBearerAuth(Users.token("bob")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .returnResult()
                .getResponseBody());
        assertThat(detail).contains("The body is larger than 256 KB (262144 bytes)");
    }

    private static void refused(Api api, String query, String detail) {
        api.get("bob", REFERRALS + "?" + query)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains(detail));
    }
}
