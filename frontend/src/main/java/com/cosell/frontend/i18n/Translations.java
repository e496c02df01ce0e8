package com.cosell.frontend.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * English and Korean, from {@code vaadin-i18n/translations_*.properties}. English comes first, so a
 * browser asking for any other language gets English; a key missing shows as {@code !key!}.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale KOREAN = Locale.KOREAN;
    static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * Each message with parameters parsed once per language. Parsing was the cost of a live row's
     * redraw, once per open tab (bench/vaadin's profile): a choice pattern ("{0,choice,…}") made
     * the JDK's parser throw and catch an exception each time. A copy formats, as one instance
     * must not format on two threads at once.
     */
    private final Map<Locale, Map<String, MessageFormat>> parsed =
            Map.of(ENGLISH, new ConcurrentHashMap<>(), KOREAN, new ConcurrentHashMap<>());

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, KOREAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = KOREAN.getLanguage().equals(locale.getLanguage()) ? KOREAN : ENGLISH;
        try {
            String pattern =
                    ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK).getString(key);
            if (params.length == 0) {
                return pattern;
            }
            MessageFormat format =
                    parsed.get(supported).computeIfAbsent(key, k -> new MessageFormat(pattern, supported));
            return ((MessageFormat) format.clone()).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
