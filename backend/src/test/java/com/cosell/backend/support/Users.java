package com.cosell.backend.support;

import java.util.List;
import java.util.Map;

/** The demo realm's users, as tokens of the test issuer. */
public final class Users {

    public record User(String name, String org, List<String> roles) {
    }

    public static final Map<String, User> ALL = Map.of(
            "alice", new User("alice", "contoso", List.of("MPN_ADMIN")),
            "bob", new User("bob", "contoso", List.of("REFERRAL_ADMIN")),
            "carol", new User("carol", "fabrikam", List.of("REFERRAL_ADMIN")),
            "mia", new User("mia", "microsoft", List.of("SELLER")),
            "dave", new User("dave", "contoso", List.of()));

    private Users() {
    }

    public static String token(String user) {
        User u = ALL.get(user);
        return TestIssuer.get().token(u.name(), u.org(), u.roles().toArray(String[]::new));
    }
}
