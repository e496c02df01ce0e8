package com.cosell.frontend.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An organization's figures for a period, as {@code GET /v1.0/insights} answers (durations in
 * seconds; a median or p90 is the upper bound of its duration bucket). {@code partners}: the vendor's only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Insights(
        String organizationId,
        String direction,
        String from,
        String to,
        Funnel funnel,
        Durations timeToAccept,
        Durations timeToWin,
        List<Outcome> outcomes,
        List<Group> bySolution,
        List<Group> byCountry,
        List<Group> byMonth,
        @Nullable List<PartnerResponse> partners) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Funnel(long received, long accepted, long won) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Durations(
            long count,
            @Nullable Long averageSeconds,
            @Nullable Long medianSeconds,
            @Nullable Long p90Seconds) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outcome(String substatus, long count, List<ReasonCount> reasons) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReasonCount(String reason, long count) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(
            String key,
            @Nullable String name,
            long referrals,
            long accepted,
            long won,
            long lost,
            @Nullable Double winRate,
            List<Money> wonValue) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Money(String currency, BigDecimal amount) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PartnerResponse(
            String organizationId,
            String name,
            long answered,
            long expired,
            @Nullable Long medianSeconds,
            @Nullable Long p90Seconds) {}
}
