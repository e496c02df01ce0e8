package com.cosell.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.frontend.support.FrontendTestInitializer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Push over real WebSockets: a tab whose client stopped reading holds the thread that pushes to it
 * for at most the write timeout, its socket is then closed, and it gets its pushes again when it
 * connects anew; another tab hears its own pushes meanwhile.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cosell.ui.push-write-timeout=PT2S")
@ContextConfiguration(initializers = FrontendTestInitializer.class)
class PushWritesTest {

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(2);

    /** The UIs the server creates, in order: each test client's {@code ?v-r=init} makes one. */
    @TestConfiguration
    static class CreatedUis implements VaadinServiceInitListener {
        final BlockingQueue<UI> created = new LinkedBlockingQueue<>();

        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource().addUIInitListener(init -> created.add(init.getUI()));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    CreatedUis uis;

    private Socket stalled;

    @AfterEach
    void closeStalled() throws Exception {
        if (stalled != null) {
            stalled.close();
        }
    }

    @Test
    void aClientThatStopsReadingHoldsItsPusherForTheWriteTimeoutAndIsThenClosed() throws Exception {
        Tab reading = Tab.open(port, uis);
        Tab stopped = Tab.open(port, uis);
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        WebSocket readingPush = reading.listen(heard);
        stalled = stopped.connectWithoutReading();
        awaitConnected(stopped.ui);

        // Each push is half a megabyte: the socket's buffers fill after a few, and then a write waits.
        String half = "x".repeat(512 * 1024);
        long longest = 0;
        long start = System.nanoTime();
        int pushes = 0;
        while (connected(stopped.ui) && pushes < 200) {
            long t = System.nanoTime();
            stopped.ui.access(() -> stopped.ui.add(new Span(half))).get(30, TimeUnit.SECONDS);
            longest = Math.max(longest, System.nanoTime() - t);
            pushes++;
            reading.ui.access(() -> reading.ui.add(new Span("still here"))).get(5, TimeUnit.SECONDS);
        }
        Duration untilClosed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(connected(stopped.ui)).as("closed after %d pushes", pushes).isFalse();
        assertThat(Duration.ofNanos(longest))
                .as(
                        "the longest push holds its thread about the write timeout, not Atmosphere's minute (%d pushes)",
                        pushes)
                .isLessThan(WRITE_TIMEOUT.multipliedBy(3));
        assertThat(untilClosed).isLessThan(Duration.ofSeconds(30));
        assertThat(waitFor(heard, "still here"))
                .as("the reading tab heard its pushes")
                .isTrue();

        // Vaadin's client connects anew when its socket closes (and asks to resync what it missed).
        BlockingQueue<String> afterwards = new LinkedBlockingQueue<>();
        WebSocket again = stopped.listen(afterwards);
        awaitConnected(stopped.ui);
        stopped.ui.access(() -> stopped.ui.add(new Span("back again"))).get(5, TimeUnit.SECONDS);
        assertThat(waitFor(afterwards, "back again")).isTrue();
        again.abort();
        readingPush.abort();
    }

    private static boolean connected(UI ui) {
        return ui.getInternals().getPushConnection().isConnected();
    }

    private static void awaitConnected(UI ui) throws InterruptedException {
        for (int i = 0; i < 100 && !connected(ui); i++) {
            Thread.sleep(50); // the server side of a real socket's handshake: no clock to advance
        }
        assertThat(connected(ui)).as("push connected").isTrue();
    }

    private static boolean waitFor(BlockingQueue<String> messages, String text) throws InterruptedException {
        for (String m = messages.poll(10, TimeUnit.SECONDS); m != null; m = messages.poll(10, TimeUnit.SECONDS)) {
            if (m.contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** A browser tab as Vaadin's client makes one: a session, a UI and its push socket's address. */
    record Tab(int port, HttpClient http, UI ui, String query) {

        static Tab open(int port, CreatedUis uis) throws Exception {
            HttpClient http =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> init = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=init&location=&query="))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(init.statusCode()).isEqualTo(200);
            JsonNode config = JsonMapper.builder().build().readTree(init.body()).path("appConfig");
            String pushId = config.path("uidl").path("Vaadin-Push-ID").asString();
            String query = "v-r=push&v-uiId=" + config.path("v-uiId").asInt() + "&v-pushId=" + enc(pushId)
                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                    + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                    + "&Content-Type=" + enc("application/json; charset=UTF-8") + "&X-atmo-protocol=true";
            return new Tab(port, http, uis.created.poll(5, TimeUnit.SECONDS), query);
        }

        private String cookies() throws Exception {
            return String.join(
                    "; ",
                    http.cookieHandler()
                            .orElseThrow()
                            .get(URI.create("http://localhost:" + port + "/"), Map.of())
                            .getOrDefault("Cookie", List.of()));
        }

        WebSocket listen(BlockingQueue<String> heard) throws Exception {
            return http.newWebSocketBuilder()
                    .header("Cookie", cookies())
                    .header("Origin", "http://localhost:" + port)
                    .buildAsync(
                            URI.create("ws://localhost:" + port + "/VAADIN/push?" + query), new WebSocket.Listener() {
                                private final StringBuilder text = new StringBuilder();

                                @Override
                                public CompletionStage<?> onText(WebSocket socket, CharSequence part, boolean last) {
                                    text.append(part);
                                    if (last) {
                                        heard.add(text.toString());
                                        text.setLength(0);
                                    }
                                    socket.request(1);
                                    return null;
                                }
                            })
                    .get(5, TimeUnit.SECONDS);
        }

        /** The push socket's handshake, then nothing read: a client that stopped reading. */
        Socket connectWithoutReading() throws Exception {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(4096); // before connecting: the window stays this small
            socket.connect(new InetSocketAddress("localhost", port));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /VAADIN/push?" + query + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                            + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: http://localhost:" + port
                            + "\r\nCookie: " + cookies() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            assertThat(head.toString()).startsWith("HTTP/1.1 101");
            return socket;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
