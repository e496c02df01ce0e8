package com.cosell.backend.referral;

import com.cosell.backend.referral.domain.AssistanceRequestCode;
import com.cosell.backend.referral.domain.Direction;
import com.cosell.backend.referral.domain.ReferralType;
import com.cosell.backend.referral.domain.SalesStage;
import com.cosell.backend.referral.domain.Stage;
import com.cosell.backend.referral.domain.Status;
import com.cosell.backend.referral.domain.Substatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral as the Partner Center Referrals API shapes it; also what is stored (without the
 * per-user {@code favorite}, the {@code eTag} and the {@code links}, which are added on reading).
 */
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
        @Nullable List<String> target,
        @Nullable List<Registration> registrations,
        @Nullable String eTag,
        @Nullable Links links) {

    public @Nullable Stage stage() {
        return status == null || substatus == null ? null : Stage.of(status, substatus).orElse(null);
    }

    public record CustomerProfile(@Nullable String name, @Nullable String size, @Nullable Address address,
                                  @Nullable List<CustomerId> ids, @Nullable List<Member> team) {
    }

    public record Address(@Nullable String addressLine1, @Nullable String addressLine2, @Nullable String city,
                          @Nullable String state, @Nullable String postalCode, @Nullable String country,
                          @Nullable String region) {
    }

    /** {@code profileType}: {@code Duns} or {@code External}. */
    public record CustomerId(@Nullable String profileType, @Nullable String id) {
    }

    /** {@code consentToToShareInfoWithOthers}: the real, doubled name of Partner Center's field. */
    public record Consent(@Nullable Boolean consentToContact, @Nullable Boolean consentToToShareInfoWithOthers) {
    }

    public record Details(@Nullable String notes, @Nullable BigDecimal dealValue, @Nullable String currency,
                          @Nullable Instant closingDateTime, @Nullable Requirements requirements) {
    }

    public record Requirements(@Nullable List<SolutionRef> solutions) {
    }

    /** {@code type}: whose solution — {@code Own}, {@code Vendor} or {@code Partner}. */
    public record SolutionRef(@Nullable UUID id, @Nullable String name, @Nullable String type) {
    }

    public record Member(@Nullable String firstName, @Nullable String lastName, @Nullable String phoneNumber,
                         @Nullable String email) {
    }

    public record InviteContext(@Nullable String notes, @Nullable AssistanceRequestCode assistanceRequestCode,
                                @Nullable InvitedBy invitedBy) {
    }

    public record InvitedBy(@Nullable String organizationId, @Nullable String organizationName) {
    }

    public record Registration(@Nullable UUID id, @Nullable String status, @Nullable BigDecimal contractValue,
                               @Nullable String currency, @Nullable Instant signedDateTime,
                               @Nullable Integer termMonths, @Nullable String reviewComment,
                               @Nullable Instant submittedDateTime, @Nullable Instant reviewedDateTime) {
    }

    public record Links(@Nullable Link self, @Nullable List<RelatedReferral> relatedReferrals) {
    }

    public record Link(String uri, String method) {
    }

    /** Another party's referral in the same engagement: only who it is and where it stands. */
    public record RelatedReferral(String organizationId, String organizationName, Status status,
                                  Substatus substatus) {
    }
}
