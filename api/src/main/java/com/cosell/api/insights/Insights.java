package com.cosell.api.insights;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one organization's referrals of one direction received in the months {@code from}
 * to {@code to} (UTC). Durations are in seconds; a median or p90 is the upper bound of the bucket it
 * falls in (1 h, 4 h, 12 h, 1 d, 2 d, …), an average is exact.
 *
 * @param partners the vendor's only: how the partners answered the referrals it sent them
 */
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

    /** Received, of them accepted (whatever came after), of them won. */
    public record Funnel(long received, long accepted, long won) {}

    public record Durations(
            long count,
            @Nullable Long averageSeconds,
            @Nullable Long medianSeconds,
            @Nullable Long p90Seconds) {}

    /** Where the referrals stand (Received, Accepted, Declined, Expired, Won, Lost), with reasons given. */
    public record Outcome(String substatus, long count, List<ReasonCount> reasons) {}

    /** A reason code; a client's own words count as {@code Other}. */
    public record ReasonCount(String reason, long count) {}

    /**
     * @param winRate won ÷ (won + lost), when any is closed
     * @param wonValue the won deals' values, per currency
     */
    public record Group(
            String key,
            @Nullable String name,
            long referrals,
            long accepted,
            long won,
            long lost,
            @Nullable Double winRate,
            List<Money> wonValue) {}

    public record Money(String currency, BigDecimal amount) {}

    /** A partner's answers (accepted or declined) to the vendor's referrals, and how many expired. */
    public record PartnerResponse(
            String organizationId,
            String name,
            long answered,
            long expired,
            @Nullable Long medianSeconds,
            @Nullable Long p90Seconds) {}
}
