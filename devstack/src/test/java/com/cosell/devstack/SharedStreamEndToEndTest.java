package com.cosell.devstack;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The frontend hears the backend's events once per organization and hands them to every session of
 * it: two people of contoso both see a referral arrive, and the one still signed in goes on hearing
 * after the other signs out.
 */
class SharedStreamEndToEndTest extends StackTest {

    @Test
    void twoPeopleOfOneOrganizationSeeReferralsArriveLiveAndOneSigningOutStopsNothingForTheOther() throws Exception {
        String first = "Northwind shared " + UUID.randomUUID().toString().substring(0, 6);
        String second = "Northwind after " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser bob = new Browser("en-US");
                Browser alice = new Browser("en-US")) {
            bob.signInAt(url("/"), "bob");
            bob.await(By.id("referral-grid"));
            alice.signInAt(url("/"), "alice");
            alice.await(By.id("referral-grid"));

            miaSends(first);
            bob.awaitText(By.id("referral-grid"), first, Duration.ofSeconds(10));
            alice.awaitText(By.id("referral-grid"), first, Duration.ofSeconds(10));

            bob.await(By.id("user-menu")).click();
            bob.await(By.id("sign-out")).click();
            bob.await(By.id("username")); // at Keycloak's sign-in form: bob's session has ended

            miaSends(second);
            alice.awaitText(By.id("referral-grid"), second, Duration.ofSeconds(10));
        }
    }
}
