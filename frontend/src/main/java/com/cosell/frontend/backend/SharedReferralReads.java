package com.cosell.frontend.backend;

import com.cosell.api.referral.Referral;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * One backend read per changed referral and event, shared by the sessions of the organization that
 * received the event: with hundreds of open tabs a change used to cost one GET per tab (measured by
 * bench/vaadin). Sessions asking while the read is under way wait for it. The copy is the
 * organization's; the favourite flag in it is the first reader's, so callers set their own.
 */
@Component
public class SharedReferralReads {

    private record Key(String organizationId, String referralId, long seq) {}

    private record Entry(CompletableFuture<Optional<Referral>> value, long at) {}

    private final BackendClient backend;
    private final long keepNanos;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    SharedReferralReads(BackendClient backend, @Value("${cosell.ui.shared-read-ttl:PT5S}") Duration keep) {
        this.backend = backend;
        this.keepNanos = keep.toNanos();
    }

    /**
     * The referral as of event {@code seq}, or empty when the reader may no longer see it.
     *
     * @param organizationId the reader's organization: reads are never shared across organizations
     */
    public Optional<Referral> read(Authentication reader, String organizationId, String referralId, long seq) {
        long now = System.nanoTime();
        entries.values().removeIf(e -> now - e.at() > keepNanos && e.value().isDone());
        Key key = new Key(organizationId, referralId, seq);
        Entry mine = new Entry(new CompletableFuture<>(), now);
        Entry found = entries.putIfAbsent(key, mine);
        if (found != null) {
            return found.value().join();
        }
        try {
            Optional<Referral> read = Optional.of(backend.referral(reader, referralId));
            mine.value().complete(read);
            if (keepNanos == 0) {
                entries.remove(key, mine);
            }
            return read;
        } catch (BackendException e) {
            // Not cached: another reader may see it (or see why not) itself.
            entries.remove(key, mine);
            mine.value().complete(Optional.empty());
            return Optional.empty();
        } catch (RuntimeException e) {
            entries.remove(key, mine);
            mine.value().completeExceptionally(e);
            throw e;
        }
    }
}
