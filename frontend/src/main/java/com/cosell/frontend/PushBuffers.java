package com.cosell.frontend;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
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
 */
@Configuration(proxyBeanMethods = false)
class PushBuffers implements ServletContextAware {

    /** Bytes, or chars, of the largest message a push socket receives whole. */
    static final int RECEIVE = 2048;

    /** Atmosphere's own buffers: unused, so as small as it allows. */
    static final int ATMOSPHERE_UNUSED = 64;

    /** Vaadin sets Atmosphere's sizes unless the servlet's init parameters name them. */
    @Bean
    static BeanPostProcessor pushBufferSizes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter(
                            "org.atmosphere.websocket.bufferSize", String.valueOf(ATMOSPHERE_UNUSED));
                    registration.addInitParameter(
                            "org.atmosphere.websocket.maxTextMessageSize", String.valueOf(RECEIVE));
                    registration.addInitParameter(
                            "org.atmosphere.websocket.maxBinaryMessageSize", String.valueOf(RECEIVE));
                }
                return bean;
            }
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
