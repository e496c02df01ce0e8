package com.cosell.frontend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cosell.frontend.support.FakeIdentityProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/** Token relay: a live token is relayed as is, an expired one is refreshed at the IdP's token endpoint. */
class AccessTokensTest {

    private final FakeIdentityProvider idp = FakeIdentityProvider.get();
    private final ClientRegistration registration = ClientRegistrations.fromIssuerLocation(idp.issuer())
            .registrationId(SecurityConfig.REGISTRATION)
            .clientId("cosell-ui")
            .clientSecret("secret")
            .build();
    private final InMemoryOAuth2AuthorizedClientService clients =
            new InMemoryOAuth2AuthorizedClientService(new InMemoryClientRegistrationRepository(registration));
    private final AccessTokens tokens = new AccessTokens(
            new TokenRelayConfig()
                    .authorizedClientManager(new InMemoryClientRegistrationRepository(registration), clients),
            new SignInAvailability(
                    new IdentityProperties(idp.issuer(), null, "cosell-ui", "secret", "preferred_username"),
                    Duration.ZERO));
    private final TestingAuthenticationToken bob = new TestingAuthenticationToken("bob", null);

    @Test
    void relaysAValidTokenWithoutAskingTheIdp() {
        signIn(Instant.now().minusSeconds(10), Instant.now().plusSeconds(290), "refresh-0");
        int before = idp.refreshes();

        assertThat(tokens.of(bob)).isEqualTo("access-0");
        assertThat(idp.refreshes()).isEqualTo(before);
    }

    @Test
    void refreshesAnExpiredToken() {
        signIn(Instant.now().minusSeconds(600), Instant.now().minusSeconds(300), "refresh-0");

        String token = tokens.of(bob);

        assertThat(token).startsWith("refreshed-");
        assertThat(clients.<OAuth2AuthorizedClient>loadAuthorizedClient(SecurityConfig.REGISTRATION, "bob")
                        .getAccessToken()
                        .getTokenValue())
                .isEqualTo(token);
    }

    @Test
    void withoutAnySignInTheSessionHasExpired() {
        assertThatThrownBy(() -> tokens.of(new TestingAuthenticationToken("nobody", null)))
                .isInstanceOf(SessionExpiredException.class);
    }

    @Test
    void anExpiredTokenWhileTheProviderIsDownIsNotASignOut() throws Exception {
        String down = SignInUnavailablePageTest.nobodyListening();
        ClientRegistration unreachable = ClientRegistration.withClientRegistration(registration)
                .tokenUri(down + "/token")
                .build();
        InMemoryOAuth2AuthorizedClientService stored =
                new InMemoryOAuth2AuthorizedClientService(new InMemoryClientRegistrationRepository(unreachable));
        AccessTokens whileDown = new AccessTokens(
                new TokenRelayConfig()
                        .authorizedClientManager(new InMemoryClientRegistrationRepository(unreachable), stored),
                new SignInAvailability(
                        new IdentityProperties(down, null, "cosell-ui", "secret", "preferred_username"),
                        Duration.ZERO));
        OAuth2AccessToken expired = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                "access-0",
                Instant.now().minusSeconds(600),
                Instant.now().minusSeconds(300),
                Set.of("openid"));
        stored.saveAuthorizedClient(
                new OAuth2AuthorizedClient(
                        unreachable,
                        "bob",
                        expired,
                        new OAuth2RefreshToken("refresh-0", Instant.now().minusSeconds(600))),
                bob);

        assertThatThrownBy(() -> whileDown.of(bob))
                .isInstanceOf(SignInUnavailableException.class)
                .hasMessageContaining("still signed in");
        assertThat(stored.<OAuth2AuthorizedClient>loadAuthorizedClient(SecurityConfig.REGISTRATION, "bob"))
                .as("the sign-in is kept for when the provider is back")
                .isNotNull();
    }

    private void signIn(Instant issued, Instant expires, String refresh) {
        OAuth2AccessToken access = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER, "access-0", issued, expires, Set.of("openid"));
        clients.saveAuthorizedClient(
                new OAuth2AuthorizedClient(registration, "bob", access, new OAuth2RefreshToken(refresh, issued)), bob);
    }
}
