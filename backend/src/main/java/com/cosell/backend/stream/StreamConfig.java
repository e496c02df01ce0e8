package com.cosell.backend.stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
class StreamConfig {

    @Bean
    EventHub eventHub(SettledEvents events, EventsProperties properties) {
        return new EventHub(events, properties, Schedulers.parallel());
    }

    @Bean
    WebSocketService eventWebSocketService() {
        return new HandshakeWebSocketService();
    }
}
