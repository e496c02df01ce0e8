package com.cosell.bench.vaadin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Vaadin's Flow client does in a browser tab, over plain HTTP: sign in through the frontend's
 * OIDC code flow at the real identity provider, bootstrap a UI ({@code ?v-r=init}), navigate it to a
 * route (the {@code ui-navigate} event the client router sends), answer the grid's update
 * confirmations, open the push WebSocket ({@code ?v-r=push}) and send heartbeats.
 */
final class VaadinClient implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern ANY_ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern CONFIRM = Pattern.compile("\\$connector\\.confirm\\(\\$1\\)");

    /** A push message as it arrived: System.nanoTime() of its arrival and its text. */
    record PushMessage(long nanos, String text) {}

    OpenSessions.Kind kind = OpenSessions.Kind.SIGNED_IN;
    private final URI frontend;
    private final WebSession web;
    private int uiId = -1;
    private String csrf;
    private String pushId;
    private int clientId;
    private int syncId = -1;
    private volatile WebSocket push;
    final List<PushMessage> received = new CopyOnWriteArrayList<>();
    private volatile Consumer<PushMessage> onPush = m -> {};

    VaadinClient(URI frontend, WebSession web) {
        this.frontend = frontend;
        this.web = web;
    }

    /** The full code flow: frontend → Keycloak login form (or its SSO cookie) → callback → the app page. */
    void signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = web.get(frontend.resolve("/"));
        // Follow until Keycloak shows its form or sends us back with a code.
        for (int hops = 0; hops < 10 && r.statusCode() / 100 == 3; hops++) {
            r = web.get(r.uri().resolve(r.headers().firstValue("Location").orElseThrow()));
        }
        if (r.statusCode() == 200 && r.body().contains("kc-form-login")) {
            Matcher m = FORM_ACTION.matcher(r.body());
            if (!m.find()) {
                m = ANY_ACTION.matcher(r.body());
                if (!m.find()) {
                    throw new IllegalStateException("No login form at " + r.uri());
                }
            }
            URI action = r.uri().resolve(m.group(1).replace("&amp;", "&"));
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&credentialId=";
            r = web.follow(web.send("POST", action, "application/x-www-form-urlencoded", form, Map.of()));
        }
        if (r.statusCode() != 200 || !r.uri().getPath().equals("/") || r.body().contains("kc-form-login")) {
            throw new IllegalStateException("Sign-in of " + user + " ended at " + r.statusCode() + " " + r.uri() + ": "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
    }

    /** {@code ?v-r=init}: the server creates the UI (no view yet: the client router navigates next). */
    JsonNode init(String location) throws IOException, InterruptedException {
        HttpResponse<String> r = web.get(frontend.resolve("/?v-r=init&location=" + enc(location) + "&query="));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("init answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode init = JSON.readTree(r.body());
        JsonNode config = init.path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asString();
        pushId = uidl.path("Vaadin-Push-ID").asString(null);
        syncId = uidl.path("syncId").asInt(-1);
        clientId = uidl.path("clientId").asInt(0);
        return init;
    }

    /** The router's navigation round trip; the answer builds the route's layout and view. */
    JsonNode navigate(String route) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", 1);
        rpc.put("event", "ui-navigate");
        rpc.set("data", data);
        JsonNode answer = uidl(List.of(rpc));
        confirmGridUpdates(answer);
        return answer;
    }

    /** The grid connector confirms each data update it applied; the server releases the old keys then. */
    private void confirmGridUpdates(JsonNode answer) throws IOException, InterruptedException {
        List<ObjectNode> confirms = new ArrayList<>();
        for (JsonNode e : answer.path("execute")) {
            String script = e.get(e.size() - 1).asString("");
            if (CONFIRM.matcher(script).find() && e.size() >= 3) {
                ObjectNode rpc = JSON.createObjectNode();
                rpc.put("type", "publishedEventHandler");
                rpc.put("node", e.get(0).path("@v-node").asInt());
                rpc.put("templateEventMethodName", "confirmUpdate");
                rpc.putArray("templateEventMethodArgs").add(e.get(1).asInt());
                rpc.put("promise", 0);
                confirms.add(rpc);
            }
        }
        if (!confirms.isEmpty()) {
            uidl(new ArrayList<>(confirms));
        }
    }

    /** One client → server UIDL message over XHR (the project's push config: alwaysXhrToServer). */
    synchronized JsonNode uidl(List<? extends JsonNode> rpcs) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrf);
        ArrayNode rpc = message.putArray("rpc");
        rpcs.forEach(rpc::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> r = web.send(
                "POST",
                frontend.resolve("/?v-r=uidl&v-uiId=" + uiId),
                "application/json; charset=UTF-8",
                JSON.writeValueAsString(message),
                Map.of());
        String body = r.body();
        if (r.statusCode() != 200) {
            throw new IllegalStateException("UIDL answered " + r.statusCode() + ": " + body);
        }
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        if (answer.has("meta") && answer.path("meta").has("sessionExpired")) {
            throw new IllegalStateException("session expired: " + body);
        }
        if (answer.has("syncId")) {
            syncId = answer.get("syncId").asInt();
        }
        if (answer.has("clientId")) {
            clientId = answer.get("clientId").asInt();
        } else {
            clientId++;
        }
        return answer;
    }

    /** Tells the server this UI is still open (browsers do it every heartbeatInterval, 300 s). */
    void heartbeat() throws IOException, InterruptedException {
        HttpResponse<String> r = web.send(
                "POST", frontend.resolve("/?v-r=heartbeat&v-uiId=" + uiId), "text/plain;charset=utf-8", "", Map.of());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("heartbeat answered " + r.statusCode());
        }
    }

    /**
     * Opens the push WebSocket the way Atmosphere's JavaScript client does for Vaadin; completes when
     * the server has answered the handshake.
     */
    void connectPush(Duration timeout) throws Exception {
        String query = "v-r=push&v-uiId=" + uiId + (pushId == null ? "" : "&v-pushId=" + enc(pushId))
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=" + enc("application/json; charset=UTF-8") + "&X-atmo-protocol=true";
        // Vaadin on Spring Boot maps its JSR 356 push endpoint at /VAADIN/push (the frontend log says so).
        URI ws = URI.create("ws://" + frontend.getHost() + ":" + frontend.getPort() + "/VAADIN/push?" + query);
        CompletableFuture<Void> firstMessage = new CompletableFuture<>();
        push = WebSession.HTTP
                .newWebSocketBuilder()
                .header("Cookie", web.cookieHeader(frontend))
                .header("Origin", frontend.getScheme() + "://" + frontend.getHost() + ":" + frontend.getPort())
                .connectTimeout(timeout)
                .buildAsync(
                        ws,
                        new TimedFrames(
                                (now, text) -> {
                                    PushMessage m = new PushMessage(now, text);
                                    received.add(m);
                                    onPush.accept(m);
                                    firstMessage.complete(null);
                                },
                                firstMessage::completeExceptionally))
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        firstMessage.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onPush(Consumer<PushMessage> listener) {
        this.onPush = listener;
    }

    boolean pushConnected() {
        WebSocket ws = push;
        return ws != null && !ws.isInputClosed();
    }

    int uiId() {
        return uiId;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        WebSocket ws = push;
        if (ws != null) {
            ws.abort();
        }
    }
}
