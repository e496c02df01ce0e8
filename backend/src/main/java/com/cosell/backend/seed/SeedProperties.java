package com.cosell.backend.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled   fill an empty database with demo data at start-up (the local stack turns it on)
 * @param customers size of the generated customer directory
 * @param referrals how many referrals to create across the demo organizations
 */
@ConfigurationProperties("cosell.seed")
record SeedProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("50000") int customers,
        @DefaultValue("300") int referrals) {}
