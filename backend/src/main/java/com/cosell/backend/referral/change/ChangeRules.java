package com.cosell.backend.referral.change;

import com.cosell.api.referral.Direction;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.ReferralType;
import com.cosell.api.referral.Stage;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.referral.domain.Decision;
import com.cosell.backend.referral.domain.Lifecycle;
import com.cosell.backend.referral.domain.Transition;
import com.cosell.backend.referral.validation.ReferralValidation;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.ErrorResponseException;

/**
 * The steps that decide whether a change may happen, in the order a change takes them: who may
 * change, which move the lifecycle allows, whether the content is valid. Each answers with the
 * problem to report, or nothing.
 */
final class ChangeRules {

    private ChangeRules() {}

    /** The vendor's referrals are the sellers' to change, a partner's are its admins'. */
    static Optional<ErrorResponseException> permission(Actor actor) {
        Permission needed = actor.isVendor() ? Permission.SELLER_WORK : Permission.PARTNER_WORK;
        return AccessControl.allows(actor.caller(), actor.organization(), needed)
                ? Optional.empty()
                : Optional.of(ApiProblems.forbidden(
                        actor.isVendor()
                                ? "Changing the vendor's referrals needs the seller role."
                                : "Changing referrals needs the MPN admin or referral admin role."));
    }

    /**
     * The outcome of a deal is the partner's to report: the vendor's sellers engage or decline, and see
     * the partner's Won or Lost on their copy, but never close a deal as won or lost themselves.
     */
    static Optional<ErrorResponseException> outcome(Actor actor, Stage from, Stage to) {
        return actor.isVendor() && to != from && (to == Stage.WON || to == Stage.LOST)
                ? Optional.of(ApiProblems.forbidden(
                        "Won or lost is the partner's to report; the vendor's sellers " + "engage or decline."))
                : Optional.empty();
    }

    /**
     * A move to another stage, as the lifecycle decides it; or an edit within the stage, where one is
     * allowed. The stages a refusal offers are those this actor may choose (a vendor never Won or Lost).
     */
    static Optional<ErrorResponseException> move(
            Actor actor, Stage from, Stage to, Referral current, Referral desired, Instant now) {
        if (to == from) {
            if (from.isClosed()) {
                return Optional.of(
                        ApiProblems.conflict("The referral is closed (" + from + ") and read-only.", List.of()));
            }
            return from == Stage.RECEIVED
                    ? Optional.of(ApiProblems.conflict(
                            "Accept or decline the referral before editing it.",
                            names(actor, Lifecycle.allowedTargets(from))))
                    : Optional.empty();
        }
        Referral.Details d = desired.details();
        Transition transition = switch (to) {
            case ACCEPTED ->
                new Transition.Accept(
                        desired.name(),
                        d == null ? null : d.dealValue(),
                        d == null ? null : d.currency(),
                        d == null ? null : d.closingDateTime());
            case DECLINED -> new Transition.Decline(desired.statusReason(), d == null ? null : d.notes());
            case EXPIRED -> new Transition.Expire();
            case WON -> new Transition.Win();
            case LOST -> new Transition.Lose(desired.statusReason(), d == null ? null : d.notes());
            case RECEIVED -> null;
        };
        Decision decision = transition == null
                ? new Decision.Refused(
                        "A referral cannot go back to " + Stage.RECEIVED + ".", Lifecycle.allowedTargets(from))
                : Lifecycle.decide(from, transition, now, current.expirationDateTime(), false);
        return switch (decision) {
            case Decision.Refused r -> Optional.of(ApiProblems.conflict(r.reason(), names(actor, r.allowed())));
            case Decision.Invalid i ->
                Optional.of(ApiProblems.invalid(i.violations().stream()
                        .map(v -> new FieldError(v.field(), v.message()))
                        .toList()));
            case Decision.Allowed a -> Optional.empty();
        };
    }

    /** Whether this change makes a private deal shared with the vendor (refused where it cannot). */
    static boolean sharing(Actor actor, Referral current, Referral desired, Stage to) {
        if (current.type() == ReferralType.Shared && desired.type() == ReferralType.Independent) {
            throw ApiProblems.conflict("A shared deal cannot be made private again.", List.of());
        }
        boolean sharing = current.type() == ReferralType.Independent && desired.type() == ReferralType.Shared;
        if (sharing && (actor.isVendor() || current.direction() != Direction.Outgoing || to.isClosed())) {
            throw ApiProblems.conflict(
                    "Only an open deal your organization created can be shared with the vendor.", List.of());
        }
        return sharing;
    }

    /** The content rules: a partner's own deal keeps the create rules, any other referral the edit rules. */
    static List<FieldError> content(
            Actor actor, Referral current, Referral desired, Stage to, boolean sharing, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (sharing) {
            errors.addAll(ReferralValidation.sharing(desired));
        }
        errors.addAll(
                !actor.isVendor() && current.direction() == Direction.Outgoing && to != Stage.DECLINED
                        ? ReferralValidation.partnerDeal(desired, now, false)
                        : ReferralValidation.edit(desired));
        return errors;
    }

    private static List<String> names(Actor actor, java.util.Collection<Stage> stages) {
        return stages.stream()
                .filter(s -> !actor.isVendor() || (s != Stage.WON && s != Stage.LOST))
                .map(Stage::toString)
                .toList();
    }
}
