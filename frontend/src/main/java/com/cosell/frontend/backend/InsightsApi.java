package com.cosell.frontend.backend;

import com.cosell.api.insights.Insights;
import java.time.YearMonth;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The Insights figures of the signed-in person's organization, as that person. */
@Component
public class InsightsApi {

    private final BackendClient backend;

    InsightsApi(BackendClient backend) {
        this.backend = backend;
    }

    /** {@code direction}: Incoming (received referrals) or Outgoing. */
    public Insights get(Authentication user, YearMonth from, YearMonth to, String direction) {
        return backend.call(() -> backend.as(user)
                .build()
                .get()
                .uri(u -> u.path("/v1.0/insights")
                        .queryParam("from", from)
                        .queryParam("to", to)
                        .queryParam("direction", direction)
                        .build())
                .retrieve()
                .body(Insights.class));
    }
}
