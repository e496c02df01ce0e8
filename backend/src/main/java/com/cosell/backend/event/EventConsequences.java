package com.cosell.backend.event;

import reactor.core.publisher.Flux;

/**
 * What else an event causes in the same transaction (e.g. notifications). The events returned are
 * appended after it; they are not fed back here, so consequences never cascade.
 */
public interface EventConsequences {

    Flux<NewEvent> follow(NewEvent event);
}
