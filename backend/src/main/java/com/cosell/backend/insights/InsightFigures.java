package com.cosell.backend.insights;

import com.cosell.api.insights.Insights;
import com.cosell.backend.insights.InsightStore.DurationRow;
import com.cosell.backend.insights.InsightStore.TallyRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Turns the tallies' rows into the figures: plain Java, every number from the rows it is given. */
final class InsightFigures {

    private static final Set<String> ACCEPTED = Set.of("Accepted", "Won", "Lost");
    private static final List<String> STAGES = List.of("Received", "Accepted", "Won", "Lost", "Declined", "Expired");

    private InsightFigures() {}

    static Insights.Funnel funnel(List<TallyRow> own) {
        long received = 0, accepted = 0, won = 0;
        for (TallyRow r : own) {
            received += r.n();
            accepted += ACCEPTED.contains(r.substatus()) ? r.n() : 0;
            won += "Won".equals(r.substatus()) ? r.n() : 0;
        }
        return new Insights.Funnel(received, accepted, won);
    }

    /** The average from the exact sum of seconds, the count, median and p90 from the histogram. */
    static Insights.Durations durations(long seconds, List<DurationRow> histogram) {
        long count = histogram.stream().mapToLong(DurationRow::n).sum();
        return new Insights.Durations(
                count,
                count == 0 ? null : Math.round((double) seconds / count),
                percentile(histogram, 0.5),
                percentile(histogram, 0.9));
    }

    /** The upper bound of the bucket holding the q-th of the durations in order; null when none. */
    static @Nullable Long percentile(List<DurationRow> buckets, double q) {
        long total = buckets.stream().mapToLong(DurationRow::n).sum();
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (DurationRow b : buckets) {
            seen += b.n();
            if (seen >= rank) {
                return b.upperSeconds();
            }
        }
        return buckets.getLast().upperSeconds();
    }

    static List<Insights.Outcome> outcomes(List<TallyRow> own) {
        List<Insights.Outcome> outcomes = new ArrayList<>();
        for (String stage : STAGES) {
            List<TallyRow> rows =
                    own.stream().filter(r -> r.substatus().equals(stage)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            Map<String, Long> reasons = new TreeMap<>();
            rows.stream().filter(r -> r.reason() != null).forEach(r -> reasons.merge(r.reason(), r.n(), Long::sum));
            outcomes.add(new Insights.Outcome(
                    stage,
                    rows.stream().mapToLong(TallyRow::n).sum(),
                    reasons.entrySet().stream()
                            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                            .map(e -> new Insights.ReasonCount(e.getKey(), e.getValue()))
                            .toList()));
        }
        return outcomes;
    }

    /** Rows grouped by {@code key}, in key order; {@code names} gives a key its name where it has one. */
    static List<Insights.Group> groups(
            List<TallyRow> rows, Function<TallyRow, String> key, Function<String, @Nullable String> names) {
        Map<String, List<TallyRow>> byKey = new TreeMap<>();
        rows.forEach(
                r -> byKey.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return byKey.entrySet().stream()
                .map(e -> group(e.getKey(), names.apply(e.getKey()), e.getValue()))
                .toList();
    }

    private static Insights.Group group(String key, @Nullable String name, List<TallyRow> rows) {
        long referrals = 0, accepted = 0, won = 0, lost = 0;
        Map<String, BigDecimal> value = new TreeMap<>();
        for (TallyRow r : rows) {
            referrals += r.n();
            accepted += ACCEPTED.contains(r.substatus()) ? r.n() : 0;
            lost += "Lost".equals(r.substatus()) ? r.n() : 0;
            if ("Won".equals(r.substatus())) {
                won += r.n();
                value.merge(r.currency(), r.value(), BigDecimal::add);
            }
        }
        return new Insights.Group(
                key,
                name,
                referrals,
                accepted,
                won,
                lost,
                won + lost == 0 ? null : (double) won / (won + lost),
                value.entrySet().stream()
                        .map(e -> new Insights.Money(e.getKey(), e.getValue()))
                        .toList());
    }

    /** Per partner: its answers' median and p90, and how many of the sender's referrals expired unanswered. */
    static List<Insights.PartnerResponse> partners(List<DurationRow> rows, Map<String, String> names) {
        Map<String, List<DurationRow>> answers = new TreeMap<>();
        Map<String, Long> expired = new TreeMap<>();
        for (DurationRow r : rows) {
            if (r.kind().equals("R")) {
                answers.computeIfAbsent(r.counterpart(), k -> new ArrayList<>()).add(r);
            } else if (r.kind().equals("E")) {
                expired.merge(r.counterpart(), r.n(), Long::sum);
            }
        }
        var ids = new java.util.TreeSet<>(answers.keySet());
        ids.addAll(expired.keySet());
        return ids.stream()
                .map(id -> {
                    List<DurationRow> a = answers.getOrDefault(id, List.of());
                    return new Insights.PartnerResponse(
                            id,
                            names.getOrDefault(id, id),
                            a.stream().mapToLong(DurationRow::n).sum(),
                            expired.getOrDefault(id, 0L),
                            percentile(a, 0.5),
                            percentile(a, 0.9));
                })
                .sorted(Comparator.comparing(Insights.PartnerResponse::name))
                .toList();
    }
}
