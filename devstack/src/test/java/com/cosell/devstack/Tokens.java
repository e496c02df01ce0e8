package com.cosell.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo users' access tokens from Keycloak's {@code cosell-cli} client, the integrations' own tokens
 * (client credentials), and raw API calls with them.
 */
final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private Tokens() {}

    static String of(StackSettings stack, String user) throws Exception {
        return accessToken(
                user,
                tokenEndpoint(
                        stack, "client_id=cosell-cli&grant_type=password&username=" + user + "&password=" + user));
    }

    /** An application's own token: the client-credentials grant of a confidential client. */
    static String ofApplication(StackSettings stack, String clientId, String secret) throws Exception {
        return accessToken(
                clientId,
                tokenEndpoint(
                        stack, "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret));
    }

    static HttpResponse<String> tokenEndpoint(StackSettings stack, String form) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.issuerUri() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String accessToken(String who, HttpResponse<String> response) {
        Matcher m = ACCESS_TOKEN.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("No token for " + who + ": " + response.body());
        }
        return m.group(1);
    }

    static HttpResponse<String> call(StackSettings stack, String user, String method, String path, String json)
            throws Exception {
        return callWith(stack, of(stack, user), method, path, json);
    }

    static HttpResponse<String> callWith(StackSettings stack, String token, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.backendUrl() + path))
                .header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
