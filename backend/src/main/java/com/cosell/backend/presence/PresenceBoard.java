package com.cosell.backend.presence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * This instance's copy of who has which referral open. Every instance hears every heartbeat (NOTIFY)
 * and applies it here, so all copies agree; a view not heard of for {@link #TIMEOUT} has gone (a
 * browser closed without a word, or its frontend died) and each copy drops it by itself. Soft state:
 * an instance that missed a beat (restarted, LISTEN reconnecting) is right again after the next one.
 */
public final class PresenceBoard {

    /** Two and a half of the workspace's 30 s heartbeats: one late beat does not make a person vanish. */
    public static final Duration TIMEOUT = Duration.ofSeconds(75);
    static final Duration SWEEP = Duration.ofSeconds(5);

    /** A person looking at a referral (each once, however many tabs). */
    public record Viewer(String id, String name) {
    }

    /** One view's heartbeat, or its goodbye. */
    public record Beat(String organizationId, UUID referralId, String viewId, String userId, String name,
                       boolean leaving) {
    }

    /** The people who have a referral open now, told whenever that set changes. */
    public record Change(String organizationId, UUID referralId, List<Viewer> viewers) {
    }

    private record Key(String organizationId, UUID referralId) {
    }

    private record Seen(Viewer viewer, long at) {
    }

    private final Map<Key, Map<String, Seen>> views = new HashMap<>();
    private final Sinks.Many<Change> changes = Sinks.many().multicast().directBestEffort();
    private final Scheduler scheduler;

    public PresenceBoard(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Drops silent views every {@link #SWEEP} until disposed. */
    public Disposable start() {
        return Flux.interval(SWEEP, SWEEP, scheduler).subscribe(x -> sweep());
    }

    public synchronized void apply(Beat beat) {
        Key key = new Key(beat.organizationId(), beat.referralId());
        List<Viewer> before = people(key);
        if (beat.leaving()) {
            Map<String, Seen> open = views.get(key);
            if (open != null) {
                open.remove(beat.viewId());
                if (open.isEmpty()) {
                    views.remove(key);
                }
            }
        } else {
            views.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .put(beat.viewId(), new Seen(new Viewer(beat.userId(), beat.name()), now()));
        }
        announceIfChanged(key, before);
    }

    /** The people who have the referral open now, as far as this instance has heard. */
    public synchronized List<Viewer> viewers(String organizationId, UUID referralId) {
        return people(new Key(organizationId, referralId));
    }

    /** Changes to the organisation's referrals only: nobody learns who looks at another organisation's. */
    public Flux<Change> changes(String organizationId) {
        return changes.asFlux().filter(c -> c.organizationId().equals(organizationId));
    }

    /**
     * Who has which of the organisation's referrals open now, then every change: what a stream that
     * has just (re)connected needs, since changes are not replayed.
     */
    public Flux<Change> snapshotAndChanges(String organizationId) {
        return Flux.merge(changes(organizationId), Flux.defer(() -> Flux.fromIterable(snapshot(organizationId))));
    }

    synchronized List<Change> snapshot(String organizationId) {
        return views.keySet().stream().filter(k -> k.organizationId().equals(organizationId))
                .map(k -> new Change(organizationId, k.referralId(), people(k))).toList();
    }

    synchronized void sweep() {
        long oldest = now() - TIMEOUT.toMillis();
        for (Key key : List.copyOf(views.keySet())) {
            List<Viewer> before = people(key);
            Map<String, Seen> open = views.get(key);
            open.values().removeIf(s -> s.at() < oldest);
            if (open.isEmpty()) {
                views.remove(key);
            }
            announceIfChanged(key, before);
        }
    }

    private void announceIfChanged(Key key, List<Viewer> before) {
        List<Viewer> after = people(key);
        if (!after.equals(before)) {
            changes.tryEmitNext(new Change(key.organizationId(), key.referralId(), after));
        }
    }

    private List<Viewer> people(Key key) {
        Map<String, Viewer> byId = new LinkedHashMap<>();
        views.getOrDefault(key, Map.of()).values().forEach(s -> byId.putIfAbsent(s.viewer().id(), s.viewer()));
        return new ArrayList<>(byId.values());
    }

    private long now() {
        return scheduler.now(TimeUnit.MILLISECONDS);
    }
}
