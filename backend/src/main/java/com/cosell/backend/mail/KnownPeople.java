package com.cosell.backend.mail;

import com.cosell.backend.identity.Caller;
import java.time.Clock;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Makes Co-sell know a person before their first call, as their first call would: the demo data's
 * people, so that the deals made in their name have them as owners.
 */
@Component
public class KnownPeople {

    private final PersonStore store;
    private final Clock clock;

    KnownPeople(PersonStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Mono<Void> introduce(Caller caller) {
        return store.upsert(caller, clock.instant());
    }
}
