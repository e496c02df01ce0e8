package com.cosell.bench.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Request bodies the API accepts. */
public final class Bodies {

    private Bodies() {
    }

    public static String closeDate() {
        return Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A partner's own (Independent) deal: its changes are events to that organisation only. */
    public static String privateDeal(String name) {
        return """
                {"name": "%s", "type": "Independent", "externalReferenceId": "CRM-%s",
                 "customerProfile": {"name": "Woodgrove Bank", "size": "1000+",
                   "address": {"addressLine1": "100 Teheran-ro", "city": "Seoul", "postalCode": "06142", "country": "KR"},
                   "team": [{"firstName": "Jin", "lastName": "Seo", "phoneNumber": "+82 2 555 0100", "email": "jin.seo@woodgrove.example"}]},
                 "consent": {"consentToContact": true, "consentToToShareInfoWithOthers": false},
                 "details": {"notes": "bench", "dealValue": 125000.50, "currency": "USD", "closingDateTime": "%s",
                   "requirements": {"solutions": [{"id": "00000000-0000-4000-8000-000000000101"}]}},
                 "team": [{"firstName": "Bob", "lastName": "Lee", "phoneNumber": "+82 10 1234 5678", "email": "bob@contoso.example.com"}]}"""
                .formatted(name, UUID.randomUUID(), closeDate());
    }

    /** A seller's referral to contoso. */
    public static String sellerReferral(String name) {
        return """
                {"name": "%s", "target": ["contoso"],
                 "customerProfile": {"name": "Northwind Traders",
                   "address": {"addressLine1": "1 Market St", "city": "San Francisco", "state": "CA", "country": "US"},
                   "team": [{"firstName": "Ana", "lastName": "Ruiz", "phoneNumber": "+1 415 555 0100", "email": "ana@northwind.example"}]},
                 "consent": {"consentToContact": true},
                 "details": {"dealValue": 80000, "currency": "USD", "closingDateTime": "%s",
                   "requirements": {"solutions": [{"id": "00000000-0000-4000-8000-000000000101"}]}},
                 "inviteContext": {"notes": "Customer wants a migration partner"}}""".formatted(name, closeDate());
    }
}
