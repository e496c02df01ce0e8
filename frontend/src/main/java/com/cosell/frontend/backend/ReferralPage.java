package com.cosell.frontend.backend;

import com.cosell.api.referral.Referral;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of {@code GET /referrals}: OData's {@code @odata.count} (when asked), rows, next link. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralPage(
        @JsonProperty("@odata.count") @Nullable Long count,
        List<Referral> value,
        @JsonProperty("@odata.nextLink") @Nullable String nextLink) {}
