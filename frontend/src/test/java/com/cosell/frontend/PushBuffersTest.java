package com.cosell.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.websocket.server.ServerContainer;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.net.SocketProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;

/**
 * The push socket's buffers: what Vaadin's servlet tells Atmosphere, Tomcat's first receive buffers,
 * its WebSocket buffers and every connection's.
 */
class PushBuffersTest {

    @Test
    void vaadinsServletNamesAtmospheresSizes() {
        ServletRegistrationBean<SpringServlet> vaadin =
                new ServletRegistrationBean<>(new SpringServlet(mock(ApplicationContext.class), true), "/*");
        ServletRegistrationBean<HttpServlet> other = new ServletRegistrationBean<>(new HttpServlet() {}, "/other");

        PushBuffers.pushBufferSizes().postProcessBeforeInitialization(vaadin, "servletRegistrationBean");
        PushBuffers.pushBufferSizes().postProcessBeforeInitialization(other, "other");

        assertThat(vaadin.getInitParameters())
                .containsEntry("org.atmosphere.websocket.bufferSize", "64")
                .containsEntry("org.atmosphere.websocket.maxTextMessageSize", "1024")
                .containsEntry("org.atmosphere.websocket.maxBinaryMessageSize", "1024");
        assertThat(other.getInitParameters()).isEmpty();
    }

    @Test
    void tomcatsFirstBuffersAreAsLargeAsTheLargestMessage() {
        ServletContext context = mock(ServletContext.class);
        ServerContainer container = mock(ServerContainer.class);
        when(context.getAttribute(ServerContainer.class.getName())).thenReturn(container);

        new PushBuffers().setServletContext(context);

        verify(container).setDefaultMaxTextMessageBufferSize(1024);
        verify(container).setDefaultMaxBinaryMessageBufferSize(1024);
    }

    @Test
    void everyConnectionReadsAndWritesThroughSmallBuffers() {
        Connector connector = new Connector();

        PushBuffers.socketBufferSizes().customize(connector);

        assertThat(connector.getProperty("socket.appReadBufSize")).hasToString("1024");
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("1024");
        int tomcatsOwn = new SocketProperties().getAppReadBufSize();
        assertThat(tomcatsOwn).isEqualTo(8192); // what the setting replaces
    }

    /** Tomcat reads the setting once, as its WebSocket classes load: here in a loader of their own. */
    @Test
    void tomcatsWebSocketBuffersFollowTheJvmSetting() throws Exception {
        String property = PushBuffers.TOMCAT_WEBSOCKET.keySet().iterator().next();
        URL[] tomcat = {
            ServerContainer.class.getProtectionDomain().getCodeSource().getLocation(),
            org.apache.tomcat.websocket.WsSession.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation(),
            Connector.class.getProtectionDomain().getCodeSource().getLocation()
        };
        String before = System.getProperty(property);
        System.setProperty(property, PushBuffers.TOMCAT_WEBSOCKET.get(property));
        try (URLClassLoader loader = new URLClassLoader(tomcat, ClassLoader.getPlatformClassLoader())) {
            Field size = Class.forName("org.apache.tomcat.websocket.Constants", true, loader)
                    .getDeclaredField("DEFAULT_BUFFER_SIZE");
            size.setAccessible(true);
            assertThat(size.getInt(null)).isEqualTo(PushBuffers.SOCKET);
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }
}
