package com.cosell.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code ./cosell run}: starts the local stack, says where to go, and stops it all on Ctrl-C. */
public final class DevStackMain {

    private DevStackMain() {}

    public static void main(String[] args) throws Exception {
        StackSettings settings = StackSettings.fromEnvironment(Path.of("").toAbsolutePath(), System.getenv());
        Optional<String> taken = takenPort(settings);
        if (taken.isPresent()) {
            System.err.println(taken.get());
            System.exit(2);
        }
        CountDownLatch stopping = new CountDownLatch(1);
        LocalStack[] running = new LocalStack[1];
        Thread stopper = new Thread(
                () -> {
                    stopping.countDown();
                    System.out.println("\nStopping Co-sell ...");
                    synchronized (running) {
                        if (running[0] != null) {
                            running[0].close();
                        }
                    }
                    System.out.println("Stopped.");
                },
                "cosell-stop");
        Runtime.getRuntime().addShutdownHook(stopper);

        LocalStack stack;
        try {
            stack = LocalStack.start(settings, System.out);
        } catch (Exception e) {
            System.err.println("\nCo-sell could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        synchronized (running) {
            running[0] = stack;
        }
        System.out.println(banner(settings));
        // Watch the children until Ctrl-C; one that dies by itself takes the stack down with a reason.
        while (!stopping.await(1, TimeUnit.SECONDS)) {
            Optional<String> failure = stack.failure();
            if (failure.isPresent() && stopping.getCount() > 0) {
                System.err.println(failure.get());
                System.exit(1);
            }
        }
    }

    /** Checks every port before starting anything, so no half-started stack is left behind. */
    static Optional<String> takenPort(StackSettings s) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL (COSELL_POSTGRES_PORT)", s.postgresPort());
        ports.put("Keycloak (COSELL_KEYCLOAK_PORT)", s.keycloakPort());
        ports.put("the backend (COSELL_BACKEND_PORT)", s.backendPort());
        ports.put("the frontend (COSELL_FRONTEND_PORT)", s.frontendPort());
        ports.put("the mail server's SMTP (COSELL_SMTP_PORT)", s.smtpPort());
        ports.put("the mail server's IMAP (COSELL_IMAP_PORT)", s.imapPort());
        for (var entry : ports.entrySet()) {
            try (ServerSocket socket = new ServerSocket(entry.getValue(), 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return Optional.of("Port " + entry.getValue() + " is taken; " + entry.getKey()
                        + " needs it. Stop what uses it (ss -ltnp 'sport = :" + entry.getValue()
                        + "') or choose another port with " + entry.getKey().replaceAll(".*\\((.*)\\)", "$1") + ".");
            }
        }
        return Optional.empty();
    }

    static String banner(StackSettings s) {
        return """

                ============================================================
                  Co-sell is running:  %s
                ============================================================
                  Sign in with a demo account (password = user name):
                    alice  contoso (partner)    MPN_ADMIN
                    bob    contoso (partner)    REFERRAL_ADMIN
                    carol  fabrikam (partner)   REFERRAL_ADMIN
                    mia    microsoft (vendor)   SELLER
                    dave   contoso (partner)    no role
                  API:       %s   (token from client cosell-cli)
                  Integrations (client credentials, secret <client>-dev-secret):
                    contoso-crm, fabrikam-crm, microsoft-crm
                  Keycloak:  http://localhost:%d   (admin / admin)
                  Mail:      kept, never delivered: %s (.eml files), or IMAP
                             localhost:%d (user and password: the address, e.g. alice@contoso.example.com)
                  Logs:      %s
                  Press Ctrl-C to stop.
                """.formatted(s.frontendUrl(), s.backendUrl(), s.keycloakPort(), s.mailDir(), s.imapPort(), s.logDir());
    }
}
