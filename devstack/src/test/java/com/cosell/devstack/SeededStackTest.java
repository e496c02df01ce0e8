package com.cosell.devstack;

import org.junit.jupiter.api.BeforeAll;

/** A browser test against the shared local stack with the seeded referrals its pages need to show. */
abstract class SeededStackTest extends StackTest {

    @BeforeAll
    static void seed() throws Exception {
        Seed.ensure(stack);
    }
}
