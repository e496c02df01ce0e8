package com.cosell.backend.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of mail and of the unsubscribe page, in English or Korean ({@code mail/messages_*.properties}). */
public final class MailTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    private MailTexts(Locale locale) {
        this.locale = locale;
        // The root bundle is English, so a Korean person never gets the JVM's default language instead.
        this.bundle = ResourceBundle.getBundle(
                "mail/messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static MailTexts of(String language) {
        return new MailTexts("ko".equals(language) ? Locale.KOREAN : Locale.ROOT);
    }

    public String language() {
        return locale == Locale.KOREAN ? "ko" : "en";
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
