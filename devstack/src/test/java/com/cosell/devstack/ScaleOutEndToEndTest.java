package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two frontends and two backends behind nginx, in Chromium: bob is pinned to one frontend and mia and
 * alice to the other, and still each sees the others' changes live and who else has the deal open
 * (colleagues by name, the other party's people with their organization); the API and its event
 * stream work through the proxy.
 */
class ScaleOutEndToEndTest {

    private static ScaleOutStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = ScaleOutStack.get();
    }

    @Test
    void peopleOnDifferentFrontendsSeeEachOthersChangesAndPresence() throws Exception {
        try (Browser bob = pinned("frontend-1", "bob");
                Browser alice = pinned("frontend-2", "alice");
                Browser miaBrowser = pinned("frontend-2", "mia")) {
            // Sent once everyone is signed in, so it is new when bob's list is open.
            String name = "Scale-out " + UUID.randomUUID().toString().substring(0, 6);
            HttpResponse<String> sent = ProxyApi.call(
                    stack, Tokens.of(stack.keycloak(), "mia"), "POST", "/v1.0/engagements/referrals", """
                    {"name": "%s", "target": ["contoso"],
                     "customerProfile": {"name": "Northwind Traders", "address": {"city": "San Francisco", "country": "US"}},
                     "details": {"dealValue": 50000, "currency": "USD", "closingDateTime": "2027-06-30T00:00:00Z"}}""".formatted(
                                    name));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            String miasCopy = (String) ProxyApi.map(sent.body()).get("id");
            String contosoCopy = ProxyApi.copyOf(stack, Tokens.of(stack.keycloak(), "bob"), (String)
                    ProxyApi.map(sent.body()).get("engagementId"));
            bob.open(stack.frontendUrl() + "/referrals/" + contosoCopy);
            bob.awaitText(By.id("referral-name"), name, Duration.ofSeconds(20));
            alice.open(stack.frontendUrl() + "/referrals/" + contosoCopy);
            alice.awaitText(By.id("referral-name"), name, Duration.ofSeconds(20));
            miaBrowser.open(stack.frontendUrl() + "/referrals/" + miasCopy);
            miaBrowser.awaitText(By.id("referral-name"), name, Duration.ofSeconds(20));

            // People on different frontends (and whichever backend each call reached) see each other:
            // colleagues, and the vendor's seller on her own organization's copy of the same engagement.
            awaitViewers(bob, List.of("Alice Kim", "Mia Choi (Microsoft)"));
            awaitViewers(alice, List.of("Bob Lee", "Mia Choi (Microsoft)"));
            awaitViewers(miaBrowser, List.of("Alice Kim (Contoso Ltd.)", "Bob Lee (Contoso Ltd.)"));

            // bob accepts on frontend-1; mia's page on frontend-2 shows the partner's answer live.
            bob.click("action-accept");
            bob.await(By.id("accept-dialog"));
            WorkspaceEndToEndTest.fillIfEmpty(bob, "employee-0-first-name", "Bob");
            WorkspaceEndToEndTest.fillIfEmpty(bob, "employee-0-last-name", "Lee");
            WorkspaceEndToEndTest.fillIfEmpty(bob, "employee-0-phone", "+82 10 1234 5678");
            WorkspaceEndToEndTest.fillIfEmpty(bob, "employee-0-email", "bob@contoso.example.com");
            bob.click("accept-dialog-save");
            bob.awaitText(By.id("actions"), "Won", Duration.ofSeconds(15));
            miaBrowser.awaitText(By.id("related-parties"), "Accepted", Duration.ofSeconds(10));
            alice.awaitText(By.id("changed-by"), "Bob Lee", Duration.ofSeconds(10));

            // alice leaves the page: bob's and mia's avatars let her go at once.
            alice.click("back-to-list");
            awaitViewers(bob, List.of("Mia Choi (Microsoft)"));
            awaitViewers(miaBrowser, List.of("Bob Lee (Contoso Ltd.)"));
            bob.screenshot("scaleout-bob");
        }
    }

    @Test
    void theApiAndItsEventStreamWorkThroughTheProxy() throws Exception {
        String bob = Tokens.of(stack.keycloak(), "bob");
        try (ProxyApi.Stream events = new ProxyApi.Stream(stack, bob, "")) {
            events.next("ready", Duration.ofSeconds(10));
            String name = "Through the proxy " + UUID.randomUUID().toString().substring(0, 6);
            HttpResponse<String> created =
                    ProxyApi.call(stack, bob, "POST", "/v1.0/engagements/referrals", ProxyApi.privateDeal(name));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            Map<String, Object> event = events.next("referral-created", Duration.ofSeconds(10));
            assertThat(event.get("referralId"))
                    .isEqualTo(ProxyApi.map(created.body()).get("id"));
        }
    }

    @Test
    void aClientsForwardedHostDoesNotMoveTheSignInRedirect() throws Exception {
        // The frontends believe the proxy (TRUSTED_PROXIES), and the proxy writes X-Forwarded-* itself:
        // what a client claims is replaced, so Keycloak is asked to send people back to the real site.
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.frontendUrl() + "/oauth2/authorization/idp"))
                                .header("X-Forwarded-Host", "evil.example")
                                .header("Forwarded", "host=evil.example")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(java.net.URLDecoder.decode(location, java.nio.charset.StandardCharsets.UTF_8))
                .contains("redirect_uri=" + stack.frontendUrl() + "/login/oauth2/code/idp")
                .doesNotContain("evil.example");
    }

    /** A new browser whose route cookie pins it to one frontend, signed in as {@code user}. */
    static Browser pinned(String frontend, String user) throws Exception {
        ScaleOutStack stack = ScaleOutStack.get();
        Browser b = new Browser("en-US");
        b.open(stack.frontendUrl() + "/robots.txt"); // a cookie can only be set on the site's own page
        b.driver.manage().addCookie(new Cookie("cosell_route", frontend.substring(frontend.length() - 1), "/"));
        b.open(stack.frontendUrl() + "/");
        b.signInAtKeycloak(user, user);
        b.await(By.id("referral-grid"));
        // The session exists on that frontend only: asked directly, it knows the browser; the other does not.
        String session = b.driver.manage().getCookieNamed("JSESSIONID").getValue();
        for (String f : ScaleOutStack.FRONTENDS) {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(stack.directUrl(f) + "/"))
                                    .header("Cookie", "JSESSIONID=" + session)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(user + "'s session on " + f).isEqualTo(f.equals(frontend) ? 200 : 302);
        }
        return b;
    }

    /** The names the presence avatars show; none when they are hidden. */
    @SuppressWarnings("unchecked")
    static List<String> viewers(Browser b) {
        return (List<String>) b.driver.executeScript("""
                const g = document.getElementById('presence');
                return !g || g.hidden || !g.items ? [] : g.items.map(i => i.name);""");
    }

    /** Waits until the avatars show these people, in any order. */
    static void awaitViewers(Browser b, List<String> names) {
        List<String> wanted = names.stream().sorted().toList();
        new WebDriverWait(b.driver, Duration.ofSeconds(20))
                .withMessage(() -> "presence showed " + viewers(b) + " instead of " + names)
                .until(d -> viewers(b).stream().sorted().toList().equals(wanted));
    }
}
