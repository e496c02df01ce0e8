package com.cosell.backend.referral.validation;

import com.cosell.api.referral.CustomerProfile;
import com.cosell.api.referral.Referral;
import com.cosell.backend.referral.domain.Lifecycle;
import com.cosell.backend.web.ApiProblems.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The content rules of the create flow and of edits, each failure naming its field. */
public final class ReferralValidation {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,30}$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Partner Center's ReferralQualification. */
    static final Set<String> QUALIFICATIONS = Set.of("None", "Direct", "MarketingQualified", "SalesQualified");

    public static final int NOTES_MAX = 4000;

    private final List<FieldError> errors = new ArrayList<>();

    /** What a partner's own deal needs (create, and every edit of an accepted deal). */
    public static List<FieldError> partnerDeal(Referral r, Instant now, boolean creating) {
        ReferralValidation v = new ReferralValidation();
        v.text("name", r.name(), 200, true);
        v.common(r);
        v.customer(r.customerProfile(), true);
        Referral.Details d = r.details();
        if (d == null) {
            v.add("details", "Deal details are required: value, currency and estimated close date.");
        } else {
            Lifecycle.money(d.dealValue(), d.currency()).forEach(x -> v.add(x.field(), x.message()));
            if (d.closingDateTime() == null || creating) { // a date already past may stay on an existing deal
                Lifecycle.closeDate(d.closingDateTime(), now).forEach(x -> v.add(x.field(), x.message()));
            }
            if (d.requirements() == null
                    || d.requirements().solutions() == null
                    || d.requirements().solutions().isEmpty()) {
                v.add("details/requirements/solutions", "Choose at least one solution.");
            }
        }
        if (r.team() == null || r.team().isEmpty()) {
            v.add("team", "Add at least one employee who works on the deal.");
        }
        return v.errors;
    }

    /** What a seller's referral to partners needs: the partners, the customer and the deal's name. */
    public static List<FieldError> sellerReferral(Referral r) {
        ReferralValidation v = new ReferralValidation();
        v.text("name", r.name(), 200, true);
        v.common(r);
        v.customer(r.customerProfile(), true);
        if (r.target() == null || r.target().isEmpty()) {
            v.add("target", "Name the partner organizations to send the referral to.");
        }
        Referral.Details d = r.details();
        if (d != null && (d.dealValue() != null || d.currency() != null)) {
            Lifecycle.money(d.dealValue(), d.currency()).forEach(x -> v.add(x.field(), x.message()));
        }
        return v.errors;
    }

    /** What any edit must keep valid, for referrals whose full create rules do not apply. */
    public static List<FieldError> edit(Referral r) {
        ReferralValidation v = new ReferralValidation();
        v.text("name", r.name(), 200, true);
        v.common(r);
        v.customer(r.customerProfile(), false);
        Referral.Details d = r.details();
        if (d != null && (d.dealValue() != null || d.currency() != null)) {
            Lifecycle.money(d.dealValue(), d.currency()).forEach(x -> v.add(x.field(), x.message()));
        }
        return v.errors;
    }

    /** What asking the vendor for help needs: the kind of help, and a customer contact. */
    public static List<FieldError> sharing(Referral r) {
        ReferralValidation v = new ReferralValidation();
        if (r.inviteContext() == null || r.inviteContext().assistanceRequestCode() == null) {
            v.add("inviteContext/assistanceRequestCode", "Say what help you need from the vendor.");
        }
        if (r.customerProfile() == null
                || r.customerProfile().team() == null
                || r.customerProfile().team().isEmpty()) {
            v.add("customerProfile/team", "Sharing with the vendor needs a customer contact.");
        }
        return v.errors;
    }

    /** Rules for fields any referral may carry. */
    private void common(Referral r) {
        if (r.qualification() != null && !QUALIFICATIONS.contains(r.qualification())) {
            add(
                    "qualification",
                    "'" + r.qualification() + "' is not a qualification; one of "
                            + QUALIFICATIONS.stream().sorted().toList() + ".");
        }
        text("externalReferenceId", r.externalReferenceId(), 100, false);
        text("referralProgram", r.referralProgram(), 200, false);
        text("callToAction", r.callToAction(), 200, false);
        text("referralSource", r.referralSource(), 200, false);
        text("mpnId", r.mpnId(), 50, false);
        text("lastModifiedVia", r.lastModifiedVia(), 200, false);
        text("lastRunId", r.lastRunId(), 200, false);
        if (r.details() != null) {
            text("details/customerAction", r.details().customerAction(), NOTES_MAX, false);
        }
        text("campaignId", r.campaignId(), 100, false);
        if (r.details() != null) {
            text("details/notes", r.details().notes(), NOTES_MAX, false);
        }
        if (r.inviteContext() != null) {
            text("inviteContext/notes", r.inviteContext().notes(), NOTES_MAX, false);
        }
        members("team", r.team());
    }

    private void customer(@Nullable CustomerProfile c, boolean required) {
        if (c == null) {
            if (required) {
                add("customerProfile", "Choose the customer.");
            }
            return;
        }
        text("customerProfile/name", c.name(), 200, true);
        CustomerProfile.Address a = c.address();
        if (a == null) {
            add("customerProfile/address", "The customer's address is required (at least city and country).");
        } else {
            text("customerProfile/address/city", a.city(), 100, true);
            text("customerProfile/address/addressLine1", a.addressLine1(), 200, false);
            if (a.country() == null || !COUNTRIES.contains(a.country())) {
                add(
                        "customerProfile/address/country",
                        "An ISO 3166 two-letter country code (such as KR or US) is required.");
            }
        }
        if (c.ids() != null) {
            for (int i = 0; i < c.ids().size(); i++) {
                CustomerProfile.CustomerId id = c.ids().get(i);
                String field = "customerProfile/ids/" + i;
                if (id == null || !Set.of("Duns", "External").contains(id.profileType())) {
                    add(field + "/profileType", "profileType is Duns or External.");
                } else if ("Duns".equals(id.profileType())
                        && (id.id() == null || !id.id().matches("\\d{9}"))) {
                    add(field + "/id", "A D-U-N-S number has nine digits.");
                }
            }
        }
        members("customerProfile/team", c.team());
    }

    private void members(String field, @Nullable List<Referral.Member> members) {
        if (members == null) {
            return;
        }
        if (members.size() > 50) {
            add(field, "At most 50 people.");
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            Referral.Member m = members.get(i);
            String at = field + "/" + i;
            if (m == null) {
                add(at, "A person needs a name, phone and email.");
                continue;
            }
            text(at + "/firstName", m.firstName(), 100, true);
            text(at + "/lastName", m.lastName(), 100, true);
            if (m.email() == null
                    || m.email().length() > 254
                    || !EMAIL.matcher(m.email()).matches()) {
                add(at + "/email", "A valid email address is required.");
            }
            if (m.phoneNumber() == null || !PHONE.matcher(m.phoneNumber()).matches()) {
                add(at + "/phoneNumber", "A valid phone number is required.");
            }
        }
    }

    private void text(String field, @Nullable String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "This is required.");
            }
        } else if (value.length() > max) {
            add(field, "At most " + max + " characters.");
        }
    }

    private void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
