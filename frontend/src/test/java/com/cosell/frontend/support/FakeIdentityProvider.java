package com.cosell.frontend.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal OIDC provider over real HTTP for frontend tests: discovery (so the client registration
 * starts), and a token endpoint that answers refresh-token grants with a new access token.
 */
public final class FakeIdentityProvider {

    private static FakeIdentityProvider instance;

    private final HttpServer server;
    private final AtomicInteger refreshes = new AtomicInteger();

    private FakeIdentityProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/certs","userinfo_endpoint":"%1$s/userinfo","end_session_endpoint":"%1$s/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer())));
        server.createContext("/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!form.contains("grant_type=refresh_token")) {
                exchange.sendResponseHeaders(400, -1);
                exchange.close();
                return;
            }
            int n = refreshes.incrementAndGet();
            json(exchange, """
                    {"access_token":"refreshed-%d","token_type":"Bearer","expires_in":300,
                     "refresh_token":"refresh-%d"}""".formatted(n, n));
        });
        server.start();
    }

    public static synchronized FakeIdentityProvider get() {
        if (instance == null) {
            try {
                instance = new FakeIdentityProvider();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int refreshes() {
        return refreshes.get();
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
