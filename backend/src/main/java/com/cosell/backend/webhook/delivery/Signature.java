package com.cosell.backend.webhook.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The signature a receiver checks: HMAC-SHA256, keyed with the secret's text, over
 * {@code timestamp + "." + body}, hex encoded. During a rotation's grace period the header carries the
 * signature with each valid secret, the new one first: {@code v1=<new>,v1=<old>}.
 */
public final class Signature {

    public static final String HEADER = "Cosell-Signature";
    public static final String TIMESTAMP = "Cosell-Timestamp";
    public static final String EVENT_ID = "Cosell-Event-Id";
    public static final String EVENT_TYPE = "Cosell-Event-Type";
    public static final String DELIVERY_ID = "Cosell-Delivery-Id";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Signature() {}

    /** A new secret: 32 random bytes, so it cannot be guessed; shown to the organization once. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String header(long timestamp, String body, String secret, @Nullable String previous) {
        String current = "v1=" + hmac(secret, timestamp + "." + body);
        return previous == null ? current : current + ",v1=" + hmac(previous, timestamp + "." + body);
    }

    static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
