package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.CustomerProfile;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.ui.common.BrowserZone;
import com.cosell.frontend.ui.common.Formats;
import com.cosell.frontend.ui.common.ReasonLabel;
import com.cosell.frontend.ui.common.TimeLeft;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The referral's facts as label/value rows; every value is plain text (user input never parsed). */
class DealSummary extends Div {

    DealSummary(Referral r, Clock clock) {
        addClassName("deal-summary");
        setId("deal-summary");
        ZoneId zone = BrowserZone.current();
        CustomerProfile c = r.customerProfile();
        Referral.Details d = r.details();
        row("summary-customer", "grid.customer", r.customerName());
        if (c != null && c.address() != null) {
            CustomerProfile.Address a = c.address();
            row(
                    "summary-address",
                    "customer.address",
                    Stream.of(a.addressLine1(), a.addressLine2(), a.city(), a.state(), a.postalCode(), a.country())
                            .filter(s -> s != null && !s.isBlank())
                            .collect(Collectors.joining(", ")));
        }
        if (c != null && c.duns() != null) {
            row("summary-duns", "customer.duns", c.duns());
        }
        row("summary-organization", "detail.organization", r.organizationName());
        row("summary-value", "deal.value", d == null ? null : Formats.money(d.dealValue(), d.currency(), getLocale()));
        row("summary-close", "deal.close-date", Formats.date(d == null ? null : d.closingDateTime(), getLocale()));
        row("summary-crm", "deal.crm-id", r.externalReferenceId());
        row("summary-campaign", "deal.campaign-id", r.campaignId());
        if (r.stage() == Stage.RECEIVED) {
            row(
                    "summary-expires",
                    "detail.expires",
                    Formats.dateTime(r.expirationDateTime(), getLocale(), zone) + " ("
                            + TimeLeft.text(this, r.expirationDateTime(), clock.instant()) + ")");
        }
        if (r.statusReason() != null) {
            row("summary-reason", "close.reason", ReasonLabel.of(this, r.statusReason()));
        }
        row("summary-created", "detail.created", Formats.dateTime(r.createdDateTime(), getLocale(), zone));
        row("summary-updated", "grid.updated", Formats.dateTime(r.updatedDateTime(), getLocale(), zone));
        Referral.InviteContext invite = r.inviteContext();
        if (invite != null) {
            if (invite.invitedBy() != null) {
                row(
                        "summary-invited-by",
                        "detail.invited-by",
                        invite.invitedBy().organizationName());
            }
            if (invite.assistanceRequestCode() != null) {
                row("summary-help", "help.code", getTranslation("help.code." + invite.assistanceRequestCode()));
            }
            // Whose notes these are: the sender's to this organization, or this organization's to the other party
            row(
                    "summary-invite-notes",
                    r.incoming()
                            ? "summary.invite-notes.received"
                            : r.target() != null && !r.target().isEmpty()
                                    ? "summary.invite-notes.to-partner"
                                    : "help.notes",
                    invite.notes());
        }
        row("summary-notes", "deal.notes", d == null ? null : d.notes());
    }

    private void row(String id, String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span text = new Span(value);
        text.setId(id);
        text.addClassName("field-value");
        Div row = new Div(label, text);
        row.addClassName("field-row");
        add(row);
    }
}
