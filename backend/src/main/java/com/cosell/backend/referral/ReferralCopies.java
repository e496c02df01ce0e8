package com.cosell.backend.referral;

import com.cosell.backend.organisation.Organisation;
import com.cosell.backend.referral.domain.Direction;
import com.cosell.backend.referral.domain.ReferralType;
import com.cosell.backend.referral.domain.Stage;
import java.time.Instant;
import java.util.UUID;

/**
 * The other party's referral in an engagement. It carries what the other party needs to answer,
 * never the sender's CRM ids or private notes, and the customer's contacts only with consent.
 */
final class ReferralCopies {

    private ReferralCopies() {
    }

    static Referral incomingFor(Referral source, Organisation to, Organisation from, Instant now, Instant expiresAt) {
        Referral.CustomerProfile customer = source.customerProfile();
        boolean consent = source.consent() != null && Boolean.TRUE.equals(source.consent().consentToContact());
        Referral.CustomerProfile copiedCustomer = customer == null ? null : new Referral.CustomerProfile(
                customer.name(), customer.size(), customer.address(), customer.ids(), consent ? customer.team() : null);
        Referral.Details details = source.details() == null ? null : new Referral.Details(null,
                source.details().dealValue(), source.details().currency(), source.details().closingDateTime(),
                source.details().requirements());
        Referral.InviteContext invite = new Referral.InviteContext(
                source.inviteContext() == null ? null : source.inviteContext().notes(),
                source.inviteContext() == null ? null : source.inviteContext().assistanceRequestCode(),
                new Referral.InvitedBy(from.id(), from.name()));
        return new Referral(UUID.randomUUID(), source.engagementId(), to.id(), to.name(), source.name(), null, null,
                now, now, expiresAt, null, null, Stage.RECEIVED.status(), Stage.RECEIVED.substatus(), null,
                ReferralType.Shared, source.qualification(), Direction.Incoming, source.salesStage(), null,
                copiedCustomer, source.consent(), details, source.team(), invite, null, null, null, null);
    }
}
