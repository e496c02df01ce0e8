package com.cosell.backend.presence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * This instance's copy of who has which engagement open. Every instance hears every heartbeat (NOTIFY)
 * and applies it here, so all copies agree; a view not heard of for its timeout has gone (a
 * browser closed without a word, or its frontend died) and each copy drops it by itself. Soft state:
 * an instance that missed a beat (restarted, LISTEN reconnecting) is right again after the next one.
 *
 * <p>The parties of an engagement (each its own copy) see each other's people, as they see each
 * other's names and stages; nobody else hears of it. Each beat brings the engagement's parties as
 * they are then, so a party invited later joins in with the next beat.
 */
public final class PresenceBoard {

    /**
     * Two and a half of the workspace's 30 s heartbeats (its {@code HEARTBEAT_INTERVAL}): one late beat
     * does not make a person vanish. {@code PRESENCE_TIMEOUT} changes it with the interval.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(75);

    static final Duration SWEEP = Duration.ofSeconds(5);

    /** A person looking at an engagement (each once, however many tabs), and whose person they are. */
    public record Viewer(String id, String name, String organizationId, String organizationName) {}

    /**
     * One view's heartbeat, or its goodbye: {@code copies} is every party's referral of the
     * engagement by organization, the viewer's own among them.
     */
    public record Beat(UUID engagementId, Map<String, UUID> copies, String viewId, Viewer viewer, boolean leaving) {}

    /** The people who have a party's referral (or another party's copy of it) open now, told to that party. */
    public record Change(String organizationId, UUID referralId, List<Viewer> viewers) {}

    private record Seen(Viewer viewer, long at) {}

    private static final class Engagement {
        Map<String, UUID> copies = Map.of();
        final Map<String, Seen> views = new LinkedHashMap<>();
    }

    private final Map<UUID, Engagement> engagements = new HashMap<>();
    private final Sinks.Many<Change> changes = Sinks.many().multicast().directBestEffort();
    private final Scheduler scheduler;
    private final Duration timeout;

    public PresenceBoard(Scheduler scheduler) {
        this(scheduler, TIMEOUT);
    }

    public PresenceBoard(Scheduler scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    /** Drops silent views every {@link #SWEEP} until disposed. */
    public Disposable start() {
        return Flux.interval(SWEEP, SWEEP, scheduler).subscribe(x -> sweep());
    }

    public synchronized void apply(Beat beat) {
        if (beat.leaving() && !engagements.containsKey(beat.engagementId())) {
            return; // it had expired here already
        }
        Engagement e = engagements.computeIfAbsent(beat.engagementId(), id -> new Engagement());
        List<Viewer> before = people(e);
        Map<String, UUID> partiesBefore = e.copies;
        e.copies = new TreeMap<>(beat.copies()); // one order for every instance
        if (beat.leaving()) {
            e.views.remove(beat.viewId());
        } else {
            e.views.put(beat.viewId(), new Seen(beat.viewer(), now()));
        }
        announce(e, before, partiesBefore);
        if (e.views.isEmpty()) {
            engagements.remove(beat.engagementId());
        }
    }

    /** The people who have the engagement open now, as far as this instance has heard, if the organization is a party. */
    public synchronized List<Viewer> viewers(String organizationId, UUID engagementId) {
        Engagement e = engagements.get(engagementId);
        return e == null || !e.copies.containsKey(organizationId) ? List.of() : people(e);
    }

    /** Changes to the engagements the organization is a party of, named by its own copy. */
    public Flux<Change> changes(String organizationId) {
        return changes.asFlux().filter(c -> c.organizationId().equals(organizationId));
    }

    /**
     * Who has which of the organization's engagements open now, then every change: what a stream that
     * has just (re)connected needs, since changes are not replayed.
     */
    public Flux<Change> snapshotAndChanges(String organizationId) {
        return Flux.merge(changes(organizationId), Flux.defer(() -> Flux.fromIterable(snapshot(organizationId))));
    }

    synchronized List<Change> snapshot(String organizationId) {
        return engagements.values().stream()
                .filter(e -> e.copies.containsKey(organizationId))
                .map(e -> new Change(organizationId, e.copies.get(organizationId), people(e)))
                .toList();
    }

    synchronized void sweep() {
        long oldest = now() - timeout.toMillis();
        for (var entry : List.copyOf(engagements.entrySet())) {
            Engagement e = entry.getValue();
            List<Viewer> before = people(e);
            e.views.values().removeIf(s -> s.at() < oldest);
            announce(e, before, e.copies);
            if (e.views.isEmpty()) {
                engagements.remove(entry.getKey());
            }
        }
    }

    /** Every party hears a change of people; a party that has just joined hears who is there already. */
    private void announce(Engagement e, List<Viewer> before, Map<String, UUID> partiesBefore) {
        List<Viewer> after = people(e);
        e.copies.forEach((organizationId, copy) -> {
            if (!after.equals(before) || !copy.equals(partiesBefore.get(organizationId))) {
                changes.tryEmitNext(new Change(organizationId, copy, after));
            }
        });
    }

    private static List<Viewer> people(Engagement e) {
        Map<String, Viewer> byId = new LinkedHashMap<>();
        e.views.values().forEach(s -> byId.putIfAbsent(s.viewer().id(), s.viewer()));
        return new ArrayList<>(byId.values());
    }

    private long now() {
        return scheduler.now(TimeUnit.MILLISECONDS);
    }
}
