package com.cosell.devstack;

import java.nio.file.Path;

/** One local stack per test JVM, on free ports with a throw-away database, stopped and its data deleted at JVM exit. */
final class StackFixture {

    private static LocalStack stack;

    private StackFixture() {}

    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            Path repo = Path.of("..").toAbsolutePath().normalize();
            // short enough for a test to watch a referral expire, long enough to answer one
            StackSettings settings = StackSettings.throwAway(repo, "cosell-e2e-", "PT50S", "PT2S");
            stack = LocalStack.start(settings, System.out);
            LocalStack started = stack;
            Runtime.getRuntime().addShutdownHook(new Thread(started::discard));
        }
        return stack;
    }
}
