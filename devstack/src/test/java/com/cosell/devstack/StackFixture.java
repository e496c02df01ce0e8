package com.cosell.devstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** One local stack per test JVM, on free ports with a throw-away database, stopped at JVM exit. */
final class StackFixture {

    private static LocalStack stack;

    private StackFixture() {}

    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            Path repo = Path.of("..").toAbsolutePath().normalize();
            Path data = Files.createTempDirectory("cosell-e2e-");
            StackSettings settings = new StackSettings(
                    repo,
                    data,
                    repo.resolve(".local"),
                    freePort(),
                    freePort(),
                    freePort(),
                    freePort(),
                    freePort(),
                    freePort(),
                    StackSettings.KEYCLOAK_VERSION,
                    false,
                    // short enough for a test to watch a referral expire, long enough to answer one
                    "PT50S",
                    "PT2S");
            stack = LocalStack.start(settings, System.out);
            LocalStack started = stack;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return stack;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
