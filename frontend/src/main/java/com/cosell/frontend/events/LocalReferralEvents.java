package com.cosell.frontend.events;

import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The session's fan-out of referral changes to its open views: {@link LiveEventStream} publishes each
 * change its backend event stream brings; tests publish directly.
 */
@Component
@VaadinSessionScope
public class LocalReferralEvents implements ReferralEvents {

    private final List<Consumer<ReferralChange>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Registration subscribe(Consumer<ReferralChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(ReferralChange change) {
        listeners.forEach(l -> l.accept(change));
    }

    /** How many views listen now; detached views must not count. */
    public int listenerCount() {
        return listeners.size();
    }
}
