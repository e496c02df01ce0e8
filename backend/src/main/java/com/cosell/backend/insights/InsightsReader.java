package com.cosell.backend.insights;

import com.cosell.api.insights.Insights;
import com.cosell.backend.access.Actor;
import com.cosell.backend.insights.InsightStore.DurationRow;
import com.cosell.backend.insights.InsightStore.TallyRow;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** One organization's figures for a period: two tally reads and the names they mention. */
@Component
class InsightsReader {

    private final InsightStore store;

    InsightsReader(InsightStore store) {
        this.store = store;
    }

    Mono<Insights> read(Actor actor, String direction, YearMonth from, YearMonth to) {
        String org = actor.organizationId();
        var first = from.atDay(1);
        var last = to.atDay(1);
        return Mono.zip(
                        store.tally(org, direction, first, last).collectList(),
                        store.durations(org, direction, first, last).collectList())
                .flatMap(t -> {
                    List<TallyRow> own = t.getT1().stream()
                            .filter(r -> r.solutionId() == null)
                            .toList();
                    List<TallyRow> bySolution = t.getT1().stream()
                            .filter(r -> r.solutionId() != null)
                            .toList();
                    List<DurationRow> durations = t.getT2();
                    List<DurationRow> answers = actor.isVendor()
                            ? durations.stream()
                                    .filter(d ->
                                            d.kind().equals("R") || d.kind().equals("E"))
                                    .toList()
                            : List.of();
                    return Mono.zip(
                                    store.solutionNames(bySolution.stream()
                                            .map(r -> Objects.requireNonNull(r.solutionId()))
                                            .distinct()
                                            .toList()),
                                    store.organizationNames(answers.stream()
                                            .map(DurationRow::counterpart)
                                            .distinct()
                                            .toList()))
                            .map(names -> new Insights(
                                    org,
                                    direction,
                                    from.toString(),
                                    to.toString(),
                                    InsightFigures.funnel(own),
                                    InsightFigures.durations(sum(own, TallyRow::acceptSeconds), kind(durations, "A")),
                                    InsightFigures.durations(sum(own, TallyRow::wonSeconds), kind(durations, "W")),
                                    InsightFigures.outcomes(own),
                                    InsightFigures.groups(
                                            bySolution,
                                            r -> Objects.requireNonNull(r.solutionId())
                                                    .toString(),
                                            id -> names.getT1().get(id)),
                                    InsightFigures.groups(own, TallyRow::country, c -> null),
                                    InsightFigures.groups(
                                            own,
                                            r -> YearMonth.from(Objects.requireNonNull(r.month()))
                                                    .toString(),
                                            m -> null),
                                    actor.isVendor() ? InsightFigures.partners(answers, names.getT2()) : null));
                });
    }

    private static long sum(List<TallyRow> rows, java.util.function.ToLongFunction<TallyRow> f) {
        return rows.stream().mapToLong(f).sum();
    }

    private static List<DurationRow> kind(List<DurationRow> rows, String kind) {
        return rows.stream().filter(r -> r.kind().equals(kind)).toList();
    }
}
