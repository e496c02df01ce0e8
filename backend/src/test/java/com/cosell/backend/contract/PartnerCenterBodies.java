package com.cosell.backend.contract;

import com.cosell.backend.support.Deals;

/** Request bodies shaped as Partner Center clients send them: every writable field of its Referral schema. */
final class PartnerCenterBodies {

    private PartnerCenterBodies() {}

    /**
     * A private deal the way Partner Center's create example writes one (New/Pending, an empty
     * target, PascalCase consent flags), with every writable field set, and read-only fields a client
     * copied from an earlier answer ({@code tags}, {@code registrationStatus}, {@code direction}, …).
     */
    static String privateDeal(String name, String crmId) {
        return """
                {"@odata.context": "https://api.partner.microsoft.com/v1.0/$metadata#Referrals/$entity",
                 "name": "%s", "externalReferenceId": "%s", "campaignId": "CMP-2026-Q4",
                 "status": "New", "substatus": "Pending", "type": "Independent", "qualification": "SalesQualified",
                 "salesStage": "Develop", "referralProgram": "CoSellPrioritized", "callToAction": "Demo",
                 "referralSource": "Web", "mpnId": "4701234", "lastModifiedVia": "PowerAutomate", "lastRunId": "run-17",
                 "trackingInfo": {"microsoftMsxId": "7-ABCDEF123"},
                 "customerProfile": {"name": "Tailspin Toys", "size": "51to250employees",
                   "address": {"addressLine1": "1 Harbour Rd", "addressLine2": "Unit 4", "city": "Busan", "state": "Busan",
                     "postalCode": "48058", "country": "KR", "region": "APAC"},
                   "ids": [{"profileType": "Duns", "id": "987654321"}],
                   "team": [{"firstName": "Hana", "lastName": "Kim", "phoneNumber": "+82 51 555 0101",
                     "email": "hana.kim@tailspin.example",
                     "contactPreference": {"locale": "ko-KR", "disableNotifications": false}}]},
                 "consent": {"ConsentToContact": true, "ConsentToToShareInfoWithOthers": true,
                   "ConsentToMicrosoftToContactSpecificPartners": false,
                   "consentToShareReferralWithMicrosoftSellers": false},
                 "details": {"notes": "Replacing an on-premises ERP", "dealValue": 42000.5, "currency": "USD",
                   "closingDateTime": "%s", "customerAction": "Requested a demo", "customerRequestedContact": true,
                   "requirements": {
                     "solutions": [{"id": "%s", "name": "ignored", "type": "Name", "publisherName": "Contoso",
                       "solutionType": "3P"}, {"id": "%s"}],
                     "industries": [{"id": "Retail"}], "products": [{"id": "Dynamics365"}],
                     "services": [{"id": "Migration"}], "offers": [{"id": "offer-1", "name": "Starter"}],
                     "additionalRequirements": {"attributes": [{"id": "HaveNotDecided", "type": "CustomerMarketplaceIntent"}]}}},
                 "team": [{"firstName": "Bob", "lastName": "Lee", "phoneNumber": "+82 10 1234 5678",
                   "email": "bob@contoso.example.com", "contactPreference": {"locale": "en-US", "disableNotifications": true}}],
                 "target": [],
                 "tags": ["imported"], "registrationStatus": "None", "direction": "Incoming", "quality": "High",
                 "isSpam": false, "acceptedDateTime": "2020-01-01T00:00:00Z", "registrations": []}""".formatted(name, crmId, Deals.closeDate(), Deals.CONTOSO_ANALYTICS, Deals.AZURE);
    }

    /** A seller's referral to a partner with Partner Center's target objects. */
    static String sellerReferral(String name, String partner) {
        return Deals.sellerReferral(name, partner)
                .replace(
                        "\"target\": [\"" + partner + "\"]",
                        "\"target\": [{\"type\": \"BusinessProfileLocation\", \"id\": \"" + partner + "\"}]");
    }

    /** CreateDealRegistrationByReferralId's body. */
    static String registration(String signed, String start, String end) {
        return """
                [{"op": "add", "path": "/registrations/-", "value": {"type": "AzureIPCoSell",
                  "solutionDetails": [{"id": "SOL-1", "currency": "USD", "value": 12000, "isDeployedOnAzure": true,
                    "primaryDeploymentOn": "Customer", "pricingModel": "PayAsYouGo",
                    "marketplaceTransactionDetails": {"isMarketplaceTransacted": false}}],
                  "contract": {"currency": "USD", "value": 36000, "term": "Finite",
                    "signDateTime": "%s", "startDateTime": "%s", "endDateTime": "%s"}}}]""".formatted(signed, start, end);
    }
}
