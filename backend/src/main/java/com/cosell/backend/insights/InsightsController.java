package com.cosell.backend.insights;

import com.cosell.api.insights.Insights;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.web.ApiProblems;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /v1.0/insights}: the caller's organization's figures, whoever may read its referrals. */
@RestController
class InsightsController {

    /** At most ten years at once: the tallies are by month. */
    private static final int MAX_MONTHS = 120;

    private final AccessControl access;
    private final InsightsReader reader;
    private final Clock clock;

    InsightsController(AccessControl access, InsightsReader reader, Clock clock) {
        this.access = access;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * @param from the first month counted ({@code 2026-01}); by default eleven months before {@code to}
     * @param to the last month counted; by default the current month (UTC)
     * @param direction {@code Incoming} (received referrals, the default) or {@code Outgoing}
     */
    @GetMapping("/v1.0/insights")
    Mono<Insights> insights(
            Caller caller,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "Incoming") String direction) {
        YearMonth last;
        YearMonth first;
        try {
            last = to == null ? YearMonth.now(clock.withZone(ZoneOffset.UTC)) : YearMonth.parse(to);
            first = from == null ? last.minusMonths(11) : YearMonth.parse(from);
        } catch (DateTimeParseException e) {
            return Mono.error(ApiProblems.badRequest("from, to: a month such as 2026-01."));
        }
        if (first.isAfter(last)) {
            return Mono.error(ApiProblems.badRequest("from: a month no later than to."));
        }
        if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
            return Mono.error(ApiProblems.badRequest("from, to: at most " + MAX_MONTHS + " months at once."));
        }
        if (!direction.equals("Incoming") && !direction.equals("Outgoing")) {
            return Mono.error(ApiProblems.badRequest("direction: Incoming or Outgoing."));
        }
        return access.require(caller, Permission.READ).flatMap(actor -> reader.read(actor, direction, first, last));
    }
}
