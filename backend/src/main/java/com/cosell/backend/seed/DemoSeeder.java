package com.cosell.backend.seed;

import com.cosell.api.catalogue.Customer;
import com.cosell.api.referral.Referral;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.mail.KnownPeople;
import com.cosell.backend.owner.OwnerChanges;
import com.cosell.backend.referral.DemoDeadlines;
import com.cosell.backend.referral.ReferralService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * and referrals in every stage ({@link DemoDeals}), made through the same service (and events) as real work.
 */
@Component
@ConditionalOnBooleanProperty("cosell.seed.enabled")
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DatabaseClient db;
    private final ReferralService referrals;
    private final DemoDeadlines deadlines;
    private final JsonMapper json;
    private final Clock clock;
    private final SeedProperties properties;
    private final KnownPeople people;
    private final OwnerChanges owners;

    DemoSeeder(
            DatabaseClient db,
            ReferralService referrals,
            DemoDeadlines deadlines,
            JsonMapper json,
            Clock clock,
            SeedProperties properties,
            KnownPeople people,
            OwnerChanges owners) {
        this.db = db;
        this.people = people;
        this.owners = owners;
        this.referrals = referrals;
        this.deadlines = deadlines;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed().subscribe(
                        null,
                        e -> log.error("Demo data could not be created", e),
                        () -> log.info("Demo data is in place."));
    }

    /** Adds what is missing: the directory if it is smaller than configured, referrals if there are none. */
    Mono<Void> seed() {
        List<Customer> customers = CustomerGenerator.generate(properties.customers(), 42);
        return count("customer")
                .flatMap(n -> n >= properties.customers() ? Mono.empty() : insertCustomers(customers))
                .then(count("referral"))
                .flatMap(n -> n > 0
                        ? Mono.empty()
                        : Flux.just(DemoDeals.MIA, DemoDeals.BOB, DemoDeals.CAROL)
                                .concatMap(people::introduce)
                                .then(seedReferrals(customers)));
    }

    private Mono<Long> count(String table) {
        return db.sql("SELECT count(*) AS n FROM " + table)
                .map(r -> r.get("n", Long.class))
                .one();
    }

    private Mono<Void> insertCustomers(List<Customer> customers) {
        log.info("Generating a customer directory of {} companies ...", customers.size());
        return Flux.range(0, (customers.size() + 1999) / 2000)
                .concatMap(batch ->
                        insert(customers.subList(batch * 2000, Math.min(customers.size(), (batch + 1) * 2000))))
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
        return Flux.range(0, properties.referrals())
                .concatMap(
                        i -> {
                            Customer customer = customers.get(random.nextInt(customers.size()));
                            int kind = i % 10;
                            Caller partner = i % 3 == 0 ? DemoDeals.CAROL : DemoDeals.BOB;
                            String ownSolution =
                                    partner == DemoDeals.CAROL ? DemoDeals.FABRIKAM_CLOUD : DemoDeals.CONTOSO_ANALYTICS;
                            String name = DemoDeals.name(customer, random);
                            long value = 10_000L * (1 + random.nextInt(80));
                            if (kind < 4) { // vendor → partner: Received, Accepted, Declined, or Expired
                                DemoDeals.ObjectNodeBody body = DemoDeals.referral(
                                        DemoDeals.MIA,
                                        name,
                                        customer,
                                        value,
                                        List.of(DemoDeals.AZURE),
                                        false,
                                        random,
                                        clock.instant());
                                body.put("target", List.of(partner.organizationId()));
                                return create(DemoDeals.MIA, body)
                                        .flatMap(sent -> answerAsPartner(partner, sent, kind, value));
                            }
                            boolean shared = kind >= 7;
                            DemoDeals.ObjectNodeBody body = DemoDeals.referral(
                                    partner,
                                    name,
                                    customer,
                                    value,
                                    List.of(ownSolution, i % 2 == 0 ? DemoDeals.AZURE : DemoDeals.M365),
                                    shared,
                                    random,
                                    clock.instant());
                            return create(partner, body).flatMap(deal -> progressDeal(partner, deal, kind));
                        },
                        1)
                .then();
    }

    private Mono<Void> answerAsPartner(Caller partner, Referral sent, int kind, long value) {
        return referrals
                .views(
                        partner,
                        com.cosell.backend.referral.ReferralQuery.parse(
                                "engagementId eq " + sent.engagementId(), null, null, null, null))
                .flatMap(page -> {
                    Referral received = page.getFirst().referral();
                    // The partner's demo user takes half of those waiting and each one accepted; the
                    // other half wait unassigned, as a referral no routing rule matches does.
                    Mono<Void> taken = kind == 1 || (kind == 0 && value % 20_000 == 0)
                            ? owners.assign(partner, received.id(), partner.id())
                                    .then()
                            : Mono.empty();
                    Mono<Void> answered = switch (kind) {
                        case 0 -> Mono.empty(); // left waiting for an answer
                        case 1 -> patch(partner, received, DemoDeals.accepted(value, clock.instant()));
                        case 2 -> patch(partner, received, DemoDeals.declined());
                        // One in three already due: the expiry job closes it as Expired and tells the
                        // seller. The others are due within days. Were all overdue, their expiry would be
                        // the newest update, and the list would open on a page of expired ones only.
                        default ->
                            deadlines.dueAt(
                                    received.id(),
                                    value % 30_000 == 0
                                            ? clock.instant().minusSeconds(60)
                                            : clock.instant().plus(Duration.ofDays(1 + value % 3)));
                    };
                    return taken.then(answered);
                });
    }

    private Mono<Void> progressDeal(Caller partner, Referral deal, int kind) {
        return switch (kind) {
            case 4 -> patch(partner, deal, DemoDeals.won());
            case 5 -> patch(partner, deal, DemoDeals.lost());
            case 8 ->
                referrals
                        .views(
                                DemoDeals.MIA,
                                com.cosell.backend.referral.ReferralQuery.parse(
                                        "engagementId eq " + deal.engagementId(), null, null, null, null))
                        .flatMap(page -> page.isEmpty()
                                ? Mono.empty()
                                : patch(DemoDeals.MIA, page.getFirst().referral(), DemoDeals.acceptedByVendor()));
            default -> Mono.empty();
        };
    }

    private Mono<Referral> create(Caller caller, DemoDeals.ObjectNodeBody body) {
        return referrals.create(caller, json.valueToTree(body.fields())).map(v -> v.referral());
    }

    private Mono<Void> patch(Caller caller, Referral referral, List<Map<String, Object>> ops) {
        JsonNode patch = json.valueToTree(ops);
        return referrals.patch(caller, referral.id(), patch, null).then();
    }
}
