package com.cosell.backend.expiry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled   whether this instance runs the job (all instances may: rows are claimed with SKIP LOCKED)
 * @param interval  how often it looks for due referrals
 * @param batchSize referrals claimed per transaction
 * @param parallelism batches worked on at once by one instance (each on its own connection)
 */
@ConfigurationProperties("cosell.expiry")
record ExpiryProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT30S") Duration interval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("2") int parallelism) {}
