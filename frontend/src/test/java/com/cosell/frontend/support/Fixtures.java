package com.cosell.frontend.support;

import com.cosell.api.catalogue.Customer;
import com.cosell.api.catalogue.Solution;
import com.cosell.api.referral.CustomerProfile;
import com.cosell.api.referral.Direction;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.ReferralType;
import com.cosell.api.referral.RelatedParty;
import com.cosell.api.referral.Status;
import com.cosell.api.referral.Substatus;
import com.cosell.frontend.backend.Me;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Backend answers for view tests, shaped as the backend sends them. */
public final class Fixtures {

    public static final String SOLUTION_1 = id("s-1");
    public static final String SOLUTION_2 = id("s-2");
    public static final String SOLUTION_3 = id("s-3");

    public static final Instant CLOSE = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);

    private Fixtures() {}

    public static Me partner(String... roles) {
        return new Me(
                "u-bob",
                "Bob Lee",
                "bob@contoso.example.com",
                new Me.Organization("contoso", "Contoso Ltd.", "PARTNER"),
                List.of(roles));
    }

    public static Me partnerAdmin() {
        return partner("REFERRAL_ADMIN", "MPN_ADMIN");
    }

    public static Me seller() {
        return new Me(
                "u-sam",
                "Sam Park",
                "sam@vendor.example.com",
                new Me.Organization("microsoft", "Microsoft", "VENDOR"),
                List.of("SELLER"));
    }

    /** A fixed id for a name a test gives ("r-1"): the API's ids are UUIDs. */
    public static String id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The engagement of {@link #referral}'s referral with this id. */
    public static String engagement(String referralId) {
        return id("eng-" + referralId);
    }

    public static Referral referral(
            String id, String name, String status, String substatus, String type, String direction) {
        return Referral.builder()
                .id(UUID.fromString(id))
                .engagementId(UUID.fromString(engagement(id)))
                .organizationId("contoso")
                .organizationName("Contoso Ltd.")
                .name(name)
                .externalReferenceId("CRM-1")
                .campaignId("CMP-9")
                .createdDateTime(Instant.now().minus(2, ChronoUnit.DAYS))
                .updatedDateTime(Instant.now().minus(1, ChronoUnit.HOURS))
                .expirationDateTime(Instant.now().plus(3, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS))
                .status(Status.valueOf(status))
                .substatus(Substatus.valueOf(substatus))
                .type(ReferralType.valueOf(type))
                .direction(Direction.valueOf(direction))
                .favorite(false)
                .customerProfile(new CustomerProfile(
                        "Woodgrove Bank",
                        "1000+",
                        new CustomerProfile.Address("100 Teheran-ro", null, "Seoul", null, "06142", "KR", null),
                        List.of(new CustomerProfile.CustomerId("Duns", "123456789")),
                        List.of(member("Jin", "Seo", "+82 2 555 0100", "jin.seo@woodgrove.example"))))
                .consent(new Referral.Consent(true, false, null, null))
                .details(details(
                        "Customer wants a PoC",
                        new BigDecimal("125000.50"),
                        "USD",
                        CLOSE,
                        List.of(solution(SOLUTION_1, "Contoso Analytics", "Own"))))
                .team(List.of(member("Bob", "Lee", "+82 10 1234 5678", "bob@contoso.example.com")))
                .eTag("W/\"" + id + "-1\"")
                .build();
    }

    /** {@code r} as the vendor's own copy of a referral it sent to {@code partner}, and where the parties stand. */
    public static Referral sentTo(Referral r, String partner, List<RelatedParty> parties) {
        return r.toBuilder()
                .organizationId("microsoft")
                .organizationName("Microsoft")
                .externalReferenceId(null)
                .campaignId(null)
                .expirationDateTime(null)
                .target(List.of(new Referral.Target(Referral.Target.BUSINESS_PROFILE, partner, null)))
                .relatedParties(parties)
                .build();
    }

    public static Referral.Member member(String first, String last, @Nullable String phone, String email) {
        return new Referral.Member(first, last, phone, email, null);
    }

    public static Referral.Details details(
            @Nullable String notes,
            BigDecimal value,
            String currency,
            @Nullable Instant close,
            List<Referral.SolutionRef> solutions) {
        return new Referral.Details(
                notes, value, currency, close, Referral.Requirements.ofSolutions(solutions), null, null);
    }

    public static Referral.SolutionRef solution(String id, String name, String type) {
        return new Referral.SolutionRef(UUID.fromString(id), name, type);
    }

    public static RelatedParty party(
            String organizationId, String name, String status, String substatus, @Nullable String reason) {
        return new RelatedParty(organizationId, name, Status.valueOf(status), Substatus.valueOf(substatus), reason);
    }

    public static Referral received(String id, String name) {
        return referral(id, name, "New", "Received", "Shared", "Incoming");
    }

    public static Referral accepted(String id, String name, String type) {
        return referral(id, name, "Active", "Accepted", type, "Outgoing");
    }

    public static List<Customer> woodgroveEntities() {
        return List.of(
                new Customer(
                        java.util.UUID.nameUUIDFromBytes("c-1".getBytes()),
                        "Woodgrove Bank",
                        "100 Teheran-ro",
                        null,
                        "Seoul",
                        null,
                        "06142",
                        "KR",
                        null,
                        "123456789",
                        "1000+"),
                new Customer(
                        java.util.UUID.nameUUIDFromBytes("c-2".getBytes()),
                        "Woodgrove Bank",
                        "100 Teheran-ro",
                        null,
                        "Seoul",
                        null,
                        "06142",
                        "KR",
                        null,
                        "987654321",
                        "50-99"));
    }

    public static List<Solution> solutions() {
        return List.of(
                new Solution(
                        UUID.fromString(SOLUTION_1),
                        "Contoso Analytics",
                        "contoso",
                        "Contoso Ltd.",
                        "Own",
                        true,
                        false),
                new Solution(UUID.fromString(SOLUTION_2), "Azure", "microsoft", "Microsoft", "Vendor", true, true),
                new Solution(
                        UUID.fromString(SOLUTION_3), "Fabrikam Data", "fabrikam", "Fabrikam", "Partner", true, false));
    }
}
