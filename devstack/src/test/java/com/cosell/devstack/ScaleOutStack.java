package com.cosell.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * Co-sell scaled out as docker-compose runs it: two backends and two frontends behind nginx
 * ({@code deploy/nginx.conf}), on a database of their own, signing in at the shared test stack's
 * Keycloak. One per test JVM; the drills stop, kill and restart its parts by name.
 */
final class ScaleOutStack implements AutoCloseable {

    static final List<String> BACKENDS = List.of("backend-1", "backend-2");
    static final List<String> FRONTENDS = List.of("frontend-1", "frontend-2");
    /** The pages' heartbeat, and the presence timeout of two and a half of them (30 s and 75 s by default). */
    static final Duration HEARTBEAT = Duration.ofSeconds(6);

    static final Duration PRESENCE_TIMEOUT = HEARTBEAT.multipliedBy(5).dividedBy(2);
    private static ScaleOutStack instance;

    private final StackSettings shared;
    private final Path dir;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ManagedProcess> running = new LinkedHashMap<>();
    private final Map<String, Integer> starts = new LinkedHashMap<>();
    private final int proxyFront;
    private final int proxyApi;
    private LocalDatabase database;
    private int dbPort;

    private ScaleOutStack(StackSettings shared, Path dir) throws IOException {
        this.shared = shared;
        this.dir = dir;
        for (String name : List.of("backend-1", "backend-2", "frontend-1", "frontend-2")) {
            ports.put(name, StackSettings.freePort());
        }
        proxyFront = StackSettings.freePort();
        proxyApi = StackSettings.freePort();
    }

    static synchronized ScaleOutStack get() throws Exception {
        if (instance == null) {
            LocalStack stack = StackFixture.get();
            ScaleOutStack s = new ScaleOutStack(stack.settings(), Files.createTempDirectory("cosell-scaleout-"));
            try {
                s.startAll();
            } catch (Exception | Error e) {
                s.close();
                throw e;
            }
            instance = s;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        }
        return instance;
    }

    private void startAll() throws Exception {
        dbPort = StackSettings.freePort();
        database = LocalDatabase.start(dir.resolve("postgres"), dbPort);
        allowSignInThroughTheProxy();
        // One after the other on the empty database: Liquibase's first run creates its own tables
        // before it takes its lock, so two first runs at once collide (docker-compose orders them too).
        for (String b : BACKENDS) {
            launch(b);
            awaitReady(b);
        }
        Map<String, String> upstreams = new LinkedHashMap<>();
        ports.forEach((name, port) ->
                upstreams.put(name + ":" + (name.startsWith("backend") ? 8081 : 8080), "127.0.0.1:" + port));
        running.put(
                "nginx",
                Nginx.start(
                        shared.repoRoot(), dir.resolve("nginx"), upstreams, Map.of(8080, proxyFront, 8081, proxyApi)));
        running.get("nginx").awaitReady(apiUrl() + "/actuator/health/readiness", Duration.ofSeconds(30), s -> {});
        for (String f : FRONTENDS) {
            launch(f);
        }
        for (String f : FRONTENDS) {
            awaitReady(f);
        }
    }

    /** The workspace as people reach it: through the proxy. */
    String frontendUrl() {
        return "http://localhost:" + proxyFront;
    }

    /** The API as integrations reach it: through the proxy. */
    String apiUrl() {
        return "http://localhost:" + proxyApi;
    }

    /** One instance directly, bypassing the proxy (to tell which one answered). */
    String directUrl(String name) {
        return "http://localhost:" + ports.get(name);
    }

    StackSettings keycloak() {
        return shared;
    }

    boolean isRunning(String name) {
        ManagedProcess p = running.get(name);
        return p != null && p.isAlive();
    }

    /** SIGKILL: the instance vanishes mid-request, as in a crash. */
    void kill(String name) throws InterruptedException {
        running.remove(name).kill();
    }

    /** SIGTERM and wait: a graceful stop, as an orchestrator does; returns how long it took. */
    Duration stop(String name) {
        long start = System.nanoTime();
        running.remove(name).close();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    int databasePort() {
        return dbPort;
    }

    /** Rows of a query on the stack's database, as text (for a failure's message). */
    String query(String sql) {
        StringBuilder rows = new StringBuilder();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + dbPort + "/cosell", "cosell", "cosell");
                java.sql.ResultSet r = c.createStatement().executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.append(i == 1 ? "[" : ", ").append(r.getString(i));
                }
                rows.append("] ");
            }
        } catch (java.sql.SQLException e) {
            rows.append(e.getMessage());
        }
        return rows.toString();
    }

    /** Stops the stack's PostgreSQL (a fast shutdown: sessions cut, data kept), as a restart or failover does. */
    void stopDatabase() throws IOException {
        database.close();
        database = null;
    }

    /** Starts PostgreSQL again on the same port and data folder. */
    void startDatabase() throws IOException, java.sql.SQLException {
        database = LocalDatabase.start(dir.resolve("postgres"), dbPort);
    }

    boolean databaseRunning() {
        return database != null;
    }

    /** Starts a stopped instance again on its port and waits until it is ready. */
    void start(String name) throws Exception {
        launch(name);
        awaitReady(name);
    }

    private void launch(String name) throws IOException {
        int n = starts.merge(name, 1, Integer::sum);
        Path jar = shared.repoRoot()
                .resolve(
                        name.startsWith("backend")
                                ? "backend/target/cosell-backend-exec.jar"
                                : "frontend/target/cosell-frontend-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./cosell mvn -DskipTests install).");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString()));
        Map<String, String> env = name.startsWith("backend")
                ? Map.ofEntries(
                        Map.entry("SERVER_PORT", String.valueOf(ports.get(name))),
                        Map.entry("DB_PORT", String.valueOf(dbPort)),
                        Map.entry("ISSUER_URI", shared.issuerUri()),
                        // no referral expires under a slow test; a drill makes one due (DueNow)
                        Map.entry("REFERRAL_EXPIRY", "PT1H"),
                        Map.entry("EXPIRY_INTERVAL", "PT2S"),
                        Map.entry("SEED_DEMO_DATA", "false"),
                        Map.entry("COSELL_PUBLIC_URL", frontendUrl()),
                        Map.entry("COSELL_API_PUBLIC_URL", apiUrl()),
                        Map.entry("TRUSTED_PROXIES", "127.0.0.1"),
                        // the drills' webhook receiver listens on loopback, over plain HTTP
                        Map.entry("WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true"),
                        Map.entry("WEBHOOKS_ALLOW_HTTP", "true"),
                        // a killed instance's webhook lease runs out within the drill's patience (it
                        // must outlast one attempt: connect 5 s + response 10 s + 2 s)
                        Map.entry("WEBHOOKS_LEASE", "PT20S"),
                        // a closed browser's presence ends within a drill's patience (default 75 s)
                        Map.entry("PRESENCE_TIMEOUT", PRESENCE_TIMEOUT.toString()))
                : Map.of(
                        "SERVER_PORT", String.valueOf(ports.get(name)),
                        "ISSUER_URI", shared.issuerUri(),
                        "BACKEND_URL", apiUrl(),
                        "TRUSTED_PROXIES", "127.0.0.1",
                        "HEARTBEAT_INTERVAL", String.valueOf(HEARTBEAT.toSeconds()));
        running.put(name, ManagedProcess.start(n == 1 ? name : name + "-start" + n, command, env, dir.resolve("logs")));
    }

    private void awaitReady(String name) throws InterruptedException {
        String url = directUrl(name) + (name.startsWith("backend") ? "/actuator/health/readiness" : "/");
        running.get(name)
                .awaitReady(
                        url,
                        Duration.ofMinutes(3),
                        s -> System.out.println("  ... " + name + " is still starting (" + s + " s)"));
    }

    /** Keycloak sends people back only to addresses it knows: add the proxy's. */
    private void allowSignInThroughTheProxy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Json json = new Json();
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(
                                URI.create(shared.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "client_id=admin-cli&grant_type=password&username=admin" + "&password=admin"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String admin = (String) ((Map<?, ?>) json.toType(token.body(), Map.class)).get("access_token");
        String clients = shared.keycloakUrl() + "/admin/realms/cosell/clients";
        HttpResponse<String> found = http.send(
                HttpRequest.newBuilder(URI.create(clients + "?clientId=cosell-ui"))
                        .header("Authorization", "Bearer " + admin)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        @SuppressWarnings("unchecked")
        Map<String, Object> client =
                new LinkedHashMap<>(((List<Map<String, Object>>) json.toType(found.body(), List.class)).getFirst());
        @SuppressWarnings("unchecked")
        List<String> redirects = new ArrayList<>((List<String>) client.get("redirectUris"));
        redirects.add(frontendUrl() + "/login/oauth2/code/idp");
        client.put("redirectUris", redirects);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = new LinkedHashMap<>((Map<String, Object>) client.get("attributes"));
        attributes.put(
                "post.logout.redirect.uris",
                attributes.get("post.logout.redirect.uris") + "##" + frontendUrl() + "##" + frontendUrl() + "/");
        client.put("attributes", attributes);
        HttpResponse<String> put = http.send(
                HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id")))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json.toJson(client)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() != 204) {
            throw new IllegalStateException(
                    "Keycloak refused the proxy's redirect URI: " + put.statusCode() + " " + put.body());
        }
    }

    @Override
    public synchronized void close() {
        List<String> names = new ArrayList<>(running.keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            running.remove(names.get(i)).close();
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                System.out.println("PostgreSQL of the scale-out stack did not stop cleanly: " + e.getMessage());
            }
            database = null;
            TempFolders.delete(dir.resolve("postgres"));
        }
    }
}
