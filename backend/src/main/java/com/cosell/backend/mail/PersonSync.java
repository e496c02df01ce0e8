package com.cosell.backend.mail;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.CallerAuthentication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Keeps {@code person} up to date from the people who call the API (the workspace calls it for
 * every signed-in user). A call writes only when this instance has not seen the person as they are
 * now in the last {@link #REFRESH}, so an ordinary request costs a map look-up; a failed write never
 * fails the request.
 */
@Component
class PersonSync implements WebFilter, Ordered {

    static final Duration REFRESH = Duration.ofHours(1);
    private static final int MAX_REMEMBERED = 10_000;
    private static final Logger log = LoggerFactory.getLogger(PersonSync.class);

    private final PersonStore store;
    private final Clock clock;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    PersonSync(PersonStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    private record Seen(int identity, Instant at) {}

    /** After Spring Security's filter (-100), which has put the caller in the context by then. */
    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .filter(CallerAuthentication.class::isInstance)
                .map(p -> ((CallerAuthentication) p).caller())
                .flatMap(this::sync)
                .then(chain.filter(exchange));
    }

    Mono<Void> sync(Caller caller) {
        if (caller.application() || caller.organizationId() == null) {
            return Mono.empty(); // an integration is not a person; no organization, no mail
        }
        Instant now = clock.instant();
        int identity = Objects.hash(caller.name(), caller.email(), caller.organizationId(), caller.roles());
        Seen last = seen.get(caller.id());
        if (last != null
                && last.identity() == identity
                && last.at().plus(REFRESH).isAfter(now)) {
            return Mono.empty();
        }
        return store.upsert(caller, now)
                .doOnSuccess(v -> remember(caller.id(), new Seen(identity, now)))
                .onErrorResume(e -> {
                    log.warn("Could not record person {}", caller.id(), e);
                    return Mono.empty();
                });
    }

    private void remember(String id, Seen s) {
        if (seen.size() >= MAX_REMEMBERED) {
            seen.clear(); // a cheap bound: everyone is simply written once more
        }
        seen.put(id, s);
    }
}
