package com.cosell.frontend.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.shared.Registration;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sharing rules of the instance's streams, over a recorded connection: the WebSocket itself is the
 * end-to-end tests' (WorkspaceEndToEndTest, with two people of one organization).
 */
class OrganizationStreamsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration RECHECK = Duration.ofMinutes(5);

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final List<Opened> opened = new CopyOnWriteArrayList<>();
    private final OrganizationStreams streams = streamsDelivering(Schedulers.immediate());

    /** Streams whose connections are recorded in {@link #opened}, their members' messages on {@code workers}. */
    private OrganizationStreams streamsDelivering(Scheduler workers) {
        return new OrganizationStreams(
                (endpoint, token, onMessage) -> {
                    Opened o = new Opened(token, onMessage);
                    opened.add(o);
                    return o;
                },
                URI.create("ws://backend/v1.0/engagements/events?presence=true"),
                RECHECK,
                time,
                workers);
    }

    /** What a connection was opened with, and whether it was closed. */
    private static final class Opened implements OrganizationStreams.Connection {
        final Supplier<String> token;
        final Consumer<JsonNode> onMessage;
        volatile boolean closed;

        Opened(Supplier<String> token, Consumer<JsonNode> onMessage) {
            this.token = token;
            this.onMessage = onMessage;
        }

        void send(String json) {
            onMessage.accept(JSON.readTree(json));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static class Person implements StreamMember {
        final String token;
        final List<LiveMessage> heard = new CopyOnWriteArrayList<>();
        volatile boolean allowed = true;
        volatile boolean signedOut;
        volatile int checks;

        Person(String token) {
            this.token = token;
        }

        @Override
        public String token() {
            if (signedOut) {
                throw new IllegalStateException("signed out");
            }
            return token;
        }

        @Override
        public boolean stillAllowed(String organizationId) {
            checks++;
            return allowed;
        }

        @Override
        public void deliver(LiveMessage message) {
            heard.add(message);
        }
    }

    private static String updated(long seq, String referral) {
        return """
                {"seq": %d, "type": "referral-updated", "referralId": "%s", "at": "2026-11-27T10:00:00Z",
                 "actor": {"id": "u-9", "name": "Mia"},
                 "changes": [{"path": "/details/dealValue", "from": 1, "to": 2}]}""".formatted(seq, referral);
    }

    @Test
    void peopleOfOneOrganizationShareOneConnectionAndEachHearsTheEventReadOnce() {
        Person bob = new Person("bob-token");
        Person alice = new Person("alice-token");
        Person mia = new Person("mia-token");

        streams.join("contoso", bob);
        streams.join("contoso", alice);
        streams.join("vendor", mia);

        assertThat(streams.connections()).isEqualTo(2);
        assertThat(opened).hasSize(2);
        opened.getFirst().send(updated(7, "r-1"));

        assertThat(bob.heard).singleElement().isInstanceOf(ReferralChange.class);
        assertThat(((ReferralChange) bob.heard.getFirst()).changedTo("/details/dealValue"))
                .isEqualTo(2);
        assertThat(alice.heard).singleElement().isSameAs(bob.heard.getFirst());
        assertThat(mia.heard).isEmpty();
    }

    @Test
    void theLastToLeaveClosesTheConnectionAndTheNextToComeOpensAnother() {
        Person bob = new Person("bob-token");
        Person alice = new Person("alice-token");
        Registration bobs = streams.join("contoso", bob);
        Registration alices = streams.join("contoso", alice);

        bobs.remove();
        assertThat(opened.getFirst().closed).isFalse();
        opened.getFirst().send(updated(8, "r-1"));
        assertThat(bob.heard).isEmpty();
        assertThat(alice.heard).hasSize(1);

        alices.remove();
        assertThat(opened.getFirst().closed).isTrue();
        assertThat(streams.connections()).isZero();

        streams.join("contoso", bob);
        assertThat(opened).hasSize(2);
        assertThat(opened.get(1).closed).isFalse();
    }

    @Test
    void theConnectionTakesAnyMembersTokenAndNoneWhenNobodyCanGiveOne() {
        Person bob = new Person("bob-token");
        Person alice = new Person("alice-token");
        streams.join("contoso", bob);
        streams.join("contoso", alice);
        Supplier<String> token = opened.getFirst().token;

        assertThat(token.get()).isEqualTo("bob-token");
        bob.signedOut = true;
        assertThat(token.get()).isEqualTo("alice-token");
        alice.signedOut = true;
        assertThatThrownBy(token::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("contoso");
    }

    @Test
    void aMemberTheBackendNoLongerLetsReadIsDroppedAtItsNextCheck() {
        Person bob = new Person("bob-token");
        Person alice = new Person("alice-token");
        streams.join("contoso", bob);
        streams.join("contoso", alice);
        Opened connection = opened.getFirst();

        alice.allowed = false;
        time.advanceTimeBy(RECHECK.minusSeconds(1));
        connection.send(updated(9, "r-1"));
        assertThat(alice.heard).hasSize(1); // not yet asked

        time.advanceTimeBy(Duration.ofSeconds(1));
        connection.send(updated(10, "r-1"));
        assertThat(alice.heard).hasSize(1);
        assertThat(bob.heard).hasSize(2);
        assertThat(connection.closed).isFalse();

        time.advanceTimeBy(RECHECK.multipliedBy(3));
        assertThat(bob.checks).isEqualTo(4);
        assertThat(alice.checks).isEqualTo(1); // asked no more once dropped

        bob.allowed = false;
        time.advanceTimeBy(RECHECK);
        assertThat(connection.closed).isTrue();
        assertThat(streams.connections()).isZero();
    }

    /** A change reaches every session before any starts its work; what may wait for the backend waits on a worker. */
    @Test
    void aReferralChangeGoesRoundOnTheStreamsThreadAndAnythingElseOnEachMembersWorker() throws Exception {
        Scheduler workers = Schedulers.newSingle("member-worker");
        try {
            OrganizationStreams onWorkers = streamsDelivering(workers);
            List<String> threads = new CopyOnWriteArrayList<>();
            CountDownLatch bell = new CountDownLatch(1);
            onWorkers.join("contoso", new Person("bob-token") {
                @Override
                public void deliver(LiveMessage message) {
                    threads.add(message.getClass().getSimpleName() + " on "
                            + Thread.currentThread().getName());
                    bell.countDown();
                }
            });

            opened.getFirst().send("{\"seq\": 12, \"type\": \"notification-created\"}");
            assertThat(bell.await(10, TimeUnit.SECONDS)).isTrue();
            opened.getFirst().send(updated(13, "r-1"));

            assertThat(threads)
                    .containsExactly(
                            "NotificationCreated on member-worker-1",
                            "ReferralChange on " + Thread.currentThread().getName());
        } finally {
            workers.dispose();
        }
    }

    @Test
    void oneSessionFailingToTakeAMessageDoesNotKeepItFromTheOthers() {
        Person alice = new Person("alice-token");
        streams.join("contoso", new Person("bob-token") {
            @Override
            public void deliver(LiveMessage message) {
                throw new IllegalStateException("the session is gone");
            }
        });
        streams.join("contoso", alice);

        opened.getFirst().send(updated(11, "r-1"));

        assertThat(alice.heard).hasSize(1);
    }
}
