package com.cosell.backend.webhook.address;

import com.cosell.backend.webhook.WebhookProperties;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks webhook URLs: at registration (syntax, scheme, and where the host resolves now) and at
 * delivery, through {@link GuardedResolverGroup}, on exactly the addresses the connection uses, so a
 * name that is re-pointed at an internal address after registration is refused too.
 */
@Component
public class TargetGuard {

    public static final int MAX_URL_LENGTH = 2048;

    private final HostResolver resolver;
    private final boolean allowPrivate;
    private final boolean allowHttp;

    @Autowired
    public TargetGuard(HostResolver resolver, WebhookProperties properties) {
        this(resolver, properties.allowPrivateTargets(), properties.allowHttp());
    }

    TargetGuard(HostResolver resolver, boolean allowPrivate, boolean allowHttp) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
        this.allowHttp = allowHttp;
    }

    /** The URL if it may be used; else an {@link InvalidTarget} saying why. */
    public Mono<URI> check(String url) {
        return Mono.fromCallable(() -> parse(url))
                .flatMap(uri -> addresses(host(uri)).thenReturn(uri));
    }

    /** The syntax and scheme rules alone. */
    public URI parse(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            throw new InvalidTarget("must be at most " + MAX_URL_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidTarget("is not a valid URL (" + e.getReason() + ").");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new InvalidTarget(allowHttp ? "must be an http or https URL." : "must be an https URL.");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidTarget("must name a host, without user info or fragment.");
        }
        return uri;
    }

    /** The addresses of a host that may be connected to: all of them must pass. */
    public Mono<List<InetAddress>> addresses(String host) {
        return resolver.resolve(host)
                .onErrorMap(UnknownHostException.class, e -> new InvalidTarget("host " + host + " does not resolve."))
                .map(all -> {
                    if (all.isEmpty()) {
                        throw new InvalidTarget("host " + host + " does not resolve.");
                    }
                    if (!allowPrivate) {
                        for (InetAddress a : all) {
                            String why = AddressRules.refusal(a);
                            if (why != null) {
                                throw new InvalidTarget(
                                        "host " + host + " resolves to " + a.getHostAddress() + ", " + why + ".");
                            }
                        }
                    }
                    return all;
                });
    }

    /** The host as a resolver takes it: an IPv6 literal without its brackets. */
    public static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
