package com.cosell.backend.event;

import java.util.List;
import reactor.core.publisher.Flux;

/**
 * What else events cause in the same transaction (e.g. notifications). Given every event of one
 * append at once, so a rule can look up what it needs in one query. The events returned are appended
 * after them; they are not fed back here, so consequences never cascade.
 */
public interface EventConsequences {

    Flux<NewEvent> follow(List<NewEvent> events);
}
