package com.cosell.backend.mail.sending;

import com.cosell.backend.config.RepeatingJob;
import com.cosell.backend.mail.MailProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends the outbox on every instance that has it enabled: each poll claims due instant mails and
 * due digests (leased rows, see {@link OutboxStore}), sends them one by one and marks them sent
 * under its lease. A failed send is tried again after a doubling wait; a refused address, or a mail
 * still failing {@code retryWindow} after it was queued, is given up and kept with its error. A
 * worker that dies mid-send leaves its rows leased; once the lease ends another sends them (at least
 * once, with the same Message-ID).
 */
@Component
public class MailWorker extends RepeatingJob<Integer> {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

    private final OutboxStore store;
    private final MailComposer composer;
    private final JavaMailSenderImpl smtp;
    private final MailProperties properties;
    private final Clock clock;

    MailWorker(
            OutboxStore store, MailComposer composer, JavaMailSenderImpl smtp, MailProperties properties, Clock clock) {
        this.store = store;
        this.composer = composer;
        this.smtp = smtp;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected Duration interval() {
        return properties.pollInterval();
    }

    @Override
    protected boolean enabled() {
        return properties.workerEnabled() && properties.enabled();
    }

    @Override
    protected Mono<Integer> runOnce() {
        return sendDue(clock.instant());
    }

    /** One poll as of {@code now} (tests pass any instant): emits how many mails went out. */
    public Mono<Integer> sendDue(Instant now) {
        Instant until = now.plus(properties.lease());
        Flux<Integer> instant = store.claimInstant(properties.batchSize(), now, until)
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(p -> send(List.of(p), now));
        Flux<Integer> digests = store.claimDigests(
                        properties.batchSize(), now, now.minus(properties.digestPeriod()), until)
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .bufferUntilChanged(Pending::personId)
                .concatMap(rows -> send(rows, now));
        return instant.concatWith(digests).reduce(0, Integer::sum);
    }

    private Mono<Integer> send(List<Pending> rows, Instant now) {
        List<Pending> wanted = rows.stream().filter(Pending::stillWanted).toList();
        if (wanted.isEmpty()) {
            return store.sent(rows, now).thenReturn(0); // unsubscribed or muted since: nothing to say
        }
        // JavaMail blocks on the socket: never on a Netty or timer thread.
        return Mono.fromCallable(() -> {
                    MimeMessage m = wanted.getFirst().digest()
                            ? composer.digest(smtp.getSession(), wanted)
                            : composer.instant(smtp.getSession(), wanted.getFirst());
                    smtp.send(m);
                    return 1;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(n -> store.sent(rows, now).thenReturn(n))
                .onErrorResume(e -> failed(rows, now, e).thenReturn(0));
    }

    private Mono<Long> failed(List<Pending> rows, Instant now, Throwable e) {
        int failures = rows.stream().mapToInt(Pending::attempts).max().orElse(0) + 1;
        Instant queued = rows.stream()
                .map(Pending::queuedAt)
                .min(Comparator.naturalOrder())
                .orElse(now);
        Instant next = now.plus(backoff(failures, properties.retryInitialDelay(), properties.retryMaxDelay()));
        boolean giveUp = refused(e) || next.isAfter(queued.plus(properties.retryWindow()));
        log.warn(
                "Mail {} to {} failed (attempt {}){}",
                rows.getFirst().id(),
                rows.getFirst().personId(),
                failures,
                giveUp ? "; given up" : "; next attempt at " + next,
                e);
        return store.failed(rows, now, giveUp ? null : next, String.valueOf(e.getMessage()));
    }

    /** The wait after the n-th failure: initial × 2^(n-1), at most {@code max}. */
    static Duration backoff(int failures, Duration initial, Duration max) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration d = initial.multipliedBy(1L << doublings);
        return d.compareTo(max) > 0 ? max : d;
    }

    /** The server refused the address for good: sending again would only be refused again. */
    private static boolean refused(@Nullable Throwable e) {
        if (e instanceof MailSendException m) {
            return m.getFailedMessages().values().stream().anyMatch(MailWorker::refused);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SendFailedException s
                    && s.getInvalidAddresses() != null
                    && s.getInvalidAddresses().length > 0) {
                return true;
            }
            if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
                return refused(m.getNextException());
            }
        }
        return false;
    }
}
