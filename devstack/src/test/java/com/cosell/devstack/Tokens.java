package com.cosell.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Demo users' access tokens from Keycloak's {@code cosell-cli} client, and raw API calls with them. */
final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private Tokens() {
    }

    static String of(StackSettings stack, String user) throws Exception {
        String body = "client_id=cosell-cli&grant_type=password&username=" + user + "&password=" + user;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(stack.issuerUri() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = ACCESS_TOKEN.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("No token for " + user + ": " + response.body());
        }
        return m.group(1);
    }

    static HttpResponse<String> call(StackSettings stack, String user, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.backendUrl() + path))
                .header("Authorization", "Bearer " + of(stack, user));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
