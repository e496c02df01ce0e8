package com.cosell.devstack;

import org.junit.jupiter.api.BeforeAll;

/** A browser test against the shared local stack with the seeded referrals its pages need to show. */
abstract class SeededStackTest {

    static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = StackFixture.get();
        Seed.ensure(stack);
    }

    static String url(String path) {
        return stack.settings().frontendUrl() + path;
    }
}
