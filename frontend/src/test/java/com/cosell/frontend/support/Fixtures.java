package com.cosell.frontend.support;

import com.cosell.frontend.backend.Customer;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.backend.Referral;
import com.cosell.frontend.backend.Solution;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Backend answers for view tests, shaped as the backend sends them. */
public final class Fixtures {

    public static final Instant CLOSE = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);

    private Fixtures() {
    }

    public static Me partner(String... roles) {
        return new Me("u-bob", "Bob Lee", "bob@contoso.example.com",
                new Me.Organization("contoso", "Contoso Ltd.", "PARTNER"), List.of(roles));
    }

    public static Me partnerAdmin() {
        return partner("REFERRAL_ADMIN", "MPN_ADMIN");
    }

    public static Me seller() {
        return new Me("u-sam", "Sam Park", "sam@vendor.example.com",
                new Me.Organization("microsoft", "Microsoft", "VENDOR"), List.of("SELLER"));
    }

    public static Referral referral(String id, String name, String status, String substatus, String type,
                                    String direction) {
        return new Referral(id, "eng-" + id, "contoso", "Contoso Ltd.", name, "CRM-1", "CMP-9",
                Instant.now().minus(2, ChronoUnit.DAYS), Instant.now().minus(1, ChronoUnit.HOURS),
                Instant.now().plus(3, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS), null, null, status, substatus,
                null, type, null, direction, null, false,
                new Referral.CustomerProfile("Woodgrove Bank", "1000+",
                        new Referral.Address("100 Teheran-ro", null, "Seoul", null, "06142", "KR", null),
                        List.of(new Referral.CustomerId("Duns", "123456789")),
                        List.of(new Referral.Member("Jin", "Seo", "+82 2 555 0100", "jin.seo@woodgrove.example"))),
                new Referral.Consent(true, false),
                new Referral.Details("Customer wants a PoC", new BigDecimal("125000.50"), "USD", CLOSE,
                        new Referral.Requirements(List.of(new Referral.SolutionRef("s-1", "Contoso Analytics", "Own")))),
                List.of(new Referral.Member("Bob", "Lee", "+82 10 1234 5678", "bob@contoso.example.com")),
                null, null, null, "W/\"" + id + "-1\"", null, null);
    }

    public static Referral received(String id, String name) {
        return referral(id, name, "New", "Received", "Shared", "Incoming");
    }

    public static Referral accepted(String id, String name, String type) {
        return referral(id, name, "Active", "Accepted", type, "Outgoing");
    }

    public static List<Customer> woodgroveEntities() {
        return List.of(
                new Customer("c-1", "Woodgrove Bank", "100 Teheran-ro", null, "Seoul", null, "06142", "KR", null,
                        "123456789", "1000+"),
                new Customer("c-2", "Woodgrove Bank", "100 Teheran-ro", null, "Seoul", null, "06142", "KR", null,
                        "987654321", "50-99"));
    }

    public static List<Solution> solutions() {
        return List.of(new Solution("s-1", "Contoso Analytics", "contoso", "Contoso Ltd.", "Own", true, false),
                new Solution("s-2", "Azure", "microsoft", "Microsoft", "Vendor", true, true),
                new Solution("s-3", "Fabrikam Data", "fabrikam", "Fabrikam", "Partner", true, false));
    }
}
