package com.cosell.frontend;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.ServletContextAware;

/**
 * The buffers of each tab's push WebSocket, sized for what it carries. Push sends the browser its
 * changes; the browser sends its own over HTTP (Vaadin's WEBSOCKET_XHR transport), so the socket
 * receives next to nothing. Yet every connection held, whatever it received: a 16 KB byte and a
 * 32 KB char buffer of Atmosphere's that nothing reads (it clears them on close), and Tomcat's 8 KB
 * byte and 16 KB char receive buffers, growing to Vaadin's 16,384 on the first message — about 70 KB
 * of each session's heap (bench/vaadin). What is sent is not affected.
 *
 * <p>Below those, Tomcat gives every connection, for as long as it is open, an 8 KB read and an 8 KB
 * write buffer, and every WebSocket an 8 KB input, output and encoding buffer: 40 KB of each session's
 * heap (bench/vaadin, 2026-11-27), sized for bulk transfers; Tomcat's own advice for many kept-open
 * connections is to make them smaller. A push is a few hundred bytes to a few KB: a longer one goes
 * as several frames, which the browser joins. A response longer than the write buffer is written
 * straight from where Tomcat built it, and a request is read 1 KB at a time: a few more reads.
 */
@Configuration(proxyBeanMethods = false)
class PushBuffers implements ServletContextAware {

    /** Bytes, or chars, of the largest message a push socket receives whole. */
    static final int RECEIVE = 1024;

    /** Bytes a connection reads or writes at a time, for HTTP and for the push socket alike. */
    static final int SOCKET = 1024;

    /**
     * Tomcat reads its WebSocket buffer size once, from this JVM setting, when its classes load: set
     * by the application's {@code main} before Spring starts (an operator's own {@code -D} stays).
     */
    static final Map<String, String> TOMCAT_WEBSOCKET =
            Map.of("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE", String.valueOf(SOCKET));

    /** Atmosphere's own buffers: unused, so as small as it allows. */
    static final int ATMOSPHERE_UNUSED = 64;

    /** Vaadin sets Atmosphere's sizes unless the servlet's init parameters name them. */
    @Bean
    static BeanPostProcessor pushBufferSizes() {
        return VaadinServletParameters.of(Map.of(
                "org.atmosphere.websocket.bufferSize", String.valueOf(ATMOSPHERE_UNUSED),
                "org.atmosphere.websocket.maxTextMessageSize", String.valueOf(RECEIVE),
                "org.atmosphere.websocket.maxBinaryMessageSize", String.valueOf(RECEIVE)));
    }

    /** Every connection's read and write buffers (Tomcat's endpoint settings {@code socket.*}). */
    @Bean
    static TomcatConnectorCustomizer socketBufferSizes() {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(SOCKET));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET));
        };
    }

    /** Tomcat's first receive buffers, the same size, so the first message does not reallocate them. */
    @Override
    public void setServletContext(ServletContext context) {
        if (context.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
            container.setDefaultMaxTextMessageBufferSize(RECEIVE);
            container.setDefaultMaxBinaryMessageBufferSize(RECEIVE);
        }
    }
}
