package com.cosell.frontend;

import com.vaadin.flow.spring.SpringServlet;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
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

    static final String BROADCASTER = "org.atmosphere.cpr.broadcasterClass";
    static final String WRITE_TIMEOUT = "org.atmosphere.websocket.writeTimeout";

    @Bean
    static BeanPostProcessor pushOnThePushingThread(Environment environment) {
        Duration timeout =
                environment.getProperty("cosell.ui.push-write-timeout", Duration.class, Duration.ofSeconds(10));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter(BROADCASTER, "org.atmosphere.util.SimpleBroadcaster");
                    registration.addInitParameter(WRITE_TIMEOUT, String.valueOf(timeout.toMillis()));
                }
                return bean;
            }
        };
    }
}
