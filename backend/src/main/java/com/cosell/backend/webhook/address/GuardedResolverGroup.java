package com.cosell.backend.webhook.address;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.resolver.InetSocketAddressResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The resolver the webhook HTTP client connects through: every name is resolved and checked by the
 * {@link TargetGuard} at connection time, so the address connected to is the one checked (no window
 * for DNS rebinding between a check and the connect). IP literals never reach a resolver; the sender
 * checks those before it sends.
 */
public final class GuardedResolverGroup extends AddressResolverGroup<InetSocketAddress> {

    private final TargetGuard guard;

    public GuardedResolverGroup(TargetGuard guard) {
        this.guard = guard;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new InetSocketAddressResolver(executor, new InetNameResolver(executor) {
            @Override
            protected void doResolve(String host, Promise<InetAddress> promise) {
                guard.addresses(host).subscribe(all -> promise.trySuccess(all.getFirst()), promise::tryFailure);
            }

            @Override
            protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
                guard.addresses(host).subscribe(promise::trySuccess, promise::tryFailure);
            }
        });
    }
}
