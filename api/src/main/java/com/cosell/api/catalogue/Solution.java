package com.cosell.api.catalogue;

import java.util.UUID;

/**
 * A solution in the catalogue as one organization sees it.
 *
 * @param type {@code Own} (the caller's), {@code Vendor} (the vendor's) or {@code Partner} (another partner's)
 */
public record Solution(
        UUID id,
        String name,
        String organizationId,
        String organizationName,
        String type,
        boolean coSellReady,
        boolean registrationEligible) {}
