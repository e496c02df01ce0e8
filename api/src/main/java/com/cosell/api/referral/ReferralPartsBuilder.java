package com.cosell.api.referral;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The half of {@link ReferralBuilder} that sets a referral's parts: the fields typed by its nested records
 * and lists. Apart only so that neither file outgrows the size rule; {@code build()} reads these fields.
 */
abstract sealed class ReferralPartsBuilder permits ReferralBuilder {

    @Nullable
    CustomerProfile customerProfile;

    Referral.@Nullable Consent consent;
    Referral.@Nullable Details details;

    @Nullable
    List<Referral.Member> team;

    Referral.@Nullable InviteContext inviteContext;

    @Nullable
    List<Referral.Target> target;

    @Nullable
    List<Referral.Registration> registrations;

    Referral.@Nullable TrackingInfo trackingInfo;

    @Nullable
    List<RelatedParty> relatedParties;

    @Nullable
    Links links;

    ReferralPartsBuilder() {}

    ReferralPartsBuilder(Referral r) {
        this.customerProfile = r.customerProfile();
        this.consent = r.consent();
        this.details = r.details();
        this.team = r.team();
        this.inviteContext = r.inviteContext();
        this.target = r.target();
        this.registrations = r.registrations();
        this.trackingInfo = r.trackingInfo();
        this.relatedParties = r.relatedParties();
        this.links = r.links();
    }

    public ReferralBuilder customerProfile(@Nullable CustomerProfile customerProfile) {
        this.customerProfile = customerProfile;
        return self();
    }

    public ReferralBuilder consent(Referral.@Nullable Consent consent) {
        this.consent = consent;
        return self();
    }

    public ReferralBuilder details(Referral.@Nullable Details details) {
        this.details = details;
        return self();
    }

    public ReferralBuilder team(@Nullable List<Referral.Member> team) {
        this.team = team;
        return self();
    }

    public ReferralBuilder inviteContext(Referral.@Nullable InviteContext inviteContext) {
        this.inviteContext = inviteContext;
        return self();
    }

    public ReferralBuilder target(@Nullable List<Referral.Target> target) {
        this.target = target;
        return self();
    }

    public ReferralBuilder registrations(@Nullable List<Referral.Registration> registrations) {
        this.registrations = registrations;
        return self();
    }

    public ReferralBuilder trackingInfo(Referral.@Nullable TrackingInfo trackingInfo) {
        this.trackingInfo = trackingInfo;
        return self();
    }

    public ReferralBuilder relatedParties(@Nullable List<RelatedParty> relatedParties) {
        this.relatedParties = relatedParties;
        return self();
    }

    public ReferralBuilder links(@Nullable Links links) {
        this.links = links;
        return self();
    }

    /** Sealed to the one builder, so the cast always holds. */
    private ReferralBuilder self() {
        return (ReferralBuilder) this;
    }
}
