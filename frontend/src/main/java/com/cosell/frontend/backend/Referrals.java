package com.cosell.frontend.backend;

import com.cosell.api.referral.CustomerProfile;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Referral.Target;
import com.cosell.api.referral.ReferralType;
import com.cosell.api.referral.RelatedParty;
import com.cosell.api.referral.Stage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** What the workspace reads off a referral beyond its wire fields, and the shapes it sends and keeps. */
public final class Referrals {

    private Referrals() {}

    /** A create body: what the user entered, nothing the server manages. */
    public static Referral draft(
            String name,
            @Nullable ReferralType type,
            @Nullable String externalReferenceId,
            @Nullable String campaignId,
            CustomerProfile customer,
            Referral.@Nullable Consent consent,
            Referral.Details details,
            @Nullable List<Referral.Member> team,
            Referral.@Nullable InviteContext invite,
            @Nullable List<String> targetOrganizations) {
        List<Target> target = targetOrganizations == null
                ? null
                : targetOrganizations.stream()
                        .map(id -> new Target(Target.BUSINESS_PROFILE, id, null))
                        .toList();
        return Referral.builder()
                .name(name)
                .type(type)
                .externalReferenceId(externalReferenceId)
                .campaignId(campaignId)
                .customerProfile(customer)
                .consent(consent)
                .details(details)
                .team(team)
                .inviteContext(invite)
                .target(target)
                .build();
    }

    public static Optional<Stage> stage(Referral r) {
        return Optional.ofNullable(r.stage());
    }

    /**
     * Where the deal stands as its owner would say it: for a referral this organization sent to another
     * (a seller's to a partner), the receiver's stage — its own copy stays Accepted whatever the
     * partner answers; for every other referral its own stage.
     */
    public static Optional<Stage> standing(Referral r) {
        return standing(r, true);
    }

    /**
     * @param tracksReceiver whether the organization's own copy only tracks the receiver's answer (a
     *                       seller's); a partner works its own deal, whatever the partners it invited answer
     */
    public static Optional<Stage> standing(Referral r, boolean tracksReceiver) {
        List<Target> target = r.target();
        String receiver =
                target == null || target.isEmpty() ? null : target.getFirst().id();
        if (!tracksReceiver || receiver == null) {
            return stage(r);
        }
        return r.parties().stream()
                .filter(p -> receiver.equals(p.organizationId()))
                .findFirst()
                .map(RelatedParty::stage)
                .or(() -> stage(r));
    }

    /** The parties this organization invited and where each stands, as one line ("Fabrikam: Declined"). */
    public static String invitedSummary(Referral r, Function<Stage, String> label) {
        if (r.invited().isEmpty()) {
            return ""; // a received deal, or one that invited no one: most rows, redrawn in every open tab
        }
        Set<String> ids = r.invitedIds();
        return r.parties().stream()
                .filter(p -> ids.contains(p.organizationId()))
                .map(p -> p.organizationName() + ": "
                        + Optional.ofNullable(p.stage()).map(label).orElse("—"))
                .collect(Collectors.joining(" · "));
    }

    /**
     * The same referral with only what a list row shows and needs (identity, name, customer name,
     * value, close date, stage, type, direction, favourite, owner, expiry, last update): a grid keeps the
     * rows it shows for as long as the page is open, so contacts, notes, solutions, registrations and
     * links would stay in every session's memory for nothing. Never sent back to the API.
     */
    public static Referral listRow(Referral r) {
        var customer = r.customerProfile();
        var details = r.details();
        return Referral.builder()
                .id(r.id())
                .engagementId(r.engagementId())
                .organizationId(r.organizationId())
                .organizationName(r.organizationName())
                .name(r.name())
                .updatedDateTime(r.updatedDateTime())
                .expirationDateTime(r.expirationDateTime())
                .status(r.status())
                .substatus(r.substatus())
                .type(r.type())
                .direction(r.direction())
                .favorite(r.favorite())
                .owner(r.owner())
                .customerProfile(customer == null ? null : new CustomerProfile(customer.name(), null, null, null, null))
                .details(
                        details == null
                                ? null
                                : new Referral.Details(
                                        null,
                                        details.dealValue(),
                                        details.currency(),
                                        details.closingDateTime(),
                                        null,
                                        null,
                                        null))
                .target(r.target())
                .eTag(r.eTag())
                .relatedParties(r.relatedParties())
                .build();
    }
}
