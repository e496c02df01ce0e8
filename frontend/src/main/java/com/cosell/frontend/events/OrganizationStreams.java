package com.cosell.frontend.events;

import com.cosell.frontend.backend.BackendClient;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * The backend's event stream, once per organization for this frontend instance, heard by every
 * signed-in session of that organization. The backend sends an organization's events and presence
 * the same to each of its people with a Co-sell role, so one connection carries what a connection per
 * session did, and each event is read once instead of once per session (bench/vaadin: a stream per
 * session cost 0.15 ms of the frontend's CPU per tab and change).
 *
 * <p>Who hears it stays the backend's answer: a session joins with the organization the backend named
 * for it, once the backend gave it a role ({@code /v1.0/me}), and each member is asked again every
 * {@code cosell.backend.member-recheck} (default: the access token's five minutes, when a stream of its
 * own reconnected with a fresh token and was checked again); one the backend no longer lets read is
 * dropped.
 */
@Component
public class OrganizationStreams {

    private static final Logger log = LoggerFactory.getLogger(OrganizationStreams.class);

    /** Opens a connection that (re)connects with {@code token}'s answer until closed. */
    @FunctionalInterface
    interface Connector {
        Connection open(URI endpoint, Supplier<String> token, Consumer<JsonNode> onMessage);
    }

    interface Connection extends AutoCloseable {
        @Override
        void close();
    }

    private final Connector connector;
    private final URI endpoint;
    private final Duration recheck;
    private final Scheduler timer;
    private final Scheduler workers;
    private final Map<String, SharedStream> streams = new HashMap<>(); // guarded by this

    @Autowired
    OrganizationStreams(BackendClient backend, @Value("${cosell.backend.member-recheck:PT5M}") Duration recheck) {
        // With presence: who opens and leaves the organization's referrals, from every instance.
        this(
                EventStreamClient::open,
                URI.create(backend.eventsUri() + "?presence=true"),
                recheck,
                Schedulers.parallel(),
                // A virtual thread per delivery (a delivery or a check may wait for the backend), each
                // member's in order: its worker trampolines. Not bounded-elastic: a worker there is
                // pinned to one of its threads, which the views' own flushes share, and counted busy,
                // which skewed where the flushes went (bench/vaadin: the last tab's push came later).
                Schedulers.fromExecutor(Executors.newVirtualThreadPerTaskExecutor(), true));
    }

    OrganizationStreams(Connector connector, URI endpoint, Duration recheck, Scheduler timer, Scheduler workers) {
        this.connector = connector;
        this.endpoint = endpoint;
        this.recheck = recheck;
        this.timer = timer;
        this.workers = workers;
    }

    /**
     * Joins the organization's stream (connecting it for its first member); removing the registration
     * leaves it, and the last to leave closes the connection.
     */
    public Registration join(String organizationId, StreamMember member) {
        SharedStream stream;
        Membership membership;
        boolean first;
        synchronized (this) {
            stream = streams.computeIfAbsent(organizationId, SharedStream::new);
            membership = new Membership(stream, member);
            first = stream.members.isEmpty();
            stream.members.add(membership);
        }
        membership.start();
        if (first) {
            stream.connect();
        }
        return membership::leave;
    }

    /** How many connections to the backend this instance holds now: one per organization with members. */
    public synchronized int connections() {
        return streams.size();
    }

    @PreDestroy
    void closeAll() {
        List<SharedStream> open;
        synchronized (this) {
            open = new ArrayList<>(streams.values());
        }
        open.forEach(s -> s.members.forEach(Membership::leave));
    }

    private final class SharedStream {
        final String organizationId;
        final List<Membership> members = new CopyOnWriteArrayList<>();
        private @Nullable Connection connection; // guarded by this
        private boolean closed; // guarded by this

        SharedStream(String organizationId) {
            this.organizationId = organizationId;
        }

        synchronized void connect() {
            if (!closed && connection == null) {
                connection = connector.open(endpoint, this::token, this::receive);
            }
        }

        synchronized void close() {
            closed = true;
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }

        /** Any member's token: the stream is the organization's, not one person's. */
        private String token() {
            for (Membership m : members) {
                try {
                    return m.member.token();
                } catch (RuntimeException e) {
                    log.debug("A member of {} has no token now; asking the next", organizationId, e);
                }
            }
            throw new IllegalStateException("No member of " + organizationId + " can give a token now");
        }

        /**
         * A referral change goes to every member on this thread, before any view starts its work on
         * it: its listeners only hand it on (a view's {@link Coalescing}). Handed to each member's
         * worker instead, the last members heard of it only after the first ones' work had taken the
         * cores (bench/vaadin). Anything else goes to each member's worker: it may wait for the
         * backend.
         */
        private void receive(JsonNode message) {
            LiveMessage.of(message)
                    .ifPresent(m -> members.forEach(member -> {
                        if (m instanceof ReferralChange) {
                            member.deliverHere(m);
                        } else {
                            member.deliver(m);
                        }
                    }));
        }
    }

    /** A member's place in a stream: its own worker (its messages in order) and its checks. */
    private final class Membership {
        final SharedStream stream;
        final StreamMember member;
        final Scheduler.Worker worker;
        private volatile @Nullable Disposable checks;

        Membership(SharedStream stream, StreamMember member) {
            this.stream = stream;
            this.member = member;
            this.worker = workers.createWorker();
        }

        void start() {
            checks = Flux.interval(recheck, recheck, timer)
                    .onBackpressureDrop()
                    .concatMap(tick -> Mono.fromCallable(() -> member.stillAllowed(stream.organizationId))
                            .subscribeOn(workers)
                            .onErrorResume(e -> {
                                log.warn("Checking a stream member failed; it is dropped", e);
                                return Mono.just(false);
                            }))
                    .filter(allowed -> !allowed)
                    .next()
                    .subscribe(refused -> leave());
        }

        void deliver(LiveMessage message) {
            try {
                worker.schedule(() -> deliverHere(message));
            } catch (RejectedExecutionException leftMeanwhile) {
                // the member left while the message was handed round
            }
        }

        void deliverHere(LiveMessage message) {
            try {
                member.deliver(message);
            } catch (RuntimeException e) {
                log.warn("A session could not take a live message", e);
            }
        }

        void leave() {
            boolean last;
            synchronized (OrganizationStreams.this) {
                if (!stream.members.remove(this)) {
                    return;
                }
                last = stream.members.isEmpty();
                if (last) {
                    streams.remove(stream.organizationId, stream);
                }
            }
            Disposable c = checks;
            if (c != null) {
                c.dispose();
            }
            worker.dispose();
            if (last) {
                stream.close();
            }
        }
    }
}
