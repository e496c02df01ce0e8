package com.cosell.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak for development: the distribution is fetched once from Maven Central into the local
 * Maven repository, unpacked into the cache folder, and started in dev mode on the embedded
 * PostgreSQL, importing the repository's {@code cosell} realm.
 */
final class KeycloakServer {

    private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    private KeycloakServer() {}

    /** The unpacked distribution, fetching and unpacking it the first time. */
    static Path install(StackSettings settings, PrintStream out) throws IOException, InterruptedException {
        String version = settings.keycloakVersion();
        Path home = settings.cacheDir().resolve("keycloak-" + version);
        Path kc = home.resolve("bin/kc.sh");
        if (Files.isRegularFile(kc)) {
            return home;
        }
        String artifact =
                "org/keycloak/keycloak-quarkus-dist/" + version + "/keycloak-quarkus-dist-" + version + ".zip";
        Path zip = Path.of(System.getProperty("user.home"), ".m2", "repository").resolve(artifact);
        if (!Files.isRegularFile(zip)) {
            download(URI.create(CENTRAL + artifact), zip, out);
        }
        out.println("Unpacking Keycloak " + version + " into " + home + " ...");
        Path staging = settings.cacheDir().resolve("keycloak-" + version + ".unpacking");
        deleteTree(staging);
        unzip(zip, staging, "keycloak-" + version + "/");
        for (String script : List.of("kc.sh", "kcadm.sh", "kcreg.sh")) {
            staging.resolve("bin").resolve(script).toFile().setExecutable(true);
        }
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        return home;
    }

    /** {@code name} names the log: a restart keeps the first start's log. */
    static ManagedProcess start(Path home, StackSettings settings, String name) throws IOException {
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        // The realm names the frontend's address in its redirect URIs: use the port this stack runs on.
        String realm = Files.readString(settings.repoRoot().resolve("keycloak/cosell-realm.json"))
                .replace("http://localhost:8080", settings.frontendUrl());
        Files.writeString(importDir.resolve("cosell-realm.json"), realm);
        List<String> command = List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--import-realm",
                "--http-port=" + settings.keycloakPort(),
                "--db=postgres",
                "--db-url=jdbc:postgresql://localhost:" + settings.postgresPort() + "/keycloak",
                "--db-username=keycloak",
                "--db-password=keycloak");
        Map<String, String> env = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        return ManagedProcess.start(name, command, env, settings.logDir());
    }

    private static void download(URI from, Path to, PrintStream out) throws IOException, InterruptedException {
        out.println("Fetching Keycloak from " + from + " (once; it is kept in the local Maven repository) ...");
        Files.createDirectories(to.getParent());
        Path partial = to.resolveSibling(to.getFileName() + ".part");
        HttpResponse<InputStream> response = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(HttpRequest.newBuilder(from).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IOException("Maven Central answered " + response.statusCode() + " for " + from);
        }
        long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        try (InputStream in = response.body();
                var file = Files.newOutputStream(partial)) {
            byte[] buffer = new byte[1 << 16];
            long done = 0;
            long lastMb = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                file.write(buffer, 0, n);
                done += n;
                if (done >> 24 > lastMb) { // every 16 MiB
                    lastMb = done >> 24;
                    out.printf("  %d of %d MiB%n", done >> 20, total >> 20);
                }
            }
        }
        Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void unzip(Path zip, Path target, String stripPrefix) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName().startsWith(stripPrefix)
                        ? entry.getName().substring(stripPrefix.length())
                        : entry.getName();
                Path dest = target.resolve(name).normalize();
                if (!dest.startsWith(target)) {
                    throw new IOException("Refusing zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(dest);
                } else {
                    Files.createDirectories(dest.getParent());
                    Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
