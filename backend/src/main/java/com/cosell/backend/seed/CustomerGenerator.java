package com.cosell.backend.seed;

import com.cosell.api.catalogue.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import net.datafaker.Faker;

/**
 * A deterministic directory of companies. Every 25th company shares the previous one's address, as
 * subsidiaries do, so the type-ahead must tell entities apart by D-U-N-S number.
 */
final class CustomerGenerator {

    private record Place(String city, String country, String region) {}

    private static final List<Place> PLACES = List.of(
            new Place("Seoul", "KR", "Asia"),
            new Place("Busan", "KR", "Asia"),
            new Place("Incheon", "KR", "Asia"),
            new Place("Tokyo", "JP", "Asia"),
            new Place("Singapore", "SG", "Asia"),
            new Place("New York", "US", "North America"),
            new Place("Seattle", "US", "North America"),
            new Place("San Francisco", "US", "North America"),
            new Place("Toronto", "CA", "North America"),
            new Place("London", "GB", "Europe"),
            new Place("Berlin", "DE", "Europe"),
            new Place("Paris", "FR", "Europe"),
            new Place("Sydney", "AU", "Oceania"),
            new Place("Bengaluru", "IN", "Asia"),
            new Place("São Paulo", "BR", "South America"));
    private static final List<String> SIZES = List.of("1-9", "10-49", "50-99", "100-499", "500-999", "1000+");

    private CustomerGenerator() {}

    static List<Customer> generate(int count, long seed) {
        Faker faker = new Faker(Locale.ENGLISH, new Random(seed));
        Random random = new Random(seed);
        List<Customer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Customer previous = customers.isEmpty() ? null : customers.getLast();
            String duns = String.format("%09d", 100_000_000 + i * 7 + 3);
            String name = faker.company().name().replace("\u0000", "");
            if (previous != null && i % 25 == 0) {
                customers.add(new Customer(
                        new UUID(seed, i),
                        name + " " + faker.company().industry().split(" ")[0],
                        previous.addressLine1(),
                        "Floor " + (2 + random.nextInt(30)),
                        previous.city(),
                        previous.state(),
                        previous.postalCode(),
                        previous.country(),
                        previous.region(),
                        duns,
                        SIZES.get(random.nextInt(SIZES.size()))));
                continue;
            }
            Place place = PLACES.get(random.nextInt(PLACES.size()));
            customers.add(new Customer(
                    new UUID(seed, i),
                    name,
                    faker.address().streetAddress(),
                    null,
                    place.city(),
                    null,
                    faker.address().zipCode(),
                    place.country(),
                    place.region(),
                    duns,
                    SIZES.get(random.nextInt(SIZES.size()))));
        }
        return customers;
    }
}
