package com.cosell.backend.web;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * {@code Forwarded} and {@code X-Forwarded-*} are applied only to requests from the proxies in
 * {@code cosell.trusted-proxies} (addresses or CIDR ranges; none by default) and removed from any
 * other, so a client cannot claim https (HSTS) or another host. Its bean name is the one the
 * WebFlux handler looks up; Boot's own transformer is off ({@code forward-headers-strategy: none}).
 */
@Component("forwardedHeaderTransformer")
class TrustedForwardedHeaders extends ForwardedHeaderTransformer {

    private final List<AddressRange> trusted;
    private final ForwardedHeaderTransformer removeOnly = new ForwardedHeaderTransformer();

    TrustedForwardedHeaders(@Value("${cosell.trusted-proxies:}") String trustedProxies) {
        this.trusted = Arrays.stream(trustedProxies.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(AddressRange::parse)
                .toList();
        removeOnly.setRemoveOnly(true);
    }

    @Override
    public ServerHttpRequest apply(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        boolean fromProxy = remote != null
                && remote.getAddress() != null
                && trusted.stream().anyMatch(range -> range.contains(remote.getAddress()));
        return fromProxy ? super.apply(request) : removeOnly.apply(request);
    }
}
