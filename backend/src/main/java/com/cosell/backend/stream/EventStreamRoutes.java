package com.cosell.backend.stream;

import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.CallerAuthentication;
import com.cosell.backend.web.ApiProblems;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.server.WebSocketService;
import reactor.core.publisher.Mono;

/**
 * The WebSocket handshake of {@value #PATH}: authenticated by the security filters (bearer header,
 * or {@code access_token} on this path only), then any Co-sell role, and a valid resume point —
 * refused as problem+json before upgrading.
 */
@Configuration(proxyBeanMethods = false)
class EventStreamRoutes {

    static final String PATH = "/v1.0/engagements/events";

    @Bean
    RouterFunction<ServerResponse> eventStream(
            AccessControl access,
            SettledEvents events,
            EventHub hub,
            EventStreamSession sessions,
            WebSocketService webSockets,
            StreamQuota quota) {
        return RouterFunctions.route()
                .GET(
                        PATH,
                        request -> request.principal()
                                .ofType(CallerAuthentication.class)
                                .flatMap(auth -> access.require(auth.caller(), Permission.READ)
                                        .flatMap(actor -> resumePoint(request, events, hub)
                                                .flatMap(from -> opened(
                                                        quota,
                                                        auth.caller().id(),
                                                        handler ->
                                                                webSockets.handleRequest(request.exchange(), handler),
                                                        session -> sessions.run(
                                                                session,
                                                                actor.organizationId(),
                                                                auth,
                                                                from,
                                                                request.queryParam("presence")
                                                                        .filter("true"::equals)
                                                                        .isPresent())))))
                                .then(Mono.<ServerResponse>empty())
                                .onErrorResume(ErrorResponseException.class, e -> {
                                    var problem = e.getBody();
                                    problem.setInstance(URI.create(PATH));
                                    return ServerResponse.status(e.getStatusCode())
                                            .headers(h -> h.addAll(e.getHeaders()))
                                            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                                            .bodyValue(problem);
                                }))
                .build();
    }

    /**
     * The stream counted against the user's quota for as long as its session runs (the upgrade itself
     * completes at once); beyond the quota a 429 before upgrading.
     */
    private static Mono<Void> opened(
            StreamQuota quota,
            String userId,
            Function<WebSocketHandler, Mono<Void>> upgrade,
            WebSocketHandler session) {
        if (!quota.acquire(userId)) {
            return Mono.error(ApiProblems.tooManyStreams(quota.max()));
        }
        AtomicBoolean started = new AtomicBoolean();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                quota.release(userId);
            }
        };
        return upgrade.apply(s -> {
                    started.set(true);
                    return session.handle(s).doFinally(signal -> release.run());
                })
                .doFinally(signal -> {
                    if (!started.get()) {
                        release.run(); // refused before any session began
                    }
                });
    }

    /** {@code after=<seq>}: continue after that event; {@code after=0}: from the start; absent: from now. */
    private static Mono<Cursor> resumePoint(ServerRequest request, SettledEvents events, EventHub hub) {
        String after = request.queryParam("after").orElse(null);
        if (after == null || after.isBlank()) {
            return Mono.fromSupplier(hub::head);
        }
        long seq;
        try {
            seq = Long.parseLong(after);
        } catch (NumberFormatException e) {
            return Mono.error(ApiProblems.badRequest("after must be the seq of the last event you received."));
        }
        return events.cursorOf(seq)
                .switchIfEmpty(Mono.error(() -> ApiProblems.badRequest(
                        "There is no event " + seq + " to resume after; use the seq of an event you received, or 0.")));
    }
}
