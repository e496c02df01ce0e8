package com.cosell.backend.referral;

import com.cosell.api.referral.Referral;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of referrals, shaped as Partner Center's OData collections. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@odata.context", "@odata.count", "value", "@odata.nextLink"})
public record ReferralPage(
        @JsonProperty("@odata.context") String context,
        @JsonProperty("@odata.count") @Nullable Long count,
        List<Referral> value,
        @JsonProperty("@odata.nextLink") @Nullable String nextLink) {

    /** Where the collection's metadata would be, as OData names it; Co-sell serves no $metadata document. */
    public static final String CONTEXT = "/v1.0/$metadata#Referrals";

    /** {@code rows} holds up to one more than a page: that extra row says there is a next page. */
    public static ReferralPage of(List<ReferralView> rows, ReferralQuery q, long count) {
        boolean more = rows.size() > q.top();
        List<Referral> page =
                rows.stream().limit(q.top()).map(ReferralView::referral).toList();
        String next = null;
        if (more) {
            StringBuilder link = new StringBuilder("/v1.0/engagements/referrals?$top=")
                    .append(q.top())
                    .append("&$skip=")
                    .append(q.skip() + q.top());
            if (q.rawFilter() != null && !q.rawFilter().isBlank()) {
                link.append("&$filter=").append(encode(q.rawFilter()));
            }
            if (q.rawOrderBy() != null && !q.rawOrderBy().isBlank()) {
                link.append("&$orderby=").append(encode(q.rawOrderBy()));
            }
            if (q.count()) {
                link.append("&$count=true");
            }
            next = link.toString();
        }
        return new ReferralPage(CONTEXT, q.count() ? count : null, page, next);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
