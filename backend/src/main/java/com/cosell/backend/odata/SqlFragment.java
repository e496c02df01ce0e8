package com.cosell.backend.odata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SQL with named parameters ({@code :p0}, {@code :p1}, ...) and their values, in the order they
 * appear: String, BigDecimal, OffsetDateTime, Boolean or UUID, never null.
 */
public record SqlFragment(String sql, Map<String, Object> parameters) {

    public SqlFragment {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
