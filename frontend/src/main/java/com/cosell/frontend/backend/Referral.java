package com.cosell.frontend.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A referral as the backend's Partner Center API shapes it. Enums travel as their API names
 * (strings), so a value the backend adds later does not break reading. Also the body of a create:
 * only what is set is sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Referral(
        @Nullable String id,
        @Nullable String engagementId,
        @Nullable String organizationId,
        @Nullable String organizationName,
        @Nullable String name,
        @Nullable String externalReferenceId,
        @Nullable String campaignId,
        @Nullable Instant createdDateTime,
        @Nullable Instant updatedDateTime,
        @Nullable Instant expirationDateTime,
        @Nullable Instant acceptedDateTime,
        @Nullable Instant closedDateTime,
        @Nullable String status,
        @Nullable String substatus,
        @Nullable String statusReason,
        @Nullable String type,
        @Nullable String qualification,
        @Nullable String direction,
        @Nullable String salesStage,
        @Nullable Boolean favorite,
        @Nullable CustomerProfile customerProfile,
        @Nullable Consent consent,
        @Nullable Details details,
        @Nullable List<Member> team,
        @Nullable InviteContext inviteContext,
        @Nullable List<Target> target,
        @Nullable List<Registration> registrations,
        @Nullable String eTag,
        @Nullable Links links,
        @Nullable List<RelatedParty> relatedParties) {

    public static final String SHARED = "Shared";
    public static final String INDEPENDENT = "Independent";
    public static final String INCOMING = "Incoming";
    public static final String OUTGOING = "Outgoing";

    /** A create body: what the user entered, nothing the server manages. */
    public static Referral draft(String name, @Nullable String type, @Nullable String externalReferenceId,
                                 @Nullable String campaignId, CustomerProfile customer, @Nullable Consent consent,
                                 Details details, @Nullable List<Member> team, @Nullable InviteContext invite,
                                 @Nullable List<String> targetOrganizations) {
        List<Target> target = targetOrganizations == null ? null
                : targetOrganizations.stream().map(Target::organization).toList();
        return new Referral(null, null, null, null, name, externalReferenceId, campaignId, null, null, null, null,
                null, null, null, null, type, null, null, null, null, customer, consent, details, team, invite,
                target, null, null, null, null);
    }

    public Optional<Stage> stage() {
        return Stage.of(status, substatus);
    }

    /** Not a bean getter: a Jackson property of this name would be sent to the API. */
    public boolean favorited() {
        return Boolean.TRUE.equals(favorite);
    }

    public boolean shared() {
        return SHARED.equals(type);
    }

    public boolean incoming() {
        return INCOMING.equals(direction);
    }

    public String customerName() {
        return customerProfile == null || customerProfile.name() == null ? "" : customerProfile.name();
    }

    public List<Member> teamOrEmpty() {
        return team == null ? List.of() : team;
    }

    public List<SolutionRef> solutions() {
        return details == null || details.requirements() == null || details.requirements().solutions() == null
                ? List.of() : details.requirements().solutions();
    }

    /**
     * Where the deal stands as its owner would say it: for a referral this organisation sent to another
     * (a seller's to a partner), the receiver's stage — its own copy stays Accepted whatever the
     * partner answers; for every other referral its own stage.
     */
    public Optional<Stage> standing() {
        return standing(true);
    }

    /**
     * @param tracksReceiver whether the organisation's own copy only tracks the receiver's answer (a
     *                       seller's); a partner works its own deal, whatever the partners it invited answer
     */
    public Optional<Stage> standing(boolean tracksReceiver) {
        if (!tracksReceiver || target == null || target.isEmpty() || target.getFirst().id() == null) {
            return stage();
        }
        String receiver = target.getFirst().id();
        return parties().stream().filter(p -> receiver.equals(p.organizationId())).findFirst()
                .flatMap(RelatedParty::stage).or(this::stage);
    }

    /** The parties this organisation invited and where each stands, as one line ("Fabrikam: Declined"). */
    public String invitedSummary(java.util.function.Function<Stage, String> label) {
        java.util.Set<String> ids = invited().stream().map(Target::id).collect(java.util.stream.Collectors.toSet());
        return parties().stream().filter(p -> ids.contains(p.organizationId()))
                .map(p -> p.organizationName() + ": " + p.stage().map(label).orElse("—"))
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    /** Where the engagement's other parties stand (Co-sell's {@code relatedParties}). */
    public List<RelatedParty> parties() {
        return relatedParties == null ? List.of() : relatedParties;
    }

    /** The same referral with the caller's favourite flag changed (the flag is per user, not shared). */
    /** The same draft sent to these parties. */
    public Referral withTargets(@Nullable List<Target> targets) {
        return new Referral(id, engagementId, organizationId, organizationName, name, externalReferenceId,
                campaignId, createdDateTime, updatedDateTime, expirationDateTime, acceptedDateTime, closedDateTime,
                status, substatus, statusReason, type, qualification, direction, salesStage, favorite, customerProfile,
                consent, details, team, inviteContext, targets, registrations, eTag, links, relatedParties);
    }

    public Referral withFavorite(boolean value) {
        return new Referral(id, engagementId, organizationId, organizationName, name, externalReferenceId,
                campaignId, createdDateTime, updatedDateTime, expirationDateTime, acceptedDateTime, closedDateTime,
                status, substatus, statusReason, type, qualification, direction, salesStage, value, customerProfile,
                consent, details, team, inviteContext, target, registrations, eTag, links, relatedParties);
    }

    /**
     * The same referral with only what a list row shows and needs (identity, name, customer name,
     * value, close date, stage, type, direction, favourite, expiry, last update): a grid keeps the
     * rows it shows for as long as the page is open, so contacts, notes, solutions, registrations and
     * links would stay in every session's memory for nothing. Never sent back to the API.
     */
    public Referral listRow() {
        return new Referral(id, engagementId, organizationId, organizationName, name, null, null, null,
                updatedDateTime, expirationDateTime, null, null, status, substatus, null, type, null, direction, null,
                favorite, customerProfile == null ? null : new CustomerProfile(customerProfile.name(), null, null, null,
                null), null, details == null ? null : new Details(null, details.dealValue(), details.currency(),
                details.closingDateTime(), null), null, null, target, null, eTag, null, relatedParties);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CustomerProfile(@Nullable String name, @Nullable String size, @Nullable Address address,
                                  @Nullable List<CustomerId> ids, @Nullable List<Member> team) {

        public @Nullable String duns() {
            return ids == null ? null : ids.stream().filter(i -> "Duns".equals(i.profileType()))
                    .map(CustomerId::id).findFirst().orElse(null);
        }

        public List<Member> teamOrEmpty() {
            return team == null ? List.of() : team;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(@Nullable String addressLine1, @Nullable String addressLine2, @Nullable String city,
                          @Nullable String state, @Nullable String postalCode, @Nullable String country,
                          @Nullable String region) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CustomerId(@Nullable String profileType, @Nullable String id) {
    }

    /** {@code consentToToShareInfoWithOthers}: the real, doubled name of Partner Center's field. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Consent(@Nullable Boolean consentToContact, @Nullable Boolean consentToToShareInfoWithOthers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Details(@Nullable String notes, @Nullable BigDecimal dealValue, @Nullable String currency,
                          @Nullable Instant closingDateTime, @Nullable Requirements requirements) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Requirements(@Nullable List<SolutionRef> solutions) {
    }

    /** {@code type}: whose solution — {@code Own}, {@code Vendor} or {@code Partner}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SolutionRef(@Nullable String id, @Nullable String name, @Nullable String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(@Nullable String firstName, @Nullable String lastName, @Nullable String phoneNumber,
                         @Nullable String email) {

        public String fullName() {
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InviteContext(@Nullable String notes, @Nullable String assistanceRequestCode,
                                @Nullable InvitedBy invitedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InvitedBy(@Nullable String organizationId, @Nullable String organizationName) {
    }

    /** A deal registration as Partner Center shows it; {@code statusReason} is the reviewer's comment. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Registration(@Nullable String id, @Nullable String status, @Nullable String statusReason,
                               @Nullable Contract contract) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contract(@Nullable BigDecimal value, @Nullable String currency) {
    }

    /**
     * Whom a referral is sent to: Partner Center names an organisation by a business profile location.
     * {@code inviteContext} is what that party is asked for (on the sender's copy: whom it invited).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(@Nullable String type, @Nullable String id, @Nullable InviteContext inviteContext) {

        @com.fasterxml.jackson.annotation.JsonCreator
        public Target {
        }

        public Target(@Nullable String type, @Nullable String id) {
            this(type, id, null);
        }

        static Target organization(String id) {
            return new Target("BusinessProfileLocation", id);
        }

        /** An invitation of a partner, with the help wanted from it and notes for it. */
        public static Target invitation(String organizationId, String assistanceRequestCode, @Nullable String notes) {
            return new Target("BusinessProfileLocation", organizationId,
                    new InviteContext(notes, assistanceRequestCode, null));
        }
    }

    /** The organisations this referral's organisation invited (on its own copy; empty on a received one). */
    public List<Target> invited() {
        return target == null || !OUTGOING.equals(direction) ? List.of() : target;
    }

    /** The deal's registration, once the partner registered it. */
    public @Nullable Registration registration() {
        return registrations == null || registrations.isEmpty() ? null : registrations.getFirst();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Links(@Nullable Link self, @Nullable Link relatedReferrals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Link(@Nullable String uri, @Nullable String method) {
    }

    /** Another party's referral in the same engagement: only who it is and where it stands. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RelatedParty(String organizationId, String organizationName, @Nullable String status,
                               @Nullable String substatus, @Nullable String statusReason) {

        public Optional<Stage> stage() {
            return Stage.of(status, substatus);
        }
    }
}
