package com.cosell.backend.seed;

import com.cosell.api.catalogue.Customer;
import java.util.List;

/**
 * For the bench's type-ahead case: the demo seed's customer directory (names, places and D-U-N-S as
 * the demo has them), so the trigram search runs over the names it was built for. It sits in the
 * seed's package because the generator is package-private.
 */
public final class BenchDirectory {

    private BenchDirectory() {}

    public static List<Customer> companies(int count) {
        return CustomerGenerator.generate(count, 42);
    }
}
