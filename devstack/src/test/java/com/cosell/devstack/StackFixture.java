package com.cosell.devstack;

import java.nio.file.Path;

/** One local stack per test JVM, on free ports with a throw-away database, stopped and its data deleted at JVM exit. */
final class StackFixture {

    private static LocalStack stack;

    private StackFixture() {}

    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            Path repo = Path.of("..").toAbsolutePath().normalize();
            // No referral expires under a slow test; one that a test makes due (DueNow) expires within
            // 2 s. Each referral mails contoso's admin, and the order of the test classes varies with the
            // machine, so no test may find its mail gone to a flood's digest.
            StackSettings settings =
                    StackSettings.throwAway(repo, "cosell-e2e-", "PT1H", "PT2S").withMailFloodLimit(10_000);
            stack = LocalStack.start(settings, System.out);
            LocalStack started = stack;
            Runtime.getRuntime().addShutdownHook(new Thread(started::discard));
        }
        return stack;
    }
}
