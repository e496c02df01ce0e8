package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OData subset over HTTP: filters, order, paging with nextLink, counts — within one organization. */
class ReferralListApiTest extends ApiTestBase {

    @Test
    void pagesThroughAFilteredSortedListWithNextLinksAndCount() {
        String tag = "Paging " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 7; i++) {
            api.create("bob", Deals.privateDeal(tag + " " + i));
        }
        String first =
                REFERRALS + "?$filter=" + "startswith(name,'" + tag + "')" + "&$orderby=name desc&$top=3&$count=true";
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
        assertThat(names)
                .containsExactly(tag + " 6", tag + " 5", tag + " 4", tag + " 3", tag + " 2", tag + " 1", tag + " 0");
    }

    @Test
    void filtersByStageDirectionValueAndCustomer() {
        String tag = "Filters " + UUID.randomUUID().toString().substring(0, 8);
        api.create("bob", Deals.privateDeal(tag + " own"));
        String engagement = api.create("mia", Deals.sellerReferral(tag + " inbound", "contoso"))
                .get("engagementId")
                .asString();

        JsonNode inbound = api.read(
                        "bob",
                        REFERRALS + "?$filter=direction eq 'Incoming' and status eq 'New' " + "and contains(name,'"
                                + tag + "')")
                .get("value");
        assertThat(inbound).hasSize(1);
        assertThat(inbound.get(0).get("engagementId").asString()).isEqualTo(engagement);

        JsonNode big = api.read(
                        "bob", REFERRALS + "?$filter=details/dealValue ge 100000 and contains(name,'" + tag + "')")
                .get("value");
        assertThat(big).hasSize(1);
        assertThat(big.get(0).get("name").asString()).isEqualTo(tag + " own");

        JsonNode byCustomer = api.read(
                        "bob",
                        REFERRALS + "?$filter=contains(customerProfile/name,'northwind') " + "and contains(name,'" + tag
                                + "')")
                .get("value");
        assertThat(byCustomer).hasSize(1);
    }

    @Test
    void filtersByATeamMembersEmailIgnoringItsCaseInEitherTeamAndNeverAcrossOrganizations() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String seller = "r2d2." + tag + "@contoso.example.com";
        String contact = "Jin.Seo." + tag + "@Woodgrove.example";
        String shared = api.create("bob", withTeam(Deals.sharedDeal("Team " + tag, true), seller, contact))
                .get("id")
                .asString();
        api.create("bob", Deals.privateDeal("Team " + tag + " other"));
        // Another organization's referral with the same people on it.
        String carols = api.create(
                        "carol",
                        withTeam(Deals.privateDeal("Team " + tag + " carol"), seller, contact)
                                .replace(Deals.CONTOSO_ANALYTICS, "00000000-0000-4000-8000-000000000301"))
                .get("id")
                .asString();

        // Partner Center's own example, the address capitalised unlike the stored one.
        assertThat(ids(
                        "bob",
                        "status eq 'Active' and direction eq 'Outgoing' and type eq 'Shared' and "
                                + "team/any(t:t/email eq '" + seller.toUpperCase() + "')"))
                .containsExactly(shared);
        assertThat(ids("bob", "customerProfile/team/any(c:c/email eq '" + contact.toLowerCase() + "')"))
                .containsExactly(shared);
        assertThat(ids(
                        "bob",
                        "customerProfile/team/any(c:endswith(c/email,'" + tag + "@WOODGROVE.example')"
                                + " and c/firstName eq 'Jin') and team/all(t:t/lastName eq 'Lee')"))
                .containsExactly(shared);
        assertThat(ids("carol", "team/any(t:t/email eq '" + seller + "')")).containsExactly(carols);
        assertThat(ids(
                        "bob",
                        "team/any(t:t/email eq '" + seller + "') or customerProfile/team/any(c:c/email eq '" + contact
                                + "')"))
                .containsExactly(shared);

        api.get("bob", REFERRALS + "?$filter=team/any(t:t/phone eq '1')")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Unknown field 'phone' of team at position 12; " + "allowed: email, firstName, lastName");
    }

    @Test
    void filtersByAnEngagementIdQuotedOrBare() {
        JsonNode deal = api.create("bob", Deals.privateDeal("Engagement " + UUID.randomUUID()));
        String engagement = deal.get("engagementId").asString();
        String id = deal.get("id").asString();
        assertThat(ids("bob", "engagementId eq '" + engagement + "'")).containsExactly(id);
        assertThat(ids("bob", "engagementId eq " + engagement.toUpperCase())).containsExactly(id);
        assertThat(ids("bob", "id eq '" + id + "' and engagementId eq '" + engagement + "'"))
                .containsExactly(id);
        String malformed = engagement.substring(1);
        api.get("bob", REFERRALS + "?$filter=engagementId eq '" + malformed + "'")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Field 'engagementId' is UUID and needs a GUID such as "
                        + "01234567-89ab-cdef-0123-456789abcdef, but found '" + malformed + "' at position 17");
    }

    /** The ids the filter lists; the count agrees (a lambda is counted from the rows, not the tally). */
    private List<String> ids(String user, String filter) {
        List<String> ids = new ArrayList<>();
        JsonNode page = api.read(user, REFERRALS + "?$filter=" + filter + "&$top=200&$count=true");
        page.get("value").forEach(r -> ids.add(r.get("id").asString()));
        assertThat(page.get("@odata.count").asLong()).as(filter).isEqualTo(ids.size());
        return ids;
    }

    /** The deal with this seller on its team and this contact on the customer's. */
    private static String withTeam(String deal, String seller, String contact) {
        return deal.replace("bob@contoso.example.com", seller).replace("jin.seo@woodgrove.example", contact);
    }

    @Test
    void noFilterEscapesTheCallersOrganization() {
        String carols = api.create(
                        "carol",
                        Deals.privateDeal("Fabrikam secret")
                                .replace(Deals.CONTOSO_ANALYTICS, "00000000-0000-4000-8000-000000000301"))
                .get("id")
                .asString();
        for (String filter : List.of(
                "id eq " + carols,
                "id eq " + carols + " or name ne ''",
                "not (name eq 'nothing') or id eq " + carols,
                "(id eq " + carols + ") or (name ne 'zz')",
                "contains(name,'Fabrikam secret')")) {
            // carol's deal is the newest row: it would be first if it escaped. 200 whole documents outgrow
            // the test client's 256 KB once the suite has made a few hundred contoso deals.
            JsonNode page = api.read("bob", REFERRALS + "?$filter=" + filter + "&$count=true&$top=100");
            page.get("value")
                    .forEach(r -> assertThat(r.get("organizationId").asString()).isEqualTo("contoso"));
            page.get("value").forEach(r -> assertThat(r.get("id").asString()).isNotEqualTo(carols));
        }
    }

    @Test
    void aSellerFindsTheReferralsPartnersDeclinedByTheirStage() {
        String tag = "Standing " + UUID.randomUUID().toString().substring(0, 8);
        JsonNode declined = api.create("mia", Deals.sellerReferral(tag + " declined", "contoso"));
        JsonNode waiting = api.create("mia", Deals.sellerReferral(tag + " waiting", "contoso"));
        String copy = api.engagement("bob", declined.get("engagementId").asString())
                .get(0)
                .get("id")
                .asString();
        api.patch("bob", copy, Deals.declinePatch("TimelineTooShort"), null)
                .expectStatus()
                .isOk();

        String mine = "$filter=direction eq 'Outgoing' and startswith(name,'" + tag + "') and ";
        JsonNode found = api.read(
                "mia", REFERRALS + "?" + mine + "relatedParties/any(p:p/substatus eq 'Declined')" + "&$count=true");
        assertThat(ids(found)).containsExactly(declined.get("id").asString());
        assertThat(found.get("@odata.count").asLong()).isEqualTo(1);
        assertThat(ids(api.read("mia", REFERRALS + "?" + mine + "relatedParties/any(p:p/substatus eq 'Received')")))
                .containsExactly(waiting.get("id").asString());
        // Only the caller's own engagements are looked into: contoso's copy has no other party declining
        assertThat(ids(api.read("bob", REFERRALS + "?$filter=relatedParties/any(p:p/substatus eq 'Declined')")))
                .doesNotContain(copy);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("value").forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }
}
