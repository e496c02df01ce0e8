package com.cosell.backend.presence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
class PresenceConfig {

    @Bean
    PresenceBoard presenceBoard() {
        return new PresenceBoard(Schedulers.parallel());
    }
}
