package com.cosell.backend.webhook.address;

import java.net.InetAddress;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
class TargetConfig {

    /**
     * The system resolver (getaddrinfo: /etc/hosts, the configured DNS) blocks its thread, so it runs
     * on boundedElastic, never on a Netty thread. Netty's own DNS client would not block, but it reads
     * resolv.conf itself and may disagree with the system about a name; lookups are one per delivery
     * attempt, so a borrowed thread costs little.
     */
    @Bean
    @ConditionalOnMissingBean
    HostResolver hostResolver() {
        return host -> Mono.fromCallable(() -> List.of(InetAddress.getAllByName(host)))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
