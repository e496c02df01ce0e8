package com.cosell.api.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A referral as the Partner Center Referrals API shapes it (every field of its Referral schema); also
 * what is stored, without the per-user {@code favorite}, the {@code eTag}, the {@code links} and the
 * {@code relatedParties}, which are added on reading. Build one with {@link ReferralBuilder}. Its
 * {@link CustomerProfile}, {@link RelatedParty} and {@link Links} have files of their own. Absent
 * fields of what a client sends are left out of the JSON (a create body sends only what is set),
 * whatever the mapper's default.
 *
 * @param registrationStatus derived on reading from the newest registration
 * @param relatedParties     Co-sell's own: where the other parties of the engagement stand
 * @param owner              Co-sell's own: who of the organization owns it, absent when nobody does
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Referral(
        @Nullable UUID id,
        @Nullable UUID engagementId,
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
        @Nullable Status status,
        @Nullable Substatus substatus,
        @Nullable String statusReason,
        @Nullable ReferralType type,
        @Nullable String qualification,
        @Nullable Direction direction,
        @Nullable SalesStage salesStage,
        @Nullable Boolean favorite,
        @Nullable CustomerProfile customerProfile,
        @Nullable Consent consent,
        @Nullable Details details,
        @Nullable List<Member> team,
        @Nullable InviteContext inviteContext,
        @Nullable List<Target> target,
        @Nullable List<Registration> registrations,
        @Nullable String registrationStatus,
        @Nullable String referralProgram,
        @Nullable String callToAction,
        @Nullable String referralSource,
        @Nullable String mpnId,
        @Nullable TrackingInfo trackingInfo,
        @Nullable String lastModifiedVia,
        @Nullable String lastRunId,
        @Nullable List<RelatedParty> relatedParties,
        @Nullable String eTag,
        @Nullable Links links,
        @Nullable Owner owner) {

    public @Nullable Stage stage() {
        return status == null || substatus == null
                ? null
                : Stage.of(status, substatus).orElse(null);
    }

    /** Not a bean getter (nor are the reads below): a Jackson property of this name would be on the wire. */
    public boolean favorited() {
        return Boolean.TRUE.equals(favorite);
    }

    public boolean shared() {
        return type == ReferralType.Shared;
    }

    public boolean incoming() {
        return direction == Direction.Incoming;
    }

    public String customerName() {
        return customerProfile == null || customerProfile.name() == null ? "" : customerProfile.name();
    }

    public List<Member> teamOrEmpty() {
        return team == null ? List.of() : team;
    }

    public List<SolutionRef> solutions() {
        return details == null
                        || details.requirements() == null
                        || details.requirements().solutions() == null
                ? List.of()
                : details.requirements().solutions();
    }

    /** Where the engagement's other parties stand (Co-sell's {@code relatedParties}). */
    public List<RelatedParty> parties() {
        return relatedParties == null ? List.of() : relatedParties;
    }

    /** The organizations this referral's organization invited (on its own copy; empty on a received one). */
    public List<Target> invited() {
        return target == null || direction != Direction.Outgoing ? List.of() : target;
    }

    /** The ids of {@link #invited()}. */
    public Set<String> invitedIds() {
        return invited().stream().map(Target::id).filter(id -> id != null).collect(Collectors.toSet());
    }

    /** The deal's registration, once the partner registered it. */
    public @Nullable Registration registration() {
        return registrations == null || registrations.isEmpty() ? null : registrations.getFirst();
    }

    /** The same referral with the caller's favourite flag set (the flag is per user, not shared). */
    public Referral withFavorite(boolean value) {
        return toBuilder().favorite(value).build();
    }

    public static ReferralBuilder builder() {
        return new ReferralBuilder();
    }

    public ReferralBuilder toBuilder() {
        return new ReferralBuilder(this);
    }

    /**
     * {@code consentToToShareInfoWithOthers}: the real, doubled name of Partner Center's field.
     * {@code consentToShareReferralWithMicrosoftSellers}: Partner Center's flag for a deal the vendor may see.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Consent(
            @Nullable Boolean consentToContact,
            @Nullable Boolean consentToToShareInfoWithOthers,
            @Nullable Boolean consentToShareReferralWithMicrosoftSellers,
            @Nullable Boolean consentToMicrosoftToContactSpecificPartners) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Details(
            @Nullable String notes,
            @Nullable BigDecimal dealValue,
            @Nullable String currency,
            @Nullable Instant closingDateTime,
            @Nullable Requirements requirements,
            @Nullable String customerAction,
            @Nullable Boolean customerRequestedContact) {}

    /**
     * Partner Center leaves the shape of industries, products, services, offers and additional
     * requirements open: they are kept as sent. Solutions are checked against the catalogue.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Requirements(
            @Nullable List<SolutionRef> solutions,
            @Nullable List<JsonNode> industries,
            @Nullable List<JsonNode> products,
            @Nullable List<JsonNode> services,
            @Nullable List<JsonNode> offers,
            @Nullable JsonNode additionalRequirements) {

        public static Requirements ofSolutions(@Nullable List<SolutionRef> solutions) {
            return new Requirements(solutions, null, null, null, null, null);
        }
    }

    /**
     * {@code type}: whose solution — {@code Own}, {@code Vendor} or {@code Partner} (Partner Center's
     * {@code Name}/{@code Category} kinds do not apply: every solution here is a named catalogue entry).
     * Name and kind come from the catalogue; what Partner Center clients send besides is ignored.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties({"publisherName", "solutionType"})
    public record SolutionRef(
            @Nullable UUID id,
            @Nullable String name,
            @Nullable String type) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Member(
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String phoneNumber,
            @Nullable String email,
            @Nullable ContactPreference contactPreference) {

        public String fullName() {
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        }
    }

    public record ContactPreference(
            @Nullable Boolean disableNotifications,
            @Nullable String locale) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InviteContext(
            @Nullable String notes,
            @Nullable AssistanceRequestCode assistanceRequestCode,
            @Nullable InvitedBy invitedBy) {}

    public record InvitedBy(
            @Nullable String organizationId, @Nullable String organizationName) {}

    /**
     * Whom a referral is sent to: an invited organization. Partner Center sends objects ({@code {"type":
     * "BusinessProfileLocation", "id": "…"}}); a bare string is read as an organization id. Co-sell adds
     * the invited party's own {@code inviteContext} (the help wanted from it and the notes for it); an
     * entry without one takes the referral's. On reading, an outgoing referral's targets are the parties
     * its organization invited.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(
            @Nullable String type,
            @Nullable String id,
            @Nullable InviteContext inviteContext) {

        public static final String ORGANIZATION = "Organization";
        public static final String BUSINESS_PROFILE = "BusinessProfileLocation";

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Target of(String organizationId) {
            return new Target(ORGANIZATION, organizationId, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        static Target of(
                @JsonProperty("type") @Nullable String type,
                @JsonProperty("id") @Nullable String id,
                @JsonProperty("inviteContext") @Nullable InviteContext inviteContext) {
            return new Target(type, id, inviteContext);
        }

        /** An invitation of a partner, with the help wanted from it and notes for it. */
        public static Target invitation(
                String organizationId, @Nullable AssistanceRequestCode assistanceRequestCode, @Nullable String notes) {
            return new Target(BUSINESS_PROFILE, organizationId, new InviteContext(notes, assistanceRequestCode, null));
        }
    }

    public record TrackingInfo(@Nullable String microsoftMsxId) {}

    /** A deal registration as Partner Center shows it on the referral. */
    public record Registration(
            @Nullable UUID id,
            @Nullable String type,
            @Nullable Instant registrationDateTime,
            @Nullable String status,
            @Nullable String statusReason,
            @Nullable Contract contract,
            @Nullable List<JsonNode> solutionDetails,
            @Nullable StatusHistory statusHistory) {}

    /** {@code term}: {@code Finite} (with start and end) or {@code Perpetual}. */
    public record Contract(
            @Nullable BigDecimal value,
            @Nullable String currency,
            @Nullable Instant startDateTime,
            @Nullable Instant endDateTime,
            @Nullable Instant signDateTime,
            @Nullable String term) {}

    public record StatusHistory(
            @Nullable Instant reviewPendingDateTime,
            @Nullable Instant actionRequiredDateTime,
            @Nullable Instant approvedDateTime,
            @Nullable Instant failedDateTime) {}
}
