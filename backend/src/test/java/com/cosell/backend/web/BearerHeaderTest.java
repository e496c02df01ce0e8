package com.cosell.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

/** The quick reading of a bearer header answers exactly as Spring's converter does, whatever the header. */
class BearerHeaderTest {

    private static final ServerAuthenticationConverter SPRING = new ServerBearerTokenAuthenticationConverter();
    private static final ServerAuthenticationConverter QUICK = new BearerHeader(SPRING);

    @Property(tries = 3000)
    void answersAsSpringDoes(@ForAll("headers") String header) {
        assertThat(outcome(QUICK, header)).isEqualTo(outcome(SPRING, header));
    }

    @Test
    void takesTheTokenOfAWellFormedHeaderInAnyCase() {
        assertThat(outcome(QUICK, "Bearer eyJ.a-b_c~d+e/f==")).isEqualTo("token eyJ.a-b_c~d+e/f==");
        assertThat(outcome(QUICK, "bEARER abc")).isEqualTo("token abc");
        assertThat(BearerHeader.wellFormed("Bearer abc")).isEqualTo("abc");
    }

    @Test
    void leavesEverythingElseToSpring() {
        assertThat(BearerHeader.wellFormed("Bearer a=b")).isNull();
        assertThat(BearerHeader.wellFormed("Bearer  abc")).isNull();
        assertThat(BearerHeader.wellFormed("Bearer abc\n")).isNull();
        assertThat(BearerHeader.wellFormed("Bearer =")).isNull();
        assertThat(BearerHeader.wellFormed("Basic abc")).isNull();
        assertThat(BearerHeader.wellFormed(null)).isNull();
        assertThat(outcome(QUICK, "Bearer a b")).isEqualTo("error invalid_token");
        assertThat(outcome(QUICK, "Basic abc")).isEqualTo("none");
    }

    @Provide
    Arbitrary<String> headers() {
        Arbitrary<String> scheme = Arbitraries.of("Bearer ", "bearer ", "BEARER ", "Bearer", "Bearer  ", "Basic ", "");
        Arbitrary<String> body = Arbitraries.strings()
                .withChars("aZ09-._~+/=")
                .withChars(" \t\n:é한\u0000")
                .ofMaxLength(12);
        return scheme.flatMap(s -> body.map(b -> s + b));
    }

    /** "token …", "none" or "error <code>": what a converter made of the header. */
    private static String outcome(ServerAuthenticationConverter converter, String header) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/v1.0/me").header(HttpHeaders.AUTHORIZATION, header));
        try {
            Authentication a = converter.convert(exchange).block();
            return a == null ? "none" : "token " + ((BearerTokenAuthenticationToken) a).getToken();
        } catch (org.springframework.security.oauth2.core.OAuth2AuthenticationException e) {
            return "error " + e.getError().getErrorCode();
        }
    }
}
