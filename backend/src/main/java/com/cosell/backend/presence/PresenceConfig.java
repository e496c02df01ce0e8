package com.cosell.backend.presence;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
class PresenceConfig {

    @Bean
    PresenceBoard presenceBoard(@Value("${cosell.presence.timeout:PT75S}") Duration timeout) {
        return new PresenceBoard(Schedulers.parallel(), timeout);
    }
}
