package com.cosell.frontend.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.frontend.i18n.Translations;
import com.cosell.frontend.support.FakeIdentityProvider;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Sign-in with the identity provider down: our own page, in the browser's language, that tries again. */
class SignInUnavailablePageTest {

    private static IdentityProperties at(String issuer) {
        return new IdentityProperties(issuer, null, "cosell-ui", "secret", "preferred_username");
    }

    /** An address where nothing listens: the identity provider is down. */
    static String nobodyListening() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/realms/cosell";
        }
    }

    private static MockHttpServletResponse signIn(SignInAvailability availability, Locale locale, MockFilterChain chain)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/oauth2/authorization/idp");
        request.addPreferredLocale(locale);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SignInUnavailablePage(availability, new Translations()).doFilter(request, response, chain);
        return response;
    }

    @Test
    void aProviderThatDoesNotAnswerGetsAPageThatSaysSoAndTriesAgain() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse page =
                signIn(new SignInAvailability(at(nobodyListening()), Duration.ZERO), Locale.KOREAN, chain);

        assertThat(chain.getRequest()).as("not sent on to the provider").isNull();
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("10");
        assertThat(page.getContentAsString())
                .contains(
                        "<html lang=\"ko\">",
                        "지금은 로그인할 수 없습니다",
                        "10초마다",
                        "http-equiv=\"refresh\" content=\"10\"",
                        "href=\"/oauth2/authorization/idp\"");
    }

    @Test
    void aProviderThatAnswersIsWhereSignInGoesAsBefore() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = signIn(
                new SignInAvailability(at(FakeIdentityProvider.get().issuer()), Duration.ZERO), Locale.ENGLISH, chain);

        assertThat(chain.getRequest()).as("on to Spring's redirect").isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEmpty();
    }

    @Test
    void otherPagesAreNotConcerned() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/referrals");
        MockFilterChain chain = new MockFilterChain();
        new SignInUnavailablePage(new SignInAvailability(at(nobodyListening()), Duration.ZERO), new Translations())
                .doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }
}
