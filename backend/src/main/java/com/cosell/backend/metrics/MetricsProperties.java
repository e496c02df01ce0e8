package com.cosell.backend.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scrape endpoint's credentials and how often the database-backed gauges are sampled.
 *
 * @param password empty: {@code /actuator/prometheus} refuses everyone (metrics are off until an
 *                 operator sets one, so a fresh install does not publish its internals)
 */
@ConfigurationProperties("cosell.metrics")
record MetricsProperties(
        @DefaultValue("prometheus") String username,
        @DefaultValue("") String password,
        @DefaultValue("PT10S") Duration sampleInterval) {}
