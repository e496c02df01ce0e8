package com.cosell.frontend.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.event.EventType;
import com.cosell.frontend.backend.PresenceApi.Viewer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LiveMessageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LiveMessage read(String json) {
        return LiveMessage.of(JSON.readTree(json)).orElseThrow();
    }

    @Test
    void aReferralEventBecomesAChangeWithItsActorAndFields() {
        LiveMessage m = read("""
                {"seq": 41, "type": "related-referral-updated", "referralId": "r-1", "engagementId": "e-1",
                 "at": "2026-11-27T10:00:00Z", "actor": {"id": "u-7", "name": "Bob Lee"},
                 "changes": [{"path": "/relatedReferrals/fabrikam/substatus", "from": "Pending", "to": "Accepted"},
                             {"path": "/details", "from": null, "to": {"dealValue": 5}}]}""");

        assertThat(m)
                .isEqualTo(new ReferralChange(
                        41,
                        EventType.RELATED_REFERRAL_UPDATED,
                        "r-1",
                        "e-1",
                        Instant.parse("2026-11-27T10:00:00Z"),
                        "Bob Lee",
                        java.util.List.of(
                                new ReferralChange.FieldChange(
                                        "/relatedReferrals/fabrikam/substatus", "Pending", "Accepted"),
                                new ReferralChange.FieldChange("/details", null, "{\"dealValue\":5}")),
                        "u-7"));
    }

    @Test
    void aCommentPresenceAndNotificationBecomeTheirOwnMessages() {
        assertThat(read("""
                        {"seq": 3, "type": "comment-created", "referralId": "r-1", "actor": {"id": "u-1"}}""")).isEqualTo(new CommentChange("r-1", null, "comment-created", "u-1", null));
        assertThat(read("""
                        {"type": "presence", "referralId": "r-2", "viewers": [{"id": "u-2", "name": "Mia",
                         "organizationId": "vendor", "organizationName": "Vendor"}]}"""))
                .isEqualTo(new LiveMessage.PresenceChange(
                        "r-2", java.util.List.of(new Viewer("u-2", "Mia", "vendor", "Vendor"))));
        assertThat(read("""
                        {"seq": 4, "type": "notification-created", "referralId": "r-1"}""")).isInstanceOf(LiveMessage.NotificationCreated.class);
    }

    @Test
    void whatNoSessionShowsIsLeftOut() {
        assertThat(LiveMessage.of(
                        JSON.readTree("{\"seq\": 5, \"type\": \"engagement-archived\", \"referralId\": \"r\"}")))
                .isEmpty();
        assertThat(LiveMessage.of(JSON.readTree("{\"seq\": 6, \"type\": \"referral-updated\"}")))
                .isEmpty();
        assertThat(LiveMessage.of(JSON.readTree("{\"type\": \"heartbeat\"}"))).isEmpty();
    }
}
