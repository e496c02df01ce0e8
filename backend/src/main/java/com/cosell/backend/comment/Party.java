package com.cosell.backend.comment;

import java.util.UUID;

/** One organization's referral in an engagement: where that organization's events and notifications go. */
record Party(UUID referralId, String organizationId, String organizationName, String referralName) {}
