package com.cosell.backend.notification;

import com.cosell.api.event.EventType;
import com.cosell.api.referral.Direction;
import com.cosell.backend.event.NewEvent;
import io.r2dbc.spi.ConnectionFactories;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * A referral created as its organization's own (Outgoing) notifies nobody, and the rules know it
 * without a statement; a received copy, or one whose direction the writer did not give, is looked up.
 * The database here is one nothing listens on: a statement would fail.
 */
class NotificationRulesTest {

    private final DatabaseClient nowhere =
            DatabaseClient.create(ConnectionFactories.get("r2dbc:postgresql://cosell:cosell@127.0.0.1:1/none"));
    private final JsonMapper json = JsonMapper.builder().build();
    private final NotificationRules rules =
            new NotificationRules(nowhere, new Notifier(nowhere, json, List.of(), List.of()), json);

    @Test
    void anOutgoingReferralCreatedNeedsNoStatement() {
        StepVerifier.create(rules.follow(List.of(created(Direction.Outgoing)))).verifyComplete();
    }

    @Test
    void aReceivedCopyOrAnUnknownDirectionIsLookedUp() {
        StepVerifier.create(rules.follow(List.of(created(Direction.Incoming)))).verifyError();
        StepVerifier.create(rules.follow(List.of(created(null)))).verifyError();
    }

    private static NewEvent created(@Nullable Direction direction) {
        return new NewEvent(
                EventType.REFERRAL_CREATED,
                "contoso",
                UUID.randomUUID(),
                UUID.randomUUID(),
                "id-bob",
                "Bob Lee",
                Instant.now(),
                List.of(),
                direction);
    }
}
