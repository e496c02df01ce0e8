package com.cosell.devstack;

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
import org.openqa.selenium.json.Json;

/** The API and its event stream as an integration reaches them: through the scale-out stack's proxy. */
final class ProxyApi {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Json JSON = new Json();

    private ProxyApi() {}

    static HttpResponse<String> call(ScaleOutStack stack, String token, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.apiUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A partner's own deal (nobody else's business), closing in 2027. */
    static String privateDeal(String name) {
        return """
                {"name": "%s", "type": "Independent",
                 "customerProfile": {"name": "Woodgrove Bank", "address": {"city": "Seoul", "country": "KR"},
                   "team": [{"firstName": "Jin", "lastName": "Seo", "phoneNumber": "+82 2 555 0100", "email": "jin.seo@woodgrove.example"}]},
                 "consent": {"consentToContact": true},
                 "details": {"dealValue": 1000, "currency": "USD", "closingDateTime": "2027-06-30T00:00:00Z",
                   "requirements": {"solutions": [{"id": "00000000-0000-4000-8000-000000000201"}]}},
                 "team": [{"firstName": "Bob", "lastName": "Lee", "phoneNumber": "+82 10 1234 5678", "email": "bob@contoso.example.com"}]}""".formatted(name);
    }

    static Map<String, Object> map(String body) {
        return JSON.toType(body, Map.class);
    }

    /** The referral called {@code name} as {@code token}'s organization holds it: its id. */
    @SuppressWarnings("unchecked")
    static String idByName(ScaleOutStack stack, String token, String name) throws Exception {
        HttpResponse<String> r = call(
                stack,
                token,
                "GET",
                "/v1.0/engagements/referrals?$filter="
                        + URLEncoder.encode("name eq '" + name + "'", StandardCharsets.UTF_8),
                null);
        List<Map<String, Object>> value =
                (List<Map<String, Object>>) map(r.body()).get("value");
        if (value == null || value.isEmpty()) {
            throw new AssertionError("no referral '" + name + "': " + r.body());
        }
        return (String) value.getFirst().get("id");
    }

    /** Contoso's copy (its own referral id) of an engagement the vendor sent it. */
    @SuppressWarnings("unchecked")
    static String copyOf(ScaleOutStack stack, String bobToken, String engagementId) throws Exception {
        HttpResponse<String> r = call(
                stack,
                bobToken,
                "GET",
                "/v1.0/engagements/referrals?$filter="
                        + URLEncoder.encode("engagementId eq " + engagementId, StandardCharsets.UTF_8),
                null);
        List<Map<String, Object>> value =
                (List<Map<String, Object>>) map(r.body()).get("value");
        if (value == null || value.isEmpty()) {
            throw new AssertionError("contoso holds no referral of engagement " + engagementId + ": " + r.body());
        }
        return (String) value.getFirst().get("id");
    }

    /** A subscriber of the event stream through the proxy; messages (JSON) and the close land in queues. */
    static final class Stream implements WebSocket.Listener, AutoCloseable {
        final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();
        final BlockingQueue<String> closes = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private final WebSocket socket;

        Stream(ScaleOutStack stack, String token, String query) throws Exception {
            socket = HTTP.newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(
                            URI.create(stack.apiUrl().replaceFirst("^http", "ws") + "/v1.0/engagements/events"
                                    + (query.isEmpty() ? "" : "?" + query)),
                            this)
                    .get(20, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(map(partial.toString()));
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            closes.add(status + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closes.add("error " + error);
        }

        Map<String, Object> next(Duration timeout) throws InterruptedException {
            Map<String, Object> m = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (m == null) {
                throw new AssertionError("no message on the event stream within " + timeout);
            }
            return m;
        }

        /** The next message of this type, others skipped. */
        Map<String, Object> next(String type, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Map<String, Object> m = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                if (type.equals(m.get("type"))) {
                    return m;
                }
            }
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
