package com.cosell.frontend.presence;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Which people have which referral open, across the sessions of this frontend server (sessions are
 * sticky, so everyone looking at one organisation's referral from this server is here).
 */
@Component
public class Presence {

    /** One open view; {@code viewId} tells apart two tabs of the same person. */
    public record Viewer(String viewId, String userId, String name) {
    }

    private record Watch(Viewer viewer, Runnable onChange) {
    }

    private final Map<String, List<Watch>> byReferral = new ConcurrentHashMap<>();

    /** Marks {@code viewer} as looking at the referral; {@code onChange} hears of everyone who comes and goes. */
    public Registration join(String referralId, Viewer viewer, Runnable onChange) {
        Watch watch = new Watch(viewer, onChange);
        byReferral.computeIfAbsent(referralId, id -> new CopyOnWriteArrayList<>()).add(watch);
        changed(referralId, watch);
        return () -> {
            List<Watch> watches = byReferral.get(referralId);
            if (watches != null && watches.remove(watch)) {
                byReferral.computeIfPresent(referralId, (id, w) -> w.isEmpty() ? null : w);
                changed(referralId, null);
            }
        };
    }

    /** The other people (each once) who have the referral open now. */
    public List<Viewer> others(String referralId, String userId) {
        Map<String, Viewer> people = new LinkedHashMap<>();
        for (Watch w : byReferral.getOrDefault(referralId, List.of())) {
            if (!w.viewer().userId().equals(userId)) {
                people.putIfAbsent(w.viewer().userId(), w.viewer());
            }
        }
        return new ArrayList<>(people.values());
    }

    private void changed(String referralId, Watch except) {
        for (Watch w : byReferral.getOrDefault(referralId, List.of())) {
            if (w != except) {
                w.onChange().run();
            }
        }
    }
}
