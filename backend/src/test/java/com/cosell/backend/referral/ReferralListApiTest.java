package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The OData subset over HTTP: filters, order, paging with nextLink, counts — within one organisation. */
@BackendTest
class ReferralListApiTest {

    @Autowired
    WebTestClient client;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }

    @Test
    void pagesThroughAFilteredSortedListWithNextLinksAndCount() {
        String tag = "Paging " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 7; i++) {
            api.create("bob", Deals.privateDeal(tag + " " + i));
        }
        String first = REFERRALS + "?$filter=" + "startswith(name,'" + tag + "')"
                + "&$orderby=name desc&$top=3&$count=true";
        List<String> names = new ArrayList<>();
        String next = first;
        int pages = 0;
        while (next != null) {
            JsonNode page = api.read("bob", next);
            assertThat(page.get("@odata.count").asLong()).isEqualTo(7);
            page.get("value").forEach(r -> names.add(r.get("name").asString()));
            next = page.has("@odata.nextLink") ? page.get("@odata.nextLink").asString() : null;
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(names).containsExactly(tag + " 6", tag + " 5", tag + " 4", tag + " 3", tag + " 2", tag + " 1",
                tag + " 0");
    }

    @Test
    void filtersByStageDirectionValueAndCustomer() {
        String tag = "Filters " + UUID.randomUUID().toString().substring(0, 8);
        api.create("bob", Deals.privateDeal(tag + " own"));
        String engagement = api.create("mia", Deals.sellerReferral(tag + " inbound", "contoso"))
                .get("engagementId").asString();

        JsonNode inbound = api.read("bob", REFERRALS + "?$filter=direction eq 'Incoming' and status eq 'New' "
                + "and contains(name,'" + tag + "')").get("value");
        assertThat(inbound).hasSize(1);
        assertThat(inbound.get(0).get("engagementId").asString()).isEqualTo(engagement);

        JsonNode big = api.read("bob", REFERRALS + "?$filter=details/dealValue ge 100000 and contains(name,'"
                + tag + "')").get("value");
        assertThat(big).hasSize(1);
        assertThat(big.get(0).get("name").asString()).isEqualTo(tag + " own");

        JsonNode byCustomer = api.read("bob", REFERRALS + "?$filter=contains(customerProfile/name,'northwind') "
                + "and contains(name,'" + tag + "')").get("value");
        assertThat(byCustomer).hasSize(1);
    }

    @Test
    void noFilterEscapesTheCallersOrganisation() {
        String carols = api.create("carol", Deals.privateDeal("Fabrikam secret").replace(Deals.CONTOSO_ANALYTICS,
                "00000000-0000-4000-8000-000000000301")).get("id").asString();
        for (String filter : List.of("id eq " + carols, "id eq " + carols + " or name ne ''",
                "not (name eq 'nothing') or id eq " + carols, "(id eq " + carols + ") or (name ne 'zz')",
                "contains(name,'Fabrikam secret')")) {
            JsonNode page = api.read("bob", REFERRALS + "?$filter=" + filter + "&$count=true&$top=200");
            page.get("value").forEach(r -> assertThat(r.get("organizationId").asString()).isEqualTo("contoso"));
            page.get("value").forEach(r -> assertThat(r.get("id").asString()).isNotEqualTo(carols));
        }
    }
}
