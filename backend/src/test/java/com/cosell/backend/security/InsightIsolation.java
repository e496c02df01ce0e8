package com.cosell.backend.security;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.Users;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The insights part of {@link IsolationPropertyTest}: an organization's figures of this month count
 * exactly the referrals it can list, and the vendor's partners' figures exactly the answers it can
 * see on the referrals it sent (the stages of the parties it invited) — never a partner's other deals.
 */
final class InsightIsolation {

    private static final Set<String> ANSWERED = Set.of("Accepted", "Won", "Lost", "Declined");

    private InsightIsolation() {}

    static void check(Api api, String reader) {
        String org = Users.ALL.get(reader).org();
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        String since = month.atDay(1) + "T00:00:00Z";
        JsonNode figures = api.read(reader, "/v1.0/insights?from=" + month + "&to=" + month);
        assertThat(figures.get("organizationId").asString()).isEqualTo(org);
        long listed = api.read(
                        reader,
                        REFERRALS + "?$count=true&$top=1&$filter=direction eq 'Incoming' and createdDateTime ge "
                                + since)
                .get("@odata.count")
                .asLong();
        assertThat(figures.get("funnel").get("received").asLong())
                .as("%s's received referrals", reader)
                .isEqualTo(listed);
        if (!org.equals("microsoft")) {
            assertThat(figures.has("partners"))
                    .as("%s sees no partners' figures", reader)
                    .isFalse();
            return;
        }
        Map<String, String> seen = new TreeMap<>(); // partner → "answered/expired", from the sent referrals
        String page = REFERRALS + "?$top=200&$filter=direction eq 'Outgoing' and createdDateTime ge " + since;
        while (page != null) {
            JsonNode list = api.read(reader, page);
            for (JsonNode sent : list.get("value")) {
                // The parties the vendor invited itself (its targets): a party another partner invited into
                // the engagement answers that partner, and counts in that partner's figures.
                Set<String> invited = new java.util.HashSet<>();
                sent.path("target").forEach(t -> invited.add(t.path("id").asString()));
                for (JsonNode party : sent.path("relatedParties")) {
                    if (!invited.contains(party.get("organizationId").asString())) {
                        continue;
                    }
                    String substatus = party.get("substatus").asString();
                    if (ANSWERED.contains(substatus) || substatus.equals("Expired")) {
                        String[] n = seen.getOrDefault(
                                        party.get("organizationId").asString(), "0/0")
                                .split("/");
                        long answered = Long.parseLong(n[0]) + (substatus.equals("Expired") ? 0 : 1);
                        long expired = Long.parseLong(n[1]) + (substatus.equals("Expired") ? 1 : 0);
                        seen.put(party.get("organizationId").asString(), answered + "/" + expired);
                    }
                }
            }
            page = list.has("@odata.nextLink") ? list.get("@odata.nextLink").asString() : null;
        }
        Map<String, String> reported = new TreeMap<>();
        figures.get("partners")
                .forEach(p -> reported.put(
                        p.get("organizationId").asString(),
                        p.get("answered").asLong() + "/" + p.get("expired").asLong()));
        assertThat(reported).as("the vendor's partners' figures").isEqualTo(seen);
    }
}
