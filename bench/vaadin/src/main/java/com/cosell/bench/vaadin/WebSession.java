package com.cosell.bench.vaadin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One browser's HTTP state without a browser: its own cookie jars (one per host:port, as a browser
 * keeps the frontend's and Keycloak's apart by path and we key them by origin) and redirects followed
 * by hand. Java's CookieManager is not used because it drops the {@code Secure} cookies Keycloak sets
 * even on http://localhost, as browsers do not.
 */
final class WebSession {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** origin → cookie name → value (paths are all under what we request: / and /realms/cosell/). */
    private final Map<String, Map<String, String>> jars;

    WebSession() {
        this(new LinkedHashMap<>());
    }

    private WebSession(Map<String, Map<String, String>> jars) {
        this.jars = jars;
    }

    /** A session sharing the given session's jar for one origin (an identity provider's SSO cookie). */
    static WebSession sharing(WebSession other, String origin) {
        Map<String, Map<String, String>> jars = new LinkedHashMap<>();
        synchronized (other.jars) {
            jars.put(origin, other.jars.computeIfAbsent(origin, o -> new LinkedHashMap<>()));
        }
        return new WebSession(jars);
    }

    static String origin(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    String cookieHeader(URI uri) {
        Map<String, String> jar;
        synchronized (jars) {
            jar = jars.get(origin(uri));
        }
        if (jar == null) {
            return "";
        }
        synchronized (jar) {
            return jar.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
        }
    }

    String cookie(URI uri, String name) {
        synchronized (jars) {
            Map<String, String> jar = jars.get(origin(uri));
            return jar == null ? null : jar.get(name);
        }
    }

    HttpResponse<String> send(String method, URI uri, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept-Language", "en-US,en;q=0.9");
        String cookies = cookieHeader(uri);
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies);
        }
        headers.forEach(b::header);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        store(uri, response.headers().allValues("Set-Cookie"));
        return response;
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send("GET", uri, null, null, Map.of());
    }

    /** GET (or the given first request), then follows redirects like a browser: returns the last answer. */
    HttpResponse<String> follow(HttpResponse<String> first) throws IOException, InterruptedException {
        HttpResponse<String> r = first;
        for (int hops = 0; hops < 20 && r.statusCode() / 100 == 3; hops++) {
            URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
            r = get(next);
        }
        return r;
    }

    private void store(URI uri, List<String> setCookies) {
        if (setCookies.isEmpty()) {
            return;
        }
        Map<String, String> jar;
        synchronized (jars) {
            jar = jars.computeIfAbsent(origin(uri), o -> new LinkedHashMap<>());
        }
        synchronized (jar) {
            for (String c : setCookies) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                boolean expired = c.toLowerCase().contains("max-age=0") || value.isEmpty();
                if (expired) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
        }
    }
}
