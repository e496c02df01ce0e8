package com.cosell.frontend;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * How a push reaches its tab. Vaadin sends each push as an Atmosphere broadcast to the one tab.
 * Atmosphere's default broadcaster hands it to a dispatch thread, which hands the write to a second
 * pool: two thread wake-ups per tab per push, most of the wait of the last tabs when a change goes to
 * hundreds (README, Performance). The simple broadcaster starts the write on the thread that pushes;
 * the write itself stays asynchronous.
 *
 * <p>That thread (a view's coalescing worker, shared by all sessions) then waits only when the tab's
 * previous push is still unwritten: a client that stopped reading. Atmosphere's write timeout bounds
 * that wait, and Tomcat closes a socket whose write has not finished within it; Vaadin's client
 * reconnects and gets what it missed. Its default, a minute, would hold a shared worker that long.
 */
@Configuration(proxyBeanMethods = false)
class PushWrites {

    @Bean
    static BeanPostProcessor pushOnThePushingThread(Environment environment) {
        Duration timeout =
                environment.getProperty("cosell.ui.push-write-timeout", Duration.class, Duration.ofSeconds(10));
        return VaadinServletParameters.of(Map.of(
                "org.atmosphere.cpr.broadcasterClass",
                "org.atmosphere.util.SimpleBroadcaster",
                "org.atmosphere.websocket.writeTimeout",
                String.valueOf(timeout.toMillis())));
    }
}
