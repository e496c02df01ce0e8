package com.cosell.bench.vaadin;

import com.cosell.api.referral.CustomerProfile;
import com.cosell.api.referral.Referral;
import com.cosell.devstack.StackSettings;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The stack's APIs as scripts use them: tokens from {@code cosell-cli}, the referrals API, Keycloak's admin API. */
final class Api {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private record Token(String value, long expiresNanos) {}

    private final StackSettings stack;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Api(StackSettings stack) {
        this.stack = stack;
    }

    /** A demo user's access token (kept for 2 of its 5 minutes). */
    String token(String user) throws IOException, InterruptedException {
        Token t = tokens.get(user);
        if (t != null && System.nanoTime() < t.expiresNanos()) {
            return t.value();
        }
        String body = "client_id=cosell-cli&grant_type=password&username=" + user + "&password=" + user;
        JsonNode json = json(
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(stack.issuerUri() + "/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                200);
        String value = json.get("access_token").asString();
        tokens.put(
                user, new Token(value, System.nanoTime() + Duration.ofMinutes(2).toNanos()));
        return value;
    }

    HttpResponse<String> call(String user, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stack.backendUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(user));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** mia sends a referral to contoso; returns its id. */
    String sendReferral(String name) throws IOException, InterruptedException {
        Referral referral = Referral.builder()
                .name(name)
                .target(List.of(new Referral.Target(Referral.Target.ORGANIZATION, "contoso", null)))
                .customerProfile(new CustomerProfile(
                        "Northwind Traders",
                        null,
                        new CustomerProfile.Address(null, null, "San Francisco", null, null, "US", null),
                        null,
                        null))
                .details(new Referral.Details(
                        null, new BigDecimal("50000"), "USD", Instant.parse("2027-06-30T00:00:00Z"), null, null, null))
                .build();
        String body = VaadinClient.JSON.writeValueAsString(referral);
        return json(call("mia", "POST", "/v1.0/engagements/referrals", "application/json", body), 201)
                .get("id")
                .asString();
    }

    /** The partner's copy (Incoming) of a referral mia sent, as bob sees it. */
    String incomingCopy(String name) throws IOException, InterruptedException {
        String filter = java.net.URLEncoder.encode(
                "direction eq 'Incoming' and name eq '" + name + "'", java.nio.charset.StandardCharsets.UTF_8);
        JsonNode page = json(call("bob", "GET", "/v1.0/engagements/referrals?$filter=" + filter, null, null), 200);
        return page.get("value").get(0).get("id").asString();
    }

    HttpResponse<String> patch(String user, String id, String operations) throws IOException, InterruptedException {
        return call(user, "PATCH", "/v1.0/engagements/referrals/" + id, "application/json-patch+json", operations);
    }

    /** Users of contoso with the REFERRAL_ADMIN role (password = user name), through Keycloak's partial import. */
    void createUsers(List<String> names) throws IOException, InterruptedException {
        for (int from = 0; from < names.size(); from += 50) {
            // a fresh admin token per batch: the master realm's tokens live 60 s, a batch can take longer
            String admin = json(
                            HTTP.send(
                                    HttpRequest.newBuilder(URI.create("http://localhost:" + stack.keycloakPort()
                                                    + "/realms/master/protocol/openid-connect/token"))
                                            .header("Content-Type", "application/x-www-form-urlencoded")
                                            .POST(
                                                    HttpRequest.BodyPublishers.ofString(
                                                            "client_id=admin-cli&grant_type=password&username=admin&password=admin"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString()),
                            200)
                    .get("access_token")
                    .asString();
            ObjectNode request = VaadinClient.JSON.createObjectNode();
            request.put("ifResourceExists", "SKIP");
            ArrayNode users = request.putArray("users");
            for (String name : names.subList(from, Math.min(names.size(), from + 50))) {
                ObjectNode u = users.addObject();
                u.put("username", name);
                u.put("enabled", true);
                u.put("email", name + "@contoso.example.com");
                u.put("emailVerified", true);
                u.put("firstName", "Bench");
                u.put("lastName", name);
                u.putObject("attributes").putArray("org").add("contoso");
                ObjectNode credential = u.putArray("credentials").addObject();
                credential.put("type", "password");
                credential.put("value", name);
                credential.put("temporary", false);
                u.putArray("realmRoles").add("REFERRAL_ADMIN");
            }
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://localhost:" + stack.keycloakPort() + "/admin/realms/cosell/partialImport"))
                            .timeout(Duration.ofMinutes(5))
                            .header("Authorization", "Bearer " + admin)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(VaadinClient.JSON.writeValueAsString(request)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak partial import answered " + r.statusCode() + ": " + r.body());
            }
        }
    }

    /** The backend's own event stream as {@code user} sees it: each text frame with its arrival time. */
    WebSocket events(String user, BiConsumer<Long, String> onFrame) throws Exception {
        URI uri = URI.create(stack.backendUrl().replace("http://", "ws://") + "/v1.0/engagements/events");
        return HTTP.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token(user))
                .buildAsync(uri, new TimedFrames(onFrame, error -> {}))
                .get();
    }

    private static JsonNode json(HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            throw new IllegalStateException(
                    r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return VaadinClient.JSON.readTree(r.body());
    }
}
