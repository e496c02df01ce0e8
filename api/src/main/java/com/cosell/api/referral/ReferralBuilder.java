package com.cosell.api.referral;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Referral} by name instead of by position; {@link Referral#toBuilder()} starts from a copy.
 * The setters of the referral's parts are in {@code ReferralPartsBuilder}.
 */
public final class ReferralBuilder extends ReferralPartsBuilder {

    private @Nullable UUID id;
    private @Nullable UUID engagementId;
    private @Nullable String organizationId;
    private @Nullable String organizationName;
    private @Nullable String name;
    private @Nullable String externalReferenceId;
    private @Nullable String campaignId;
    private @Nullable Instant createdDateTime;
    private @Nullable Instant updatedDateTime;
    private @Nullable Instant expirationDateTime;
    private @Nullable Instant acceptedDateTime;
    private @Nullable Instant closedDateTime;
    private @Nullable Status status;
    private @Nullable Substatus substatus;
    private @Nullable String statusReason;
    private @Nullable ReferralType type;
    private @Nullable String qualification;
    private @Nullable Direction direction;
    private @Nullable SalesStage salesStage;
    private @Nullable Boolean favorite;
    private @Nullable String registrationStatus;
    private @Nullable Owner owner;
    private @Nullable String referralProgram;
    private @Nullable String callToAction;
    private @Nullable String referralSource;
    private @Nullable String mpnId;
    private @Nullable String lastModifiedVia;
    private @Nullable String lastRunId;
    private @Nullable String eTag;

    ReferralBuilder() {}

    ReferralBuilder(Referral r) {
        super(r);
        this.id = r.id();
        this.engagementId = r.engagementId();
        this.organizationId = r.organizationId();
        this.organizationName = r.organizationName();
        this.name = r.name();
        this.externalReferenceId = r.externalReferenceId();
        this.campaignId = r.campaignId();
        this.createdDateTime = r.createdDateTime();
        this.updatedDateTime = r.updatedDateTime();
        this.expirationDateTime = r.expirationDateTime();
        this.acceptedDateTime = r.acceptedDateTime();
        this.closedDateTime = r.closedDateTime();
        this.status = r.status();
        this.substatus = r.substatus();
        this.statusReason = r.statusReason();
        this.type = r.type();
        this.qualification = r.qualification();
        this.direction = r.direction();
        this.salesStage = r.salesStage();
        this.favorite = r.favorite();
        this.registrationStatus = r.registrationStatus();
        this.owner = r.owner();
        this.referralProgram = r.referralProgram();
        this.callToAction = r.callToAction();
        this.referralSource = r.referralSource();
        this.mpnId = r.mpnId();
        this.lastModifiedVia = r.lastModifiedVia();
        this.lastRunId = r.lastRunId();
        this.eTag = r.eTag();
    }

    public ReferralBuilder id(@Nullable UUID id) {
        this.id = id;
        return this;
    }

    public ReferralBuilder engagementId(@Nullable UUID engagementId) {
        this.engagementId = engagementId;
        return this;
    }

    public ReferralBuilder organizationId(@Nullable String organizationId) {
        this.organizationId = organizationId;
        return this;
    }

    public ReferralBuilder organizationName(@Nullable String organizationName) {
        this.organizationName = organizationName;
        return this;
    }

    public ReferralBuilder name(@Nullable String name) {
        this.name = name;
        return this;
    }

    public ReferralBuilder externalReferenceId(@Nullable String externalReferenceId) {
        this.externalReferenceId = externalReferenceId;
        return this;
    }

    public ReferralBuilder campaignId(@Nullable String campaignId) {
        this.campaignId = campaignId;
        return this;
    }

    public ReferralBuilder createdDateTime(@Nullable Instant createdDateTime) {
        this.createdDateTime = createdDateTime;
        return this;
    }

    public ReferralBuilder updatedDateTime(@Nullable Instant updatedDateTime) {
        this.updatedDateTime = updatedDateTime;
        return this;
    }

    public ReferralBuilder expirationDateTime(@Nullable Instant expirationDateTime) {
        this.expirationDateTime = expirationDateTime;
        return this;
    }

    public ReferralBuilder acceptedDateTime(@Nullable Instant acceptedDateTime) {
        this.acceptedDateTime = acceptedDateTime;
        return this;
    }

    public ReferralBuilder closedDateTime(@Nullable Instant closedDateTime) {
        this.closedDateTime = closedDateTime;
        return this;
    }

    public ReferralBuilder status(@Nullable Status status) {
        this.status = status;
        return this;
    }

    public ReferralBuilder substatus(@Nullable Substatus substatus) {
        this.substatus = substatus;
        return this;
    }

    public ReferralBuilder statusReason(@Nullable String statusReason) {
        this.statusReason = statusReason;
        return this;
    }

    public ReferralBuilder type(@Nullable ReferralType type) {
        this.type = type;
        return this;
    }

    public ReferralBuilder qualification(@Nullable String qualification) {
        this.qualification = qualification;
        return this;
    }

    public ReferralBuilder direction(@Nullable Direction direction) {
        this.direction = direction;
        return this;
    }

    public ReferralBuilder salesStage(@Nullable SalesStage salesStage) {
        this.salesStage = salesStage;
        return this;
    }

    public ReferralBuilder favorite(@Nullable Boolean favorite) {
        this.favorite = favorite;
        return this;
    }

    public ReferralBuilder owner(@Nullable Owner owner) {
        this.owner = owner;
        return this;
    }

    public ReferralBuilder registrationStatus(@Nullable String registrationStatus) {
        this.registrationStatus = registrationStatus;
        return this;
    }

    public ReferralBuilder referralProgram(@Nullable String referralProgram) {
        this.referralProgram = referralProgram;
        return this;
    }

    public ReferralBuilder callToAction(@Nullable String callToAction) {
        this.callToAction = callToAction;
        return this;
    }

    public ReferralBuilder referralSource(@Nullable String referralSource) {
        this.referralSource = referralSource;
        return this;
    }

    public ReferralBuilder mpnId(@Nullable String mpnId) {
        this.mpnId = mpnId;
        return this;
    }

    public ReferralBuilder lastModifiedVia(@Nullable String lastModifiedVia) {
        this.lastModifiedVia = lastModifiedVia;
        return this;
    }

    public ReferralBuilder lastRunId(@Nullable String lastRunId) {
        this.lastRunId = lastRunId;
        return this;
    }

    public ReferralBuilder eTag(@Nullable String eTag) {
        this.eTag = eTag;
        return this;
    }

    public Referral build() {
        return new Referral(
                id,
                engagementId,
                organizationId,
                organizationName,
                name,
                externalReferenceId,
                campaignId,
                createdDateTime,
                updatedDateTime,
                expirationDateTime,
                acceptedDateTime,
                closedDateTime,
                status,
                substatus,
                statusReason,
                type,
                qualification,
                direction,
                salesStage,
                favorite,
                customerProfile,
                consent,
                details,
                team,
                inviteContext,
                target,
                registrations,
                registrationStatus,
                referralProgram,
                callToAction,
                referralSource,
                mpnId,
                trackingInfo,
                lastModifiedVia,
                lastRunId,
                relatedParties,
                eTag,
                links,
                owner);
    }
}
