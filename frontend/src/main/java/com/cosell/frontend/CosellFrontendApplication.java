package com.cosell.frontend;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
public class CosellFrontendApplication implements AppShellConfigurator {

    /**
     * The JDK's HTTP client gives each connection buffers sized for bulk transfers: a 16 KB read buffer
     * held while it waits, and, for a WebSocket, 16 KB each to write and to encode what it sends. Every
     * signed-in session holds a WebSocket to the backend's event stream, which receives events of a few
     * hundred bytes and sends only presence, so they cost about 45 KB of each session's heap
     * (bench/vaadin). Smaller buffers only mean more reads and writes for a longer message. Set before
     * the client's classes read them; an operator's own settings stay.
     */
    static final Map<String, String> HTTP_CLIENT_BUFFERS = Map.of(
            "jdk.httpclient.bufsize", "4096",
            "jdk.httpclient.websocket.writeBufferSize", "1024",
            "jdk.httpclient.websocket.intermediateBufferSize", "1024");

    public static void main(String[] args) {
        Stream.of(HTTP_CLIENT_BUFFERS, PushBuffers.TOMCAT_WEBSOCKET)
                .forEach(settings -> settings.forEach((property, value) -> {
                    if (System.getProperty(property) == null) {
                        System.setProperty(property, value);
                    }
                }));
        SpringApplication.run(CosellFrontendApplication.class, args);
    }
}
