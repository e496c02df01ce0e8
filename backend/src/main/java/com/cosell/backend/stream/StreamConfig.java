package com.cosell.backend.stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.reactive.socket.server.upgrade.ReactorNettyRequestUpgradeStrategy;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.server.WebsocketServerSpec;

@Configuration(proxyBeanMethods = false)
class StreamConfig {

    @Bean
    EventHub eventHub(SettledEvents events, EventsProperties properties) {
        return new EventHub(events, properties, Schedulers.parallel());
    }

    /**
     * The stream is one-way: a client sends at most the odd keep-alive text, which is read and
     * dropped. A frame larger than this closes the stream with 1009 (message too big) before it is
     * buffered; frames are never aggregated, so fragments cannot add up either.
     */
    static final int MAX_CLIENT_FRAME_BYTES = 1024;

    @Bean
    WebSocketService eventWebSocketService() {
        return new HandshakeWebSocketService(new ReactorNettyRequestUpgradeStrategy(
                () -> WebsocketServerSpec.builder().maxFramePayloadLength(MAX_CLIENT_FRAME_BYTES)));
    }
}
