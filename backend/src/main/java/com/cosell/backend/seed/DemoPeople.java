package com.cosell.backend.seed;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** The people of the demo organizations and their customers, so the demo reads like real, varied work. */
final class DemoPeople {

    private static final Map<String, List<Map<String, Object>>> TEAMS = Map.of(
            "microsoft",
                    List.of(
                            person("Mia", "Choi", "+1 425 555 0110", "mia@microsoft.example.com"),
                            person("Sam", "Park", "+1 425 555 0111", "sam@microsoft.example.com"),
                            person("Priya", "Nair", "+1 425 555 0112", "priya@microsoft.example.com")),
            "contoso",
                    List.of(
                            person("Bob", "Lee", "+82 10 1234 5678", "bob@contoso.example.com"),
                            person("Alice", "Kim", "+82 10 2345 6789", "alice@contoso.example.com"),
                            person("Jun", "Han", "+82 10 3456 7890", "jun@contoso.example.com")),
            "fabrikam",
                    List.of(
                            person("Carol", "Park", "+49 30 555 0120", "carol@fabrikam.example.com"),
                            person("Lukas", "Weber", "+49 30 555 0121", "lukas@fabrikam.example.com")));
    private static final List<String[]> CONTACTS = List.of(
            new String[] {"Alex", "Morgan"},
            new String[] {"Hana", "Yoon"},
            new String[] {"Maria", "Garcia"},
            new String[] {"Tom", "Becker"},
            new String[] {"Aiko", "Sato"},
            new String[] {"Noah", "Smith"},
            new String[] {"Lena", "Fischer"},
            new String[] {"Minho", "Kang"});

    private DemoPeople() {}

    /** One or two of the organization's own people, the first always its demo user. */
    static List<Map<String, Object>> teamOf(String organizationId, Random random) {
        List<Map<String, Object>> people = TEAMS.getOrDefault(organizationId, TEAMS.get("contoso"));
        return random.nextBoolean()
                ? List.of(people.getFirst())
                : List.of(people.getFirst(), people.get(1 + random.nextInt(people.size() - 1)));
    }

    /** A contact at the customer, with an address at the customer's own domain. */
    static Map<String, Object> customerContact(String customer, Random random) {
        String[] name = CONTACTS.get(random.nextInt(CONTACTS.size()));
        String domain =
                customer.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "").replaceAll("^(.{1,20}).*", "$1");
        return person(
                name[0],
                name[1],
                "+1 206 555 0" + (100 + random.nextInt(900)),
                name[0].toLowerCase(Locale.ROOT) + "." + name[1].toLowerCase(Locale.ROOT) + "@" + domain + ".example");
    }

    private static Map<String, Object> person(String first, String last, String phone, String email) {
        return Map.of("firstName", first, "lastName", last, "phoneNumber", phone, "email", email);
    }
}
