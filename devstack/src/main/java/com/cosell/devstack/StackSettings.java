package com.cosell.devstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the local stack lives and listens. {@link #fromEnvironment} reads the {@code COSELL_*}
 * variables the README lists; tests build their own with free ports and a throw-away data folder.
 *
 * @param repoRoot      the checkout (holds the built jars and the realm file)
 * @param dataDir       PostgreSQL's data and the logs; survives restarts unless it is a temp folder
 * @param cacheDir      where Keycloak is unpacked once and reused
 * @param smtpPort      the local mail server's SMTP port, where the backend sends
 * @param imapPort      its IMAP port, where a mail program reads what was sent
 * @param demoData      let the backend fill an empty database with the demo data set
 * @param referralExpiry how long a received referral waits for an answer (ISO-8601)
 * @param expiryInterval how often the expiry job looks for due referrals (ISO-8601)
 * @param mailFloodLimit past this many instant mails to one person in a day, the rest wait for their
 *                      digest (the backend's own default is 10)
 * @param jvmOptions    the backend's and the frontend's JVM options: by default a small heap and the
 *                      JIT's first tier only, which starts them sooner on a laptop; the Docker images
 *                      run the full JIT
 */
public record StackSettings(
        Path repoRoot,
        Path dataDir,
        Path cacheDir,
        int postgresPort,
        int keycloakPort,
        int backendPort,
        int frontendPort,
        int smtpPort,
        int imapPort,
        String keycloakVersion,
        boolean demoData,
        String referralExpiry,
        String expiryInterval,
        int mailFloodLimit,
        List<String> jvmOptions) {

    public static final String KEYCLOAK_VERSION = "26.7.3";
    public static final int DEFAULT_MAIL_FLOOD_LIMIT = 10;
    private static final String PORT = "a port number";
    /**
     * The heap, committed whole from the start: left to size it, G1 held the frontend's heap near
     * twice its live sessions and collected it through every burst of pushes (bench/vaadin).
     */
    public static final String DEFAULT_HEAP = "-Xms768m -Xmx768m";
    /** The heap, and the JIT's first tier only, to start sooner. */
    public static final String DEFAULT_JVM_OPTIONS = DEFAULT_HEAP + " -XX:TieredStopAtLevel=1";

    public static StackSettings fromEnvironment(Path repoRoot, Map<String, String> env) {
        Path local = repoRoot.resolve(".local");
        return new StackSettings(
                repoRoot,
                Path.of(env.getOrDefault("COSELL_DATA_DIR", local.toString())),
                local,
                number(env, "COSELL_POSTGRES_PORT", 5433, PORT),
                number(env, "COSELL_KEYCLOAK_PORT", 8180, PORT),
                number(env, "COSELL_BACKEND_PORT", 8081, PORT),
                number(env, "COSELL_FRONTEND_PORT", 8080, PORT),
                number(env, "COSELL_SMTP_PORT", 2525, PORT),
                number(env, "COSELL_IMAP_PORT", 1143, PORT),
                KEYCLOAK_VERSION,
                !"false".equalsIgnoreCase(env.get("COSELL_DEMO_DATA")),
                env.getOrDefault("COSELL_REFERRAL_EXPIRY", "P14D"),
                env.getOrDefault("COSELL_EXPIRY_INTERVAL", "PT30S"),
                number(env, "COSELL_MAIL_FLOOD_LIMIT", DEFAULT_MAIL_FLOOD_LIMIT, "a number of mails"),
                options(env.getOrDefault("COSELL_JVM_OPTIONS", DEFAULT_JVM_OPTIONS)));
    }

    /**
     * A throw-away stack for tests and benches: every port free, the data in a new temp folder (named
     * with {@code prefix}), no demo data, Keycloak unpacked once under the checkout's {@code .local}.
     */
    public static StackSettings throwAway(Path repoRoot, String prefix, String referralExpiry, String expiryInterval)
            throws IOException {
        return new StackSettings(
                repoRoot,
                Files.createTempDirectory(prefix),
                repoRoot.resolve(".local"),
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                KEYCLOAK_VERSION,
                false,
                referralExpiry,
                expiryInterval,
                DEFAULT_MAIL_FLOOD_LIMIT,
                options(DEFAULT_JVM_OPTIONS));
    }

    /** The same stack with other JVM options for the backend and the frontend (blank-separated). */
    public StackSettings withJvmOptions(String options) {
        return with(mailFloodLimit, options(options));
    }

    /** The same stack with another flood limit for mail. */
    public StackSettings withMailFloodLimit(int limit) {
        return with(limit, jvmOptions);
    }

    private StackSettings with(int floodLimit, List<String> jvm) {
        return new StackSettings(
                repoRoot,
                dataDir,
                cacheDir,
                postgresPort,
                keycloakPort,
                backendPort,
                frontendPort,
                smtpPort,
                imapPort,
                keycloakVersion,
                demoData,
                referralExpiry,
                expiryInterval,
                floodLimit,
                jvm);
    }

    private static List<String> options(String options) {
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    /** A port nothing listens on now (the OS picks it). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String issuerUri() {
        return keycloakUrl() + "/realms/cosell";
    }

    public String frontendUrl() {
        return "http://localhost:" + frontendPort;
    }

    public String backendUrl() {
        return "http://localhost:" + backendPort;
    }

    /** Every mail the backend sent, as .eml files. */
    public Path mailDir() {
        return dataDir.resolve("mail");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    private static int number(Map<String, String> env, String name, int fallback, String what) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be " + what + ", not '" + value + "'");
        }
    }
}
