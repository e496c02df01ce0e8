package com.cosell.backend.webhook.delivery;

import com.cosell.backend.webhook.WebhookProperties;
import com.cosell.backend.webhook.address.GuardedResolverGroup;
import com.cosell.backend.webhook.address.TargetGuard;
import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutException;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;
import reactor.netty.resources.ConnectionProvider;

/**
 * POSTs signed messages with Reactor Netty, non-blocking: bounded connect and response timeouts, at
 * most {@code maxResponseBytes} of a response read, redirects not followed (a 3xx is an answer that
 * fails the delivery), every connection made through the {@link TargetGuard}.
 */
@Component
class WebhookSender {

    private final HttpClient client;
    private final TargetGuard guard;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookSender(TargetGuard guard, WebhookProperties properties, Clock clock) {
        this.guard = guard;
        this.properties = properties;
        this.clock = clock;
        ConnectionProvider pool = ConnectionProvider.builder("webhooks")
                .maxConnections(properties.maxConcurrency() * 2)
                .pendingAcquireTimeout(properties.connectTimeout())
                .maxIdleTime(Duration.ofSeconds(30))
                .build();
        this.client = HttpClient.create(pool)
                .resolver(new GuardedResolverGroup(guard))
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        properties.connectTimeout().toMillis())
                .responseTimeout(properties.responseTimeout())
                .followRedirect(false)
                .compress(false);
    }

    Mono<Attempt> send(Message message) {
        long timestamp = clock.instant().getEpochSecond();
        String signature = Signature.header(timestamp, message.body(), message.secret(), message.previousSecret());
        return Mono.defer(() -> {
            long started = System.nanoTime();
            return guard.check(message.url()) // an IP literal is checked here; a name again when connecting
                    .flatMap(uri -> client.headers(h -> h.set("Content-Type", "application/json")
                                    .set("User-Agent", "Co-sell-Webhooks/1")
                                    .set(Signature.EVENT_ID, message.eventId())
                                    .set(Signature.EVENT_TYPE, message.type())
                                    .set(
                                            Signature.DELIVERY_ID,
                                            UUID.randomUUID().toString())
                                    .set(Signature.TIMESTAMP, String.valueOf(timestamp))
                                    .set(Signature.HEADER, signature))
                            .post()
                            .uri(uri)
                            .send(ByteBufFlux.fromString(Mono.just(message.body())))
                            .response((response, body) -> readBounded(body)
                                    .map(bytes -> answer(response, bytes, millisSince(started), clock.instant())))
                            .next())
                    .timeout(properties.attemptBudget())
                    .onErrorResume(e -> Mono.just(Attempt.failed(millisSince(started), describe(e))));
        });
    }

    /** Reads at most maxResponseBytes, then stops (the connection is then closed rather than drained). */
    private Mono<byte[]> readBounded(ByteBufFlux body) {
        int max = properties.maxResponseBytes();
        AtomicInteger seen = new AtomicInteger();
        return body.asByteArray()
                .takeUntil(chunk -> seen.addAndGet(chunk.length) >= max)
                .collect(
                        ByteArrayOutputStream::new,
                        (out, chunk) -> out.write(chunk, 0, Math.min(chunk.length, Math.max(0, max - out.size()))))
                .map(ByteArrayOutputStream::toByteArray);
    }

    private static Attempt answer(HttpClientResponse response, byte[] body, long latency, java.time.Instant now) {
        String text = new String(body, 0, Math.min(body.length, Attempt.EXCERPT), StandardCharsets.UTF_8);
        int status = response.status().code();
        return new Attempt(
                status,
                latency,
                text.isEmpty() ? null : text,
                status >= 300 && status < 400 ? "redirect not followed" : null,
                retryAfter(response.responseHeaders().get("Retry-After"), now));
    }

    /** Seconds or an HTTP date; anything else is ignored. */
    static @Nullable Duration retryAfter(@Nullable String value, java.time.Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(
                        now,
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                                .toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (java.time.format.DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private String describe(Throwable e) {
        return switch (e) {
            case ReadTimeoutException r -> "no response within " + properties.responseTimeout();
            case TimeoutException t -> "no response within " + properties.attemptBudget();
            case ConnectException c -> "connection failed: " + c.getMessage();
            case com.cosell.backend.webhook.address.InvalidTarget t -> "target refused: the URL " + t.getMessage();
            default -> e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        };
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
