package com.cosell.backend.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The authorisation matrix: what each demo user gets from every endpoint the application maps.
 * {@link AuthorisationMatrixTest} checks it against the running backend and fails when an endpoint
 * has no rule here.
 */
final class AuthorisationMatrix {

    /** What each demo user gets. 2xx written as 200; {@code id} is replaced by a contoso referral's id. */
    record Rule(String method, String path, String body, int alice, int bob, int carol, int mia, int dave) {}

    static final String R = "/v1.0/engagements/referrals";
    private static final String NAME_PATCH =
            "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"Renamed by matrix\"}]";

    private static final String REGISTRATION = "{\"contractValue\":1000,\"currency\":\"USD\","
            + "\"signedDateTime\":\"2026-01-01T00:00:00Z\",\"termMonths\":12}";

    private static final String W = "/v1.0/webhooks";
    private static final String WEBHOOK =
            "{\"url\":\"https://203.0.113.10/matrix\",\"eventTypes\":" + "[\"referral-created\"],\"enabled\":false}";

    private static final String RR = "/v1.0/routing-rules";
    private static final String ROUTING = "{\"precedence\":1,\"owners\":[]}";

    static final Map<String, Rule> RULES = new LinkedHashMap<>();
    /** Open without a token: a mail's unsubscribe link, whose token names the person (MailNotificationTest). */
    static final Set<String> PUBLIC = Set.of("GET /v1.0/email/unsubscribe", "POST /v1.0/email/unsubscribe");

    static {
        // contoso users own the referral; carol (fabrikam) and mia (vendor) must not even see it: 404.
        rule("GET", "/v1.0/me", null, 200, 200, 200, 200, 200);
        // Everyone's own mail preferences, as /v1.0/me: also those without a role.
        rule("GET", "/v1.0/me/email-preferences", null, 200, 200, 200, 200, 200);
        rule("PUT", "/v1.0/me/email-preferences", "{\"delivery\":\"INSTANT\"}", 200, 200, 200, 200, 200);
        rule("GET", R, null, 200, 200, 200, 200, 403);
        rule("POST", R, "PRIVATE_DEAL", 201, 201, 201, 403, 403);
        rule("GET", R + "/{id}", null, 200, 200, 404, 404, 403);
        rule("PUT", R + "/{id}", "SELF", 200, 200, 404, 404, 403);
        rule("PATCH", R + "/{id}", NAME_PATCH, 204, 204, 404, 404, 403);
        rule("GET", R + "/{id}/history", null, 200, 200, 404, 404, 403);
        // Presence: only those who may read the referral say they have it open ({viewId} is a page's own).
        rule("PUT", R + "/{id}/viewers/{viewId}", null, 200, 200, 404, 404, 403);
        rule("DELETE", R + "/{id}/viewers/{viewId}", null, 204, 204, 404, 404, 403);
        rule("GET", "/v1.0/customers?name=wood", null, 200, 200, 200, 200, 403);
        rule("GET", "/v1.0/solutions", null, 200, 200, 200, 200, 403);
        rule("GET", "/v1.0/reasons", null, 200, 200, 200, 200, 403);
        rule("GET", "/v1.0/contacts/recent", null, 200, 200, 200, 200, 403);
        // The co-sell directory: whoever may send a referral (partners' admins, sellers).
        rule("GET", "/v1.0/organizations", null, 200, 200, 200, 200, 403);
        // Withdrawing an invitation: the deal's owners only; this one invited nobody (404), others cannot see it.
        rule("DELETE", R + "/{id}/target/{organizationId}", null, 404, 404, 404, 404, 403);
        rule("GET", "/v1.0/notifications", null, 200, 200, 200, 200, 403);
        // Insights: whoever reads the organization's referrals, each its own organization's figures.
        rule("GET", "/v1.0/insights", null, 200, 200, 200, 200, 403);
        // {id} is a referral's id here, never a notification's: 404 for everyone who may read.
        rule("POST", "/v1.0/notifications/{id}/read", "", 404, 404, 404, 404, 403);
        rule("POST", "/v1.0/notifications/read-all", "", 204, 204, 204, 204, 403);
        // Registering needs a won deal (this one is open: 409 for its owners); reviewing is the vendor's.
        rule("POST", R + "/{id}/registrations", REGISTRATION, 409, 409, 404, 403, 403);
        rule("GET", "/v1.0/registrations", null, 403, 403, 403, 200, 403);
        rule("PATCH", "/v1.0/registrations/{id}", "{\"status\":\"Approved\"}", 403, 403, 403, 404, 403);
        // Members are the organization admin's; the tests' server has no directory, so no role changes.
        rule("GET", "/v1.0/organization/members", null, 200, 403, 403, 403, 403);
        rule("PUT", "/v1.0/organization/members/{id}/roles", "{\"roles\":[]}", 403, 403, 403, 403, 403);
        // Webhooks are the organization admin's (MPN admin; vendor admin, whom no demo user is); {id} is
        // a referral's id, never a subscription's: 404 for the admin. Created disabled: nothing is sent.
        rule("GET", W, null, 200, 403, 403, 403, 403);
        rule("POST", W, WEBHOOK, 201, 403, 403, 403, 403);
        rule("GET", W + "/{id}", null, 404, 403, 403, 403, 403);
        rule("PATCH", W + "/{id}", "{\"enabled\":false}", 404, 403, 403, 403, 403);
        rule("DELETE", W + "/{id}", null, 404, 403, 403, 403, 403);
        rule("POST", W + "/{id}/rotate-secret", "", 404, 403, 403, 403, 403);
        rule("GET", W + "/{id}/deliveries", null, 404, 403, 403, 403, 403);
        rule("POST", W + "/{id}/test", "", 404, 403, 403, 403, 403);
        rule("POST", W + "/{id}/redeliver", "{\"seq\":1}", 404, 403, 403, 403, 403);
        rule("POST", W + "/{id}/replay", "{\"fromSeq\":1}", 404, 403, 403, 403, 403);
        // CSV: the export reads as the list does; the import (a dry run here: nothing changes) is partners' work.
        rule("GET", R + "/export", null, 200, 200, 200, 200, 403);
        rule("GET", "/v1.0/registrations/export", null, 403, 403, 403, 200, 403);
        rule("POST", R + "/import?mode=dryRun", "CRM ID,Deal name\nMATRIX-1,Matrix\n", 200, 200, 200, 403, 403);
        // Comments: whoever reads the referral; {commentId} names no comment (404); only its author changes one.
        rule("GET", R + "/{id}/comments", null, 200, 200, 404, 404, 403);
        rule("POST", R + "/{id}/comments", "{\"channel\":\"internal\",\"body\":\"Matrix\"}", 201, 201, 404, 404, 403);
        rule("GET", R + "/{id}/comments/mentionable?channel=internal", null, 200, 200, 404, 404, 403);
        rule("PATCH", R + "/{id}/comments/{commentId}", "{\"body\":\"Matrix\"}", 404, 404, 404, 404, 403);
        rule("DELETE", R + "/{id}/comments/{commentId}", null, 404, 404, 404, 404, 403);
        // Owners: whoever reads the referral; "nobody" is no person of contoso (400, after the access checks);
        // bob owns the deal he created and may leave it unassigned. People: whoever reads referrals.
        rule("PUT", R + "/{id}/owner", "{\"id\":\"nobody\"}", 400, 400, 404, 404, 403);
        rule("DELETE", R + "/{id}/owner", null, 200, 200, 404, 404, 403);
        rule("GET", "/v1.0/people", null, 200, 200, 200, 200, 403);
        // Routing rules are the organization admin's; an invalid rule (no owners) is 400, {id} names no rule.
        rule("GET", RR, null, 200, 403, 403, 403, 403);
        rule("POST", RR, ROUTING, 400, 403, 403, 403, 403);
        rule("PUT", RR + "/{id}", ROUTING, 400, 403, 403, 403, 403);
        rule("DELETE", RR + "/{id}", null, 404, 403, 403, 403, 403);
        // Duplicates: the organization's own deals only; conflicts are the vendor's (mia: none of hers here).
        rule("GET", R + "/{id}/duplicates", null, 200, 200, 404, 404, 403);
        rule("GET", R + "/duplicate-candidates?customerName=Wood&country=KR", null, 200, 200, 200, 200, 403);
        rule("GET", R + "/conflicts?ids={id}", null, 403, 403, 403, 200, 403);
        // duplicateOf names no deal of the organization: 400 for the owners, and nothing closes.
        rule(
                "POST",
                R + "/{id}/close-as-duplicate",
                "{\"duplicateOf\":\"" + java.util.UUID.randomUUID() + "\"}",
                400,
                400,
                404,
                404,
                403);
        // Links: linkedTo names no deal of the organization (400 for the owners); unlinking what is not
        // linked is no error (204); others cannot see the referral.
        rule(
                "POST",
                R + "/{id}/links",
                "{\"linkedTo\":\"" + java.util.UUID.randomUUID() + "\"}",
                400,
                400,
                404,
                404,
                403);
        rule("DELETE", R + "/{id}/links/{linkedId}", null, 204, 204, 404, 404, 403);
    }

    private static void rule(String method, String path, String body, int... statuses) {
        RULES.put(
                method + " " + path.replaceAll("\\?.*", ""),
                new Rule(method, path, body, statuses[0], statuses[1], statuses[2], statuses[3], statuses[4]));
    }

    private AuthorisationMatrix() {}
}
