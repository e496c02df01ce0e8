package com.cosell.backend.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Notifications reach the organization concerned, and only it; read state is per user. */
class NotificationApiTest extends ApiTestBase {

    private static final String N = "/v1.0/notifications";

    @Test
    void aReferralAndItsAnswerNotifyTheReceiverAndThenTheSenderOnly() {
        String name = "Notify " + System.nanoTime();
        String engagement = api.create("mia", Deals.sellerReferral(name, "contoso"))
                .get("engagementId")
                .asString();

        JsonNode inbound = only(about("bob", name));
        assertThat(inbound.get("kind").asString()).isEqualTo("NEW_INBOUND");
        assertThat(inbound.get("otherOrganization").asString()).isEqualTo("Microsoft");
        assertThat(inbound.get("read").asBoolean()).isFalse();
        assertThat(about("carol", name)).isEmpty();
        assertThat(about("mia", name)).isEmpty();

        String received = api.engagement("bob", engagement).get(0).get("id").asString();
        api.patch("bob", received, Deals.declinePatch("NotACustomer"), null)
                .expectStatus()
                .isOk();

        JsonNode declined = only(about("mia", name));
        assertThat(declined.get("kind").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("reason").asString()).isEqualTo("NotACustomer");
        assertThat(declined.get("otherOrganization").asString()).isEqualTo("Contoso Ltd.");
        assertThat(about("bob", name)).hasSize(1);
        assertThat(about("carol", name)).isEmpty();
    }

    @Test
    void theVendorEngagingTellsThePartnerAndAPrivateDealNotifiesNobody() {
        String name = "Engage " + System.nanoTime();
        JsonNode deal = api.create("alice", Deals.sharedDeal(name, true));
        assertThat(only(about("mia", name)).get("kind").asString()).isEqualTo("NEW_INBOUND");
        String request = api.engagement("mia", deal.get("engagementId").asString())
                .get(0)
                .get("id")
                .asString();
        api.patch("mia", request, Deals.acceptPatch(name), null).expectStatus().isOk();

        // alice's deal: the notification is hers (its owner's and the admins'), not every referral admin's.
        assertThat(about("bob", name)).isEmpty();
        JsonNode engaged = only(about("alice", name));
        assertThat(engaged.get("kind").asString()).isEqualTo("VENDOR_ENGAGED");
        assertThat(engaged.get("referralId").asString())
                .isEqualTo(deal.get("id").asString());

        String secret = "Private " + System.nanoTime();
        api.create("bob", Deals.privateDeal(secret));
        for (String user : List.of("alice", "bob", "carol", "mia")) {
            assertThat(about(user, secret)).as(user).isEmpty();
        }
    }

    @Test
    void readStateIsPerUserAndPagesCarryTheUnreadCount() {
        for (int i = 0; i < 3; i++) {
            api.create("mia", Deals.sellerReferral("Paging " + i, "fabrikam"));
        }
        api.post("carol", N + "/read-all", "").expectStatus().isNoContent();
        assertThat(page("carol", "?top=2").get("unreadCount").asLong()).isZero();
        String name = "Unread " + System.nanoTime();
        api.create("mia", Deals.sellerReferral(name, "fabrikam"));
        JsonNode first = page("carol", "?top=2");
        assertThat(first.get("unreadCount").asLong()).isEqualTo(1);
        assertThat(first.get("value")).hasSize(2);
        assertThat(first.get("@odata.nextLink").asString()).isEqualTo(N + "?top=2&skip=2");
        JsonNode newest = first.get("value").get(0);
        assertThat(newest.get("referralName").asString()).isEqualTo(name);

        api.post("carol", N + "/" + newest.get("id").asString() + "/read", "")
                .expectStatus()
                .isNoContent();
        assertThat(page("carol", "").get("unreadCount").asLong()).isZero();
        assertThat(page("carol", "").get("value").get(0).get("read").asBoolean())
                .isTrue();
        // Another organization cannot touch it: it does not exist for them.
        api.post("bob", N + "/" + newest.get("id").asString() + "/read", "")
                .expectStatus()
                .isNotFound();
        api.get("dave", N).expectStatus().isForbidden();
        api.get("carol", N + "?top=0").expectStatus().isBadRequest();
    }

    private JsonNode page(String user, String query) {
        return api.read(user, N + query);
    }

    private List<JsonNode> about(String user, String referralName) {
        JsonNode value = api.read(user, N + "?top=100").get("value");
        return StreamSupport.stream(value.spliterator(), false)
                .filter(n -> referralName.equals(n.path("referralName").asString()))
                .toList();
    }

    private static JsonNode only(List<JsonNode> notifications) {
        assertThat(notifications).hasSize(1);
        return notifications.getFirst();
    }
}
