package com.cosell.backend.support;

import java.util.List;
import java.util.Map;

/** The demo realm's users and integrations, as tokens of the test issuer. */
public final class Users {

    public record User(String name, String org, List<String> roles) {}

    public static final Map<String, User> ALL = Map.of(
            "alice", new User("alice", "contoso", List.of("MPN_ADMIN")),
            "bob", new User("bob", "contoso", List.of("REFERRAL_ADMIN")),
            "carol", new User("carol", "fabrikam", List.of("REFERRAL_ADMIN")),
            "mia", new User("mia", "microsoft", List.of("SELLER")),
            "dave", new User("dave", "contoso", List.of()));

    /** The demo realm's integrations, which sign in as themselves (client credentials). */
    public static final Map<String, User> APPLICATIONS = Map.of(
            "contoso-crm", new User("contoso-crm", "contoso", List.of("REFERRAL_ADMIN")),
            "fabrikam-crm", new User("fabrikam-crm", "fabrikam", List.of("REFERRAL_ADMIN")),
            "microsoft-crm", new User("microsoft-crm", "microsoft", List.of("SELLER")));

    private Users() {}

    /** A demo user's token, or an integration's own token when given a client id such as contoso-crm. */
    public static String token(String user) {
        User app = APPLICATIONS.get(user);
        if (app != null) {
            return TestIssuer.get()
                    .applicationToken(app.name(), app.org(), app.roles().toArray(String[]::new));
        }
        User u = ALL.get(user);
        return TestIssuer.get().token(u.name(), u.org(), u.roles().toArray(String[]::new));
    }
}
