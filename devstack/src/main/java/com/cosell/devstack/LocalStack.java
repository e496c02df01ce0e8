package com.cosell.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole product on one machine: embedded PostgreSQL, Keycloak, backend, frontend, each started
 * once what it needs is ready. Closing it stops them in reverse order.
 */
public final class LocalStack implements AutoCloseable {

    private final StackSettings settings;
    private final PrintStream out;
    private final List<ManagedProcess> processes = new ArrayList<>();
    private LocalDatabase database;
    private LocalMail mail;
    private Path keycloakHome;
    private ManagedProcess keycloak;
    private int keycloakStarts = 1;

    private LocalStack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static LocalStack start(StackSettings settings, PrintStream out) throws Exception {
        LocalStack stack = new LocalStack(settings, out);
        try {
            stack.startAll();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() throws IOException, SQLException, InterruptedException {
        Path backendJar = jar("backend", "cosell-backend-exec.jar");
        Path frontendJar = jar("frontend", "cosell-frontend-exec.jar");
        keycloakHome = KeycloakServer.install(settings, out);

        out.println("Starting PostgreSQL 18 on port " + settings.postgresPort() + " (data in "
                + settings.dataDir().resolve("postgres") + ") ...");
        database = LocalDatabase.start(settings.dataDir().resolve("postgres"), settings.postgresPort());

        out.println("Starting Keycloak " + settings.keycloakVersion() + " on port " + settings.keycloakPort()
                + " (first start takes about a minute) ...");
        keycloak = add(KeycloakServer.start(keycloakHome, settings, "keycloak"));
        out.println("Starting the mail server (GreenMail) on ports " + settings.smtpPort() + " (SMTP) and "
                + settings.imapPort() + " (IMAP) ...");
        mail = LocalMail.start(settings.mailDir(), settings.smtpPort(), settings.imapPort());
        // The backend fetches signing keys lazily, so it need not wait for Keycloak.
        out.println("Starting the backend on port " + settings.backendPort() + " ...");
        ManagedProcess backend = add(ManagedProcess.start(
                "backend",
                java(backendJar),
                Map.ofEntries(
                        Map.entry("SERVER_PORT", String.valueOf(settings.backendPort())),
                        Map.entry("DB_PORT", String.valueOf(settings.postgresPort())),
                        Map.entry("ISSUER_URI", settings.issuerUri()),
                        Map.entry("REFERRAL_EXPIRY", settings.referralExpiry()),
                        Map.entry("EXPIRY_INTERVAL", settings.expiryInterval()),
                        Map.entry("SEED_DEMO_DATA", String.valueOf(settings.demoData())),
                        Map.entry("DIRECTORY_URL", settings.keycloakUrl()),
                        Map.entry("DIRECTORY_CLIENT_SECRET", "cosell-directory-dev-secret"),
                        Map.entry("DIRECTORY_MANAGE_ROLES", "true"),
                        Map.entry(
                                "DIRECTORY_CONSOLE_URL",
                                settings.keycloakUrl() + "/admin/master/console/#/cosell/users"),
                        // On one machine the receivers a developer tries are on localhost, over plain http.
                        Map.entry("WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true"),
                        Map.entry("WEBHOOKS_ALLOW_HTTP", "true"),
                        // Mail goes to the local GreenMail, which keeps it; links in it lead to this stack.
                        Map.entry("SMTP_HOST", "127.0.0.1"),
                        Map.entry("SMTP_PORT", String.valueOf(settings.smtpPort())),
                        Map.entry("SMTP_FROM", "Co-sell <co-sell@localhost>"),
                        Map.entry("COSELL_PUBLIC_URL", settings.frontendUrl()),
                        Map.entry("COSELL_API_PUBLIC_URL", settings.backendUrl()),
                        Map.entry("MAIL_POLL_INTERVAL", "PT1S"),
                        Map.entry("MAIL_FLOOD_LIMIT", String.valueOf(settings.mailFloodLimit()))),
                settings.logDir()));

        keycloak.awaitReady(
                settings.issuerUri() + "/.well-known/openid-configuration",
                Duration.ofMinutes(4),
                s -> out.println("  ... Keycloak is still starting (" + s + " s)"));
        out.println("Keycloak is ready.");
        backend.awaitReady(
                settings.backendUrl() + "/actuator/health/readiness",
                Duration.ofMinutes(2),
                s -> out.println("  ... backend is still starting (" + s + " s)"));
        out.println("The backend is ready.");

        // The frontend discovers the IdP at start-up, so it starts once Keycloak answers.
        out.println("Starting the frontend on port " + settings.frontendPort() + " ...");
        ManagedProcess frontend = add(ManagedProcess.start(
                "frontend",
                java(frontendJar),
                Map.of(
                        "SERVER_PORT", String.valueOf(settings.frontendPort()),
                        "ISSUER_URI", settings.issuerUri(),
                        "BACKEND_URL", settings.backendUrl()),
                settings.logDir()));
        frontend.awaitReady(
                settings.frontendUrl() + "/",
                Duration.ofMinutes(3),
                s -> out.println("  ... frontend is still starting (" + s + " s)"));
    }

    /** Stops Keycloak (an identity-provider outage, for the fault drills); {@link #startKeycloak} brings it back. */
    public void stopKeycloak() {
        processes.remove(keycloak);
        keycloak.close();
    }

    /** Starts Keycloak again on its port and database and waits until it answers. */
    public void startKeycloak() throws IOException, InterruptedException {
        keycloak = add(KeycloakServer.start(keycloakHome, settings, "keycloak-start" + ++keycloakStarts));
        keycloak.awaitReady(
                settings.issuerUri() + "/.well-known/openid-configuration",
                Duration.ofMinutes(3),
                s -> out.println("  ... Keycloak is still starting (" + s + " s)"));
    }

    public boolean keycloakRunning() {
        return keycloak.isAlive();
    }

    /** A process that has stopped although nobody asked it to, if any. */
    public Optional<String> failure() {
        return processes.stream()
                .filter(p -> !p.isAlive())
                .findFirst()
                .map(p -> p.name() + " stopped unexpectedly.\n" + p.tail(30));
    }

    public StackSettings settings() {
        return settings;
    }

    private ManagedProcess add(ManagedProcess process) {
        processes.add(process);
        return process;
    }

    private Path jar(String module, String name) {
        Path jar = settings.repoRoot().resolve(module).resolve("target").resolve(name);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./cosell mvn -DskipTests package).");
        }
        return jar;
    }

    private List<String> java(Path jar) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.jvmOptions());
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
        processes.clear();
        if (mail != null) {
            mail.close();
            mail = null;
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                out.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            database = null;
        }
    }

    /** Closes the stack and deletes its database and mailboxes; the logs stay, to read after a failure. */
    public void discard() {
        close();
        TempFolders.delete(settings.dataDir().resolve("postgres"));
        TempFolders.delete(settings.dataDir().resolve("mail"));
    }
}
