package com.cosell.backend.webhook.address;

import java.net.InetAddress;
import java.util.List;
import reactor.core.publisher.Mono;

/** Resolves a host name (or parses an IP literal) to its addresses; a seam for tests of DNS changes. */
public interface HostResolver {

    Mono<List<InetAddress>> resolve(String host);
}
