package com.cosell.backend.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Request bodies for the referral API, as the UI or an integration would send them. Written as JSON, not
 * built from the api module's types: the API tests (and the benches that reuse these) check the wire itself.
 */
public final class Deals {

    public static final String AZURE = "00000000-0000-4000-8000-000000000101";
    public static final String CONTOSO_ANALYTICS = "00000000-0000-4000-8000-000000000201";
    public static final String FABRIKAM_INTERNAL = "00000000-0000-4000-8000-000000000302";

    private Deals() {}

    public static String closeDate() {
        return Instant.now()
                .plus(60, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    /** A partner's private deal, valid in every respect. */
    public static String privateDeal(String name) {
        return deal(name, "Independent", true, "");
    }

    /** A partner's deal shared with the vendor. */
    public static String sharedDeal(String name, boolean consent) {
        return deal(name, "Shared", consent, """
                ,"inviteContext": {"assistanceRequestCode": "ProofOfConceptOrDemo", "notes": "Need a PoC lab"}""");
    }

    /** A partner's private deal that invites other organizations (partners, or the vendor), each asked for help. */
    public static String invitingDeal(String name, String... invited) {
        return deal(
                name,
                "Independent",
                true,
                ",\"target\": ["
                        + String.join(
                                ",",
                                java.util.Arrays.stream(invited)
                                        .map(Deals::invitation)
                                        .toList()) + "]");
    }

    /** A {@code target} entry inviting {@code organization} with its own help wanted and notes. */
    public static String invitation(String organization) {
        return """
                {"type": "BusinessProfileLocation", "id": "%s",
                 "inviteContext": {"assistanceRequestCode": "CustomerTechnicalArchitecture", "notes": "Help %s"}}""".formatted(organization, organization);
    }

    /** The JSON Patch that invites these organizations to a deal later. */
    public static String invitePatch(String... invited) {
        return "["
                + String.join(
                        ",",
                        java.util.Arrays.stream(invited)
                                .map(o ->
                                        "{\"op\": \"add\", \"path\": \"/target/-\", \"value\": " + invitation(o) + "}")
                                .toList())
                + "]";
    }

    private static String deal(String name, String type, boolean consent, String extra) {
        return """
                {"name": "%s", "type": "%s", "externalReferenceId": "CRM-%s",
                 "customerProfile": {"name": "Woodgrove Bank", "size": "1000+",
                   "address": {"addressLine1": "100 Teheran-ro", "city": "Seoul", "postalCode": "06142", "country": "KR"},
                   "ids": [{"profileType": "Duns", "id": "123456789"}],
                   "team": [{"firstName": "Jin", "lastName": "Seo", "phoneNumber": "+82 2 555 0100", "email": "jin.seo@woodgrove.example"}]},
                 "consent": {"consentToContact": %s, "consentToToShareInfoWithOthers": false},
                 "details": {"notes": "Internal: margin is thin", "dealValue": 125000.50, "currency": "USD",
                   "closingDateTime": "%s",
                   "requirements": {"solutions": [{"id": "%s"}, {"id": "%s"}]}},
                 "team": [{"firstName": "Bob", "lastName": "Lee", "phoneNumber": "+82 10 1234 5678", "email": "bob@contoso.example.com"}]
                 %s}""".formatted(name, type, UUID.randomUUID(), consent, closeDate(), CONTOSO_ANALYTICS, AZURE, extra);
    }

    /** A seller's referral to a partner organization. */
    public static String sellerReferral(String name, String partner) {
        return """
                {"name": "%s", "target": ["%s"],
                 "customerProfile": {"name": "Northwind Traders",
                   "address": {"addressLine1": "1 Market St", "city": "San Francisco", "state": "CA", "country": "US"},
                   "team": [{"firstName": "Ana", "lastName": "Ruiz", "phoneNumber": "+1 415 555 0100", "email": "ana@northwind.example"}]},
                 "consent": {"consentToContact": true},
                 "details": {"dealValue": 80000, "currency": "USD", "closingDateTime": "%s",
                   "requirements": {"solutions": [{"id": "%s"}]}},
                 "inviteContext": {"notes": "Customer wants a migration partner"}}""".formatted(name, partner, closeDate(), AZURE);
    }

    /** The JSON Patch that accepts a received referral. */
    public static String acceptPatch(String dealName) {
        return """
                [{"op": "replace", "path": "/status", "value": "Active"},
                 {"op": "replace", "path": "/substatus", "value": "Accepted"},
                 {"op": "replace", "path": "/name", "value": "%s"},
                 {"op": "replace", "path": "/details/dealValue", "value": 90000},
                 {"op": "replace", "path": "/details/currency", "value": "USD"},
                 {"op": "replace", "path": "/details/closingDateTime", "value": "%s"},
                 {"op": "add", "path": "/externalReferenceId", "value": "CRM-ACC-1"}]""".formatted(dealName, closeDate());
    }

    public static String declinePatch(String reason) {
        return """
                [{"op": "replace", "path": "/status", "value": "Closed"},
                 {"op": "replace", "path": "/substatus", "value": "Declined"},
                 {"op": "add", "path": "/statusReason", "value": "%s"}]""".formatted(reason);
    }

    public static String stagePatch(String status, String substatus, String reason) {
        return """
                [{"op": "replace", "path": "/status", "value": "%s"},
                 {"op": "replace", "path": "/substatus", "value": "%s"}%s]""".formatted(
                status,
                substatus,
                reason == null ? "" : ",{\"op\": \"add\", \"path\": \"/statusReason\", \"value\": \"" + reason + "\"}");
    }
}
