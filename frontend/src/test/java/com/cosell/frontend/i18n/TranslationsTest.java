package com.cosell.frontend.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void everyKeyExistsInEnglishAndKorean() throws IOException {
        Properties english = load("en");
        Properties korean = load("ko");
        assertThat(english).isNotEmpty();
        assertThat(korean.keySet()).as("keys missing in Korean").containsAll(english.keySet());
        assertThat(english.keySet()).as("keys missing in English").containsAll(korean.keySet());
        assertThat(korean.values()).allSatisfy(v -> assertThat((String) v).isNotBlank());
    }

    @Test
    void browserLanguageChoosesTheBundleAndOthersFallBackToEnglish() {
        assertThat(translations.getTranslation("action.sign-out", Locale.KOREA)).isEqualTo("로그아웃");
        assertThat(translations.getTranslation("action.sign-out", Locale.US)).isEqualTo("Sign out");
        assertThat(translations.getTranslation("action.sign-out", Locale.GERMAN)).isEqualTo("Sign out");
        assertThat(translations.getTranslation("home.welcome", Locale.ENGLISH, "Bob")).isEqualTo("Welcome, Bob");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Translations.class.getResourceAsStream(
                "/" + Translations.BUNDLE + "_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
