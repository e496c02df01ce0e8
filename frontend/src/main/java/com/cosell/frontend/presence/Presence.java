package com.cosell.frontend.presence;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.PresenceApi;
import com.cosell.frontend.backend.PresenceApi.Viewer;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who else has the referrals this session shows open, whichever frontend or backend instance they
 * use. The backend keeps presence (a page says it is open, and again with each heartbeat, and is let
 * go when it falls silent); this session hears changes on its event stream ({@link #update}) and
 * gets the whole picture back with each of its own beats, which heals anything a reconnect missed.
 */
@Component
@VaadinSessionScope
public class Presence {

    private static final Logger log = LoggerFactory.getLogger(Presence.class);

    private final PresenceApi api;
    private final Map<String, List<Viewer>> byReferral = new ConcurrentHashMap<>();
    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();

    Presence(PresenceApi api) {
        this.api = api;
    }

    /** The page {@code viewId} shows the referral; {@code onChange} hears of everyone who comes and goes. */
    public Registration join(Authentication user, String referralId, String viewId, Runnable onChange) {
        listeners
                .computeIfAbsent(referralId, id -> new CopyOnWriteArrayList<>())
                .add(onChange);
        seen(user, referralId, viewId);
        return () -> {
            listeners.computeIfPresent(referralId, (id, l) -> l.remove(onChange) && l.isEmpty() ? null : l);
            if (!listeners.containsKey(referralId)) {
                byReferral.remove(referralId);
            }
            try {
                api.left(user, referralId, viewId);
            } catch (RuntimeException e) {
                log.debug("Could not say the page left; the backend lets it expire", e);
            }
        };
    }

    /** A heartbeat of the page: still open. */
    public void seen(Authentication user, String referralId, String viewId) {
        try {
            update(referralId, api.here(user, referralId, viewId));
        } catch (BackendException e) {
            log.debug("Presence beat failed ({}); the next heartbeat tries again", e.getMessage());
        }
    }

    /** Everyone who has the referral open now, as the backend says (an event-stream message or a beat's answer). */
    public void update(String referralId, List<Viewer> viewers) {
        List<Runnable> watching = listeners.get(referralId);
        if (watching == null) {
            return; // this session does not show that referral
        }
        List<Viewer> before = byReferral.put(referralId, List.copyOf(viewers));
        if (!viewers.equals(before)) {
            watching.forEach(Runnable::run);
        }
    }

    /** The other people (each once) who have the referral open now. */
    public List<Viewer> others(String referralId, String userId) {
        return byReferral.getOrDefault(referralId, List.of()).stream()
                .filter(v -> !v.id().equals(userId))
                .toList();
    }
}
