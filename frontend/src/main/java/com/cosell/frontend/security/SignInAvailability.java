package com.cosell.frontend.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether the identity provider answers right now: its discovery document is asked for with a short
 * timeout, at most once per {@code recheck} however many people are signing in. Only asked when
 * someone is about to be sent there or a sign-in failed, never on the way of a signed-in request.
 */
@Component
public class SignInAvailability {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI discovery;
    private final long recheckNanos;
    private long checkedAt;
    private boolean up = true;
    private boolean checked;

    @Autowired
    SignInAvailability(IdentityProperties identity) {
        this(identity, Duration.ofSeconds(3));
    }

    SignInAvailability(IdentityProperties identity, Duration recheck) {
        String base = StringUtils.hasText(identity.internalUri()) ? identity.internalUri() : identity.issuerUri();
        this.discovery = URI.create(base.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        this.recheckNanos = recheck.toNanos();
    }

    public synchronized boolean available() {
        long now = System.nanoTime();
        if (!checked || now - checkedAt >= recheckNanos) {
            up = answers();
            checked = true;
            checkedAt = now;
        }
        return up;
    }

    private boolean answers() {
        try {
            return http.send(
                                    HttpRequest.newBuilder(discovery)
                                            .timeout(TIMEOUT)
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
