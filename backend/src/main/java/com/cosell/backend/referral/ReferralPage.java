package com.cosell.backend.referral;

import com.cosell.api.referral.Referral;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** One page of referrals, shaped as Partner Center's OData collections: the API's schema of a list's answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@odata.context", "@odata.count", "value", "@odata.nextLink"})
public record ReferralPage(
        @JsonProperty("@odata.context") String context,
        @JsonProperty("@odata.count") @Nullable Long count,
        List<Referral> value,
        @JsonProperty("@odata.nextLink") @Nullable String nextLink) {

    /** Where the collection's metadata would be, as OData names it; Co-sell serves no $metadata document. */
    public static final String CONTEXT = "/v1.0/$metadata#Referrals";

    /**
     * The page as JSON, around its referrals' JSON as {@code ReferralQueries} read it. {@code rows}
     * holds up to one more than a page: that extra row says there is a next page.
     */
    public static String json(List<String> rows, ReferralQuery q, long count, JsonMapper mapper) {
        StringBuilder page = new StringBuilder(
                        256 + rows.stream().mapToInt(String::length).sum())
                .append("{\"@odata.context\":")
                .append(mapper.writeValueAsString(CONTEXT));
        if (q.count()) {
            page.append(",\"@odata.count\":").append(count);
        }
        page.append(",\"value\":[");
        for (int i = 0; i < Math.min(rows.size(), q.top()); i++) {
            page.append(i == 0 ? "" : ",").append(rows.get(i));
        }
        page.append(']');
        if (rows.size() > q.top()) {
            page.append(",\"@odata.nextLink\":").append(mapper.writeValueAsString(nextLink(q)));
        }
        return page.append('}').toString();
    }

    private static String nextLink(ReferralQuery q) {
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
        return link.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
