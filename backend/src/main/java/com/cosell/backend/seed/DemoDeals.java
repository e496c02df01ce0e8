package com.cosell.backend.seed;

import com.cosell.api.catalogue.Customer;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What the demo deals are: who makes and answers them, their solutions, names, create bodies and the
 * patches that move them on. {@link DemoSeeder} writes them.
 */
final class DemoDeals {

    // The demo users as the local Keycloak realm knows them (its users have fixed ids), so the deals
    // made in their name are theirs: they own them and see them under "Assigned to me".
    static final Caller MIA = caller(
            "00000000-0000-4000-8000-00000000e1a0", "Mia Choi", "mia@microsoft.example.com", "microsoft", Role.SELLER);
    static final Caller BOB = caller(
            "00000000-0000-4000-8000-000000000b0b",
            "Bob Lee",
            "bob@contoso.example.com",
            "contoso",
            Role.REFERRAL_ADMIN);
    static final Caller CAROL = caller(
            "00000000-0000-4000-8000-0000000ca201",
            "Carol Park",
            "carol@fabrikam.example.com",
            "fabrikam",
            Role.REFERRAL_ADMIN);
    static final String AZURE = "00000000-0000-4000-8000-000000000101";
    static final String M365 = "00000000-0000-4000-8000-000000000102";
    static final String CONTOSO_ANALYTICS = "00000000-0000-4000-8000-000000000201";
    static final String FABRIKAM_CLOUD = "00000000-0000-4000-8000-000000000301";
    private static final List<String> TOPICS = List.of(
            "cloud migration",
            "data platform",
            "security uplift",
            "modern workplace",
            "AI assistant rollout",
            "ERP modernisation");

    private DemoDeals() {}

    static String name(Customer customer, Random random) {
        return customer.name() + " — " + TOPICS.get(random.nextInt(TOPICS.size()));
    }

    /** The creator's own people work the deal: each organization's team is its own. */
    static ObjectNodeBody referral(
            Caller creator,
            String name,
            Customer customer,
            long value,
            List<String> solutions,
            boolean shared,
            Random random,
            Instant now) {
        ObjectNodeBody body = new ObjectNodeBody();
        body.put("name", name.length() > 200 ? name.substring(0, 200) : name);
        body.put("type", shared ? "Shared" : "Independent");
        body.put(
                "customerProfile",
                Map.of(
                        "name",
                        customer.name(),
                        "size",
                        customer.size(),
                        "address",
                        Map.of(
                                "addressLine1",
                                customer.addressLine1(),
                                "city",
                                customer.city(),
                                "country",
                                customer.country()),
                        "ids",
                        List.of(Map.of("profileType", "Duns", "id", customer.duns())),
                        "team",
                        List.of(DemoPeople.customerContact(customer.name(), random))));
        body.put("consent", Map.of("consentToContact", true, "consentToToShareInfoWithOthers", false));
        body.put(
                "details",
                Map.of(
                        "dealValue",
                        value,
                        "currency",
                        "USD",
                        "closingDateTime",
                        now.plus(Duration.ofDays(30 + value % 90)).toString(),
                        "requirements",
                        Map.of(
                                "solutions",
                                solutions.stream().map(id -> Map.of("id", id)).toList())));
        body.put("team", DemoPeople.teamOf(creator.organizationId(), random));
        if (shared) {
            body.put(
                    "inviteContext",
                    Map.of(
                            "assistanceRequestCode",
                            "CustomerTechnicalArchitecture",
                            "notes",
                            "Architecture review with the customer's CTO"));
        }
        return body;
    }

    /** The partner takes the vendor's referral on, with its own value and closing date. */
    static List<Map<String, Object>> accepted(long value, Instant now) {
        return List.of(
                op("/status", "Active"),
                op("/substatus", "Accepted"),
                op("/details/dealValue", value),
                op("/details/currency", "USD"),
                op("/details/closingDateTime", now.plus(Duration.ofDays(45)).toString()));
    }

    static List<Map<String, Object>> declined() {
        return List.of(op("/status", "Closed"), op("/substatus", "Declined"), op("/statusReason", "TimelineTooShort"));
    }

    static List<Map<String, Object>> won() {
        return List.of(op("/status", "Closed"), op("/substatus", "Won"));
    }

    static List<Map<String, Object>> lost() {
        return List.of(
                op("/status", "Closed"), op("/substatus", "Lost"), op("/statusReason", "CustomerChoseAnotherVendor"));
    }

    /** The vendor's seller takes on a deal the partner shared. */
    static List<Map<String, Object>> acceptedByVendor() {
        return List.of(op("/status", "Active"), op("/substatus", "Accepted"));
    }

    private static Map<String, Object> op(String path, Object value) {
        return Map.of("op", "replace", "path", path, "value", value);
    }

    private static Caller caller(String id, String name, String email, String org, Role role) {
        return new Caller(id, name, email, org, Set.of(role));
    }

    /** An ordered JSON object under construction. */
    static final class ObjectNodeBody {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        void put(String name, Object value) {
            fields.put(name, value);
        }

        Map<String, Object> fields() {
            return fields;
        }
    }
}
