/**
 * What operators see: Co-sell's own gauges (subscribers, event lag, expiry backlog) beside Micrometer's
 * request, JVM and connection-pool metrics, scraped from {@code /actuator/prometheus} with basic auth.
 */
@NullMarked
package com.cosell.backend.metrics;

import org.jspecify.annotations.NullMarked;
