package com.cosell.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.websocket.server.ServerContainer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;

/** The push socket's receive buffers: what Vaadin's servlet tells Atmosphere, and Tomcat's first ones. */
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
                .containsEntry("org.atmosphere.websocket.maxTextMessageSize", "2048")
                .containsEntry("org.atmosphere.websocket.maxBinaryMessageSize", "2048");
        assertThat(other.getInitParameters()).isEmpty();
    }

    @Test
    void tomcatsFirstBuffersAreAsLargeAsTheLargestMessage() {
        ServletContext context = mock(ServletContext.class);
        ServerContainer container = mock(ServerContainer.class);
        when(context.getAttribute(ServerContainer.class.getName())).thenReturn(container);

        new PushBuffers().setServletContext(context);

        verify(container).setDefaultMaxTextMessageBufferSize(2048);
        verify(container).setDefaultMaxBinaryMessageBufferSize(2048);
    }
}
