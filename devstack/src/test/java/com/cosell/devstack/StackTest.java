package com.cosell.devstack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;

/** A test against the shared local stack (one per test JVM): its pages' addresses and what its API answers. */
abstract class StackTest {

    /** The first {@code "id"} of an API answer. */
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = StackFixture.get();
    }

    static String url(String path) {
        return stack.settings().frontendUrl() + path;
    }

    /** The first id in an API answer's body; fails the test when there is none. */
    static String idOf(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no id in " + body);
        }
        return m.group(1);
    }
}
