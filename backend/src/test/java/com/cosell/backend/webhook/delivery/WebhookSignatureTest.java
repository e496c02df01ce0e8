package com.cosell.backend.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The signature a receiver recomputes (README: the same value as {@code openssl dgst -sha256 -hmac}). */
class WebhookSignatureTest {

    @Test
    void isHmacSha256OfTimestampDotBodyInHex() {
        // printf '1700000000.{"id":1}' | openssl dgst -sha256 -hmac 'whsec_test'
        assertThat(Signature.header(1700000000L, "{\"id\":1}", "whsec_test", null))
                .isEqualTo("v1=2f441ba4b3b2d50d28a9ab9d9fd8880376ecd1eb5d0435401553f5d8d0a5dcf8");
    }

    @Test
    void duringARotationCarriesTheNewSignatureFirstThenTheOld() {
        String header = Signature.header(1700000000L, "{}", "whsec_new", "whsec_old");
        assertThat(header.split(","))
                .containsExactly(
                        "v1=" + Signature.hmac("whsec_new", "1700000000.{}"),
                        "v1=" + Signature.hmac("whsec_old", "1700000000.{}"));
    }

    @Test
    void secretsAreLongAndDistinct() {
        String a = Signature.newSecret();
        assertThat(a).startsWith("whsec_").hasSizeGreaterThanOrEqualTo(48).isNotEqualTo(Signature.newSecret());
    }
}
