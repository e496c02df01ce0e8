package com.cosell.frontend.presence;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which people have which referral open, across the sessions of this frontend server (sessions are
 * sticky, so everyone looking at one organisation's referral from this server is here). A page says
 * it is still open with each heartbeat; one that has not for {@link #TIMEOUT} (its browser was closed
 * or lost its network without saying goodbye) no longer counts, and the others hear that it left.
 */
@Component
public class Presence {

    /** Two and a half heartbeats of 30 s: one late heartbeat does not make a person vanish. */
    public static final Duration TIMEOUT = Duration.ofSeconds(75);

    /** One open view; {@code viewId} tells apart two tabs of the same person. */
    public record Viewer(String viewId, String userId, String name) {
    }

    private static final class Watch {
        final Viewer viewer;
        final Runnable onChange;
        volatile Instant lastSeen;

        Watch(Viewer viewer, Runnable onChange, Instant now) {
            this.viewer = viewer;
            this.onChange = onChange;
            this.lastSeen = now;
        }
    }

    private final Map<String, List<Watch>> byReferral = new ConcurrentHashMap<>();
    private final Clock clock;

    public Presence(Clock clock) {
        this.clock = clock;
    }

    /** Marks {@code viewer} as looking at the referral; {@code onChange} hears of everyone who comes and goes. */
    public Registration join(String referralId, Viewer viewer, Runnable onChange) {
        Watch watch = new Watch(viewer, onChange, clock.instant());
        byReferral.computeIfAbsent(referralId, id -> new CopyOnWriteArrayList<>()).add(watch);
        changed(referralId, watch);
        return () -> leave(referralId, watch);
    }

    /** The viewer's page is still open (a heartbeat); pages that fell silent are let go meanwhile. */
    public void seen(String referralId, String viewId) {
        Instant now = clock.instant();
        for (Watch w : byReferral.getOrDefault(referralId, List.of())) {
            if (w.viewer.viewId().equals(viewId)) {
                w.lastSeen = now;
            } else if (w.lastSeen.isBefore(now.minus(TIMEOUT))) {
                leave(referralId, w);
            }
        }
    }

    /** The other people (each once) who have the referral open now. */
    public List<Viewer> others(String referralId, String userId) {
        Instant since = clock.instant().minus(TIMEOUT);
        Map<String, Viewer> people = new LinkedHashMap<>();
        for (Watch w : byReferral.getOrDefault(referralId, List.of())) {
            if (!w.viewer.userId().equals(userId) && !w.lastSeen.isBefore(since)) {
                people.putIfAbsent(w.viewer.userId(), w.viewer);
            }
        }
        return new ArrayList<>(people.values());
    }

    private void leave(String referralId, Watch watch) {
        List<Watch> watches = byReferral.get(referralId);
        if (watches != null && watches.remove(watch)) {
            byReferral.computeIfPresent(referralId, (id, w) -> w.isEmpty() ? null : w);
            changed(referralId, null);
        }
    }

    private void changed(String referralId, @Nullable Watch except) {
        for (Watch w : byReferral.getOrDefault(referralId, List.of())) {
            if (w != except) {
                w.onChange.run();
            }
        }
    }
}
