package com.cosell.backend.referral.create;

import com.cosell.api.referral.CustomerProfile;
import com.cosell.api.referral.Direction;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.ReferralType;
import com.cosell.api.referral.Stage;
import com.cosell.backend.organization.Organization;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The other party's referral in an engagement. It carries what the other party needs to answer,
 * never the sender's CRM ids, tracking ids, private notes or team (each organization's team is its
 * own: the receiver adds its people), and the customer's contacts only with consent.
 */
final class ReferralCopies {

    private ReferralCopies() {}

    /** {@code invite}: what {@code to} is asked for (its own help wanted and notes). */
    static Referral incomingFor(
            Referral source,
            Referral.@Nullable InviteContext invite,
            Organization to,
            Organization from,
            Instant now,
            Instant expiresAt) {
        CustomerProfile customer = source.customerProfile();
        boolean consent =
                source.consent() != null && Boolean.TRUE.equals(source.consent().consentToContact());
        CustomerProfile copiedCustomer = customer == null
                ? null
                : new CustomerProfile(
                        customer.name(),
                        customer.size(),
                        customer.address(),
                        customer.ids(),
                        consent ? customer.team() : null);
        Referral.Details d = source.details();
        Referral.Details details = d == null
                ? null
                : new Referral.Details(
                        null,
                        d.dealValue(),
                        d.currency(),
                        d.closingDateTime(),
                        d.requirements(),
                        d.customerAction(),
                        d.customerRequestedContact());
        Referral.InviteContext asked = new Referral.InviteContext(
                invite == null ? null : invite.notes(),
                invite == null ? null : invite.assistanceRequestCode(),
                new Referral.InvitedBy(from.id(), from.name()));
        return Referral.builder()
                .id(UUID.randomUUID())
                .engagementId(source.engagementId())
                .organizationId(to.id())
                .organizationName(to.name())
                .name(source.name())
                .createdDateTime(now)
                .updatedDateTime(now)
                .expirationDateTime(expiresAt)
                .status(Stage.RECEIVED.status())
                .substatus(Stage.RECEIVED.substatus())
                .type(ReferralType.Shared)
                .qualification(source.qualification())
                .direction(Direction.Incoming)
                .salesStage(source.salesStage())
                .customerProfile(copiedCustomer)
                .consent(source.consent())
                .details(details)
                .inviteContext(asked)
                .build();
    }
}
