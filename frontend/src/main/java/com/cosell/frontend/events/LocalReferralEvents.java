package com.cosell.frontend.events;

import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The session's fan-out of referral changes to its open views: {@link LiveEventStream} publishes each
 * change its organization's stream brings; tests publish directly. Each view's changes are gathered by
 * a {@link Coalescing} of its own, which also takes them off the publishing thread.
 */
@Component
@VaadinSessionScope
public class LocalReferralEvents implements ReferralEvents {

    private final List<Consumer<ReferralChange>> listeners = new CopyOnWriteArrayList<>();
    private final Duration window;

    LocalReferralEvents(@Value("${cosell.ui.coalesce-window:PT0.2S}") Duration window) {
        this.window = window;
    }

    @Override
    public Registration subscribe(Consumer<List<ReferralChange>> onChanges) {
        Consumer<ReferralChange> listener = new Coalescing(window, onChanges);
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
