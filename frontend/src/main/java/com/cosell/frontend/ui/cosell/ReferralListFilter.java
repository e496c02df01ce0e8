package com.cosell.frontend.ui.cosell;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the list shows — tab, stage, search text — as an OData {@code $filter}. User text only ever
 * appears inside a quoted OData string with its quotes doubled; the backend binds it as a parameter.
 *
 * @param sendsToOthers the user's Outbound referrals were sent to other organizations (a seller's to
 *                      partners): their stage is the receiver's, so the stage filter asks about that
 * @param owner         whose referrals: {@link #ANYONE}, {@link #ME} (the user, {@code me}), {@link #NOBODY}
 *                      (unassigned) or a person's id
 */
public record ReferralListFilter(
        Tab tab,
        StageFilter stage,
        String search,
        boolean sendsToOthers,
        String owner,
        @Nullable String me) {

    public static final String ANYONE = "";
    public static final String ME = "me";
    public static final String NOBODY = "none";

    public ReferralListFilter(Tab tab, StageFilter stage, String search) {
        this(tab, stage, search, false);
    }

    public ReferralListFilter(Tab tab, StageFilter stage, String search, boolean sendsToOthers) {
        this(tab, stage, search, sendsToOthers, ANYONE, null);
    }

    /** The same filter for a user whose Outbound referrals were (or were not) sent to others. */
    public ReferralListFilter sentToOthers(boolean value) {
        return new ReferralListFilter(tab, stage, search, value, owner, me);
    }

    /** The same filter narrowed to one owner; {@code me} is the user's id, for {@link #ME}. */
    public ReferralListFilter ownedBy(String owner, @Nullable String me) {
        return new ReferralListFilter(tab, stage, search, sendsToOthers, owner, me);
    }

    public enum Tab {
        INBOUND,
        OUTBOUND,
        FAVORITES
    }

    /** Stages to filter by; Archived covers the four archived outcomes. */
    public enum StageFilter {
        ALL(null),
        RECEIVED("substatus eq 'Received'"),
        ACCEPTED("substatus eq 'Accepted'"),
        ARCHIVED("status eq 'Closed'"),
        WON("substatus eq 'Won'"),
        LOST("substatus eq 'Lost'"),
        DECLINED("substatus eq 'Declined'"),
        EXPIRED("substatus eq 'Expired'");

        private final @Nullable String odata;

        StageFilter(@Nullable String odata) {
            this.odata = odata;
        }
    }

    public String toOData() {
        List<String> terms = new ArrayList<>();
        terms.add(
                switch (tab) {
                    case INBOUND -> "direction eq 'Incoming'";
                    case OUTBOUND -> "direction eq 'Outgoing'";
                    case FAVORITES -> "favorite eq true";
                });
        if (stage.odata != null) {
            terms.add(
                    tab == Tab.OUTBOUND && sendsToOthers ? "relatedParties/any(p:p/" + stage.odata + ")" : stage.odata);
        }
        String person = owner.equals(ME) ? me : owner;
        if (owner.equals(NOBODY)) {
            terms.add("owner/id eq null");
        } else if (person != null && !person.isEmpty()) {
            terms.add("owner/id eq " + quote(person));
        }
        String text = search.strip();
        if (!text.isEmpty()) {
            String quoted = quote(text);
            terms.add("(contains(name," + quoted + ") or contains(customerProfile/name," + quoted + "))");
        }
        return String.join(" and ", terms);
    }

    /** An OData string literal: single quotes inside are doubled. */
    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
