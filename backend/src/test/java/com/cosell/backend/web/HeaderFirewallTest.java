package com.cosell.backend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.server.ServerWebExchange;

/** The firewall's loops accept exactly what Spring Security's expressions accept. */
class HeaderFirewallTest {

    /** Spring Security 7's own, from {@code StrictServerWebExchangeFirewall}. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Property(tries = 5000)
    void namesAndValuesAsSpringsExpressions(@ForAll("texts") String s) {
        assertThat(HeaderFirewall.name(s))
                .as("name %s", s.codePoints().boxed().toList())
                .isEqualTo(NAME.matcher(s).matches());
        assertThat(HeaderFirewall.value(s))
                .as("value %s", s.codePoints().boxed().toList())
                .isEqualTo(VALUE.matcher(s).matches());
    }

    @Test
    void aTabIsAllowedInAValueOnly() {
        assertThat(HeaderFirewall.value("a\tb")).isTrue();
        assertThat(HeaderFirewall.name("a\tb")).isFalse();
        assertThat(HeaderFirewall.value("서울 \uD83D\uDE00")).isTrue();
        assertThat(HeaderFirewall.value("a\u0000b")).isFalse();
        assertThat(HeaderFirewall.value("\u0378")).isFalse(); // unassigned
        assertThat(HeaderFirewall.value(null)).isTrue(); // an absent header, asked for
        assertThat(HeaderFirewall.name(null)).isTrue();
    }

    @Test
    void theFirewallRejectsAControlCharacterInAHeaderItReads() {
        ServerWebExchange exchange = new HeaderFirewall()
                .firewall()
                .getFirewalledExchange(MockServerWebExchange.from(
                        MockServerHttpRequest.get("/v1.0/me").header("X-Note", "a\u0007b")))
                .block();
        assertThatThrownBy(() -> exchange.getRequest().getHeaders().getFirst("X-Note"))
                .isInstanceOf(ServerExchangeRejectedException.class);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.chars().range(' ', '~'),
                Arbitraries.chars().range('\u0000', '\u001f'),
                Arbitraries.of('\t', '\u007f', '\u0085', '\u00a0', '\u0378', '\u2028', '\uffff', '\ufffe'),
                Arbitraries.chars().range('\uac00', '\uac10'),
                Arbitraries.chars().range('\ud800', '\udfff'), // surrogates, paired by chance or not
                Arbitraries.chars().all());
        return chars.list().ofMaxSize(10).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
    }
}
