package com.cosell.frontend.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A catalogue solution; {@code type} is {@code Own}, {@code Vendor} or {@code Partner}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Solution(
        String id,
        String name,
        String organizationId,
        String organizationName,
        String type,
        boolean coSellReady,
        boolean registrationEligible) {}
