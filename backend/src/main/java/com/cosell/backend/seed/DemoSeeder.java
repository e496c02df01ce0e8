package com.cosell.backend.seed;

import com.cosell.backend.catalogue.Customer;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import com.cosell.api.referral.Referral;
import com.cosell.backend.referral.ReferralService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty database with the demo set, in the background after start-up: a customer directory
 * and referrals in every stage, made through the same service (and events) as real work.
 */
@Component
@ConditionalOnBooleanProperty("cosell.seed.enabled")
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final Caller MIA = caller("demo-mia", "Mia Choi", "microsoft", Role.SELLER);
    private static final Caller BOB = caller("demo-bob", "Bob Lee", "contoso", Role.REFERRAL_ADMIN);
    private static final Caller CAROL = caller("demo-carol", "Carol Park", "fabrikam", Role.REFERRAL_ADMIN);
    private static final String AZURE = "00000000-0000-4000-8000-000000000101";
    private static final String M365 = "00000000-0000-4000-8000-000000000102";
    private static final String CONTOSO_ANALYTICS = "00000000-0000-4000-8000-000000000201";
    private static final String FABRIKAM_CLOUD = "00000000-0000-4000-8000-000000000301";

    private final DatabaseClient db;
    private final ReferralService referrals;
    private final JsonMapper json;
    private final Clock clock;
    private final SeedProperties properties;

    DemoSeeder(DatabaseClient db, ReferralService referrals, JsonMapper json, Clock clock, SeedProperties properties) {
        this.db = db;
        this.referrals = referrals;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed().subscribe(null, e -> log.error("Demo data could not be created", e),
                () -> log.info("Demo data is in place."));
    }

    /** Adds what is missing: the directory if it is smaller than configured, referrals if there are none. */
    Mono<Void> seed() {
        List<Customer> customers = CustomerGenerator.generate(properties.customers(), 42);
        return count("customer").flatMap(n -> n >= properties.customers() ? Mono.empty() : insertCustomers(customers))
                .then(count("referral"))
                .flatMap(n -> n > 0 ? Mono.empty() : seedReferrals(customers));
    }

    private Mono<Long> count(String table) {
        return db.sql("SELECT count(*) AS n FROM " + table).map(r -> r.get("n", Long.class)).one();
    }

    private Mono<Void> insertCustomers(List<Customer> customers) {
        log.info("Generating a customer directory of {} companies ...", customers.size());
        return Flux.range(0, (customers.size() + 1999) / 2000)
                .concatMap(batch -> insert(customers.subList(batch * 2000, Math.min(customers.size(), (batch + 1) * 2000))))
                .then();
    }

    private Mono<Void> insert(List<Customer> batch) {
        return db.sql("""
                        INSERT INTO customer (id, name, address_line1, address_line2, city, postal_code, country, region, duns, size)
                        SELECT * FROM unnest(:id::uuid[], :name::text[], :line1::text[], :line2::text[], :city::text[],
                                             :postal::text[], :country::text[], :region::text[], :duns::text[], :size::text[])
                        ON CONFLICT DO NOTHING""")
                .bind("id", batch.stream().map(Customer::id).toArray(UUID[]::new))
                .bind("name", batch.stream().map(Customer::name).toArray(String[]::new))
                .bind("line1", batch.stream().map(Customer::addressLine1).toArray(String[]::new))
                .bind("line2", batch.stream().map(Customer::addressLine2).toArray(String[]::new))
                .bind("city", batch.stream().map(Customer::city).toArray(String[]::new))
                .bind("postal", batch.stream().map(Customer::postalCode).toArray(String[]::new))
                .bind("country", batch.stream().map(Customer::country).toArray(String[]::new))
                .bind("region", batch.stream().map(Customer::region).toArray(String[]::new))
                .bind("duns", batch.stream().map(Customer::duns).toArray(String[]::new))
                .bind("size", batch.stream().map(Customer::size).toArray(String[]::new))
                .then();
    }

    /** Referrals over the demo organizations in every stage, with their history. */
    private Mono<Void> seedReferrals(List<Customer> customers) {
        log.info("Creating {} demo referrals ...", properties.referrals());
        Random random = new Random(7);
        return Flux.range(0, properties.referrals()).concatMap(i -> {
            Customer customer = customers.get(random.nextInt(customers.size()));
            int kind = i % 10;
            Caller partner = i % 3 == 0 ? CAROL : BOB;
            String ownSolution = partner == CAROL ? FABRIKAM_CLOUD : CONTOSO_ANALYTICS;
            String name = customer.name() + " — " + List.of("cloud migration", "data platform", "security uplift",
                    "modern workplace", "AI assistant rollout", "ERP modernisation").get(random.nextInt(6));
            long value = 10_000L * (1 + random.nextInt(80));
            if (kind < 4) { // vendor → partner: Received, Accepted, Declined, or Expired
                ObjectNodeBody body = referral(MIA, name, customer, value, List.of(AZURE), false, random);
                body.put("target", List.of(partner.organizationId()));
                return create(MIA, body).flatMap(sent -> answerAsPartner(partner, sent, kind, value));
            }
            boolean shared = kind >= 7;
            ObjectNodeBody body = referral(partner, name, customer, value,
                    List.of(ownSolution, i % 2 == 0 ? AZURE : M365), shared, random);
            return create(partner, body).flatMap(deal -> progressDeal(partner, deal, kind));
        }, 1).then();
    }

    private Mono<Void> answerAsPartner(Caller partner, Referral sent, int kind, long value) {
        return referrals.list(partner, com.cosell.backend.referral.ReferralQuery.parse(
                        "engagementId eq " + sent.engagementId(), null, null, null, null))
                .flatMap(page -> {
                    Referral received = page.value().getFirst();
                    return switch (kind) {
                        case 0 -> Mono.empty(); // left waiting for an answer
                        case 1 -> patch(partner, received, List.of(op("/status", "Active"), op("/substatus", "Accepted"),
                                op("/details/dealValue", value), op("/details/currency", "USD"),
                                op("/details/closingDateTime", clock.instant().plus(Duration.ofDays(45)).toString())));
                        case 2 -> patch(partner, received, List.of(op("/status", "Closed"), op("/substatus", "Declined"),
                                op("/statusReason", "TimelineTooShort")));
                        // already due: the expiry job closes it as Expired and tells the seller
                        default -> db.sql("UPDATE referral SET expiration_at = :at, doc = jsonb_set(doc, "
                                        + "'{expirationDateTime}', to_jsonb(CAST(:iso AS text))) WHERE id = :id")
                                .bind("at", clock.instant().minusSeconds(60))
                                .bind("iso", clock.instant().minusSeconds(60).toString())
                                .bind("id", received.id()).then();
                    };
                });
    }

    private Mono<Void> progressDeal(Caller partner, Referral deal, int kind) {
        return switch (kind) {
            case 4 -> patch(partner, deal, List.of(op("/status", "Closed"), op("/substatus", "Won")));
            case 5 -> patch(partner, deal, List.of(op("/status", "Closed"), op("/substatus", "Lost"),
                    op("/statusReason", "CustomerChoseAnotherVendor")));
            case 8 -> referrals.list(MIA, com.cosell.backend.referral.ReferralQuery.parse(
                            "engagementId eq " + deal.engagementId(), null, null, null, null))
                    .flatMap(page -> page.value().isEmpty() ? Mono.empty() : patch(MIA, page.value().getFirst(),
                            List.of(op("/status", "Active"), op("/substatus", "Accepted"))));
            default -> Mono.empty();
        };
    }

    private Mono<Referral> create(Caller caller, ObjectNodeBody body) {
        return referrals.create(caller, json.valueToTree(body.fields())).map(v -> v.referral());
    }

    private Mono<Void> patch(Caller caller, Referral referral, List<Map<String, Object>> ops) {
        JsonNode patch = json.valueToTree(ops);
        return referrals.patch(caller, referral.id(), patch, null).then();
    }

    private static Map<String, Object> op(String path, Object value) {
        return Map.of("op", "replace", "path", path, "value", value);
    }

    /** The creator's own people work the deal: each organization's team is its own. */
    private ObjectNodeBody referral(Caller creator, String name, Customer customer, long value, List<String> solutions,
                                    boolean shared, Random random) {
        ObjectNodeBody body = new ObjectNodeBody();
        body.put("name", name.length() > 200 ? name.substring(0, 200) : name);
        body.put("type", shared ? "Shared" : "Independent");
        body.put("customerProfile", Map.of("name", customer.name(), "size", customer.size(),
                "address", Map.of("addressLine1", customer.addressLine1(), "city", customer.city(),
                        "country", customer.country()),
                "ids", List.of(Map.of("profileType", "Duns", "id", customer.duns())),
                "team", List.of(DemoPeople.customerContact(customer.name(), random))));
        body.put("consent", Map.of("consentToContact", true, "consentToToShareInfoWithOthers", false));
        body.put("details", Map.of("dealValue", value, "currency", "USD",
                "closingDateTime", clock.instant().plus(Duration.ofDays(30 + value % 90)).toString(),
                "requirements", Map.of("solutions", solutions.stream().map(id -> Map.of("id", id)).toList())));
        body.put("team", DemoPeople.teamOf(creator.organizationId(), random));
        if (shared) {
            body.put("inviteContext", Map.of("assistanceRequestCode", "CustomerTechnicalArchitecture",
                    "notes", "Architecture review with the customer's CTO"));
        }
        return body;
    }

    /** An ordered JSON object under construction. */
    private static final class ObjectNodeBody {
        private final Map<String, Object> fields = new java.util.LinkedHashMap<>();

        void put(String name, Object value) {
            fields.put(name, value);
        }

        Map<String, Object> fields() {
            return fields;
        }
    }

    private static Caller caller(String id, String name, String org, Role role) {
        return new Caller(id, name, id + "@example.com", org, Set.of(role));
    }

}
