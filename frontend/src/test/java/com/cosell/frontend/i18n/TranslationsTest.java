package com.cosell.frontend.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.referral.Stage;
import com.cosell.frontend.ui.common.HelpRequestForm;
import com.cosell.frontend.ui.cosell.ReferralListFilter;
import com.cosell.frontend.ui.detail.ReferralAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
        assertThat(translations.getTranslation("action.sign-out", Locale.GERMAN))
                .isEqualTo("Sign out");
        assertThat(translations.getTranslation("home.welcome", Locale.ENGLISH, "Bob"))
                .isEqualTo("Welcome, Bob");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    /** Messages are parsed once per language: each later use still formats its own values. */
    @Test
    void aParsedMessageFormatsEachUseWithItsOwnValues() {
        for (int round = 0; round < 2; round++) {
            assertThat(translations.getTranslation("time-left.days", Locale.ENGLISH, 5))
                    .isEqualTo("5 days left");
            assertThat(translations.getTranslation("time-left.days", Locale.ENGLISH, 1))
                    .isEqualTo("1 day left");
            assertThat(translations.getTranslation("time-left.days", Locale.ENGLISH, 1_200))
                    .isEqualTo("1,200 days left");
            assertThat(translations.getTranslation("time-left.days", Locale.KOREAN, 5))
                    .isEqualTo("5일 남음");
            assertThat(translations.getTranslation("home.welcome", Locale.ENGLISH, "Mia"))
                    .isEqualTo("Welcome, Mia");
        }
    }

    /** Keys written in code: getTranslation("...") and step titles ("create.step...."). */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "getTranslation\\(\\s*\"([a-zA-Z0-9.-]+)\"|\"((?:create\\.step|accept|decline|lost|won|edit|employees|solutions|help|action)\\.[a-z0-9.-]+)\"");

    @Test
    void everyKeyUsedInTheCodeIsInBothLanguages() throws IOException {
        Properties english = load("en");
        Properties korean = load("ko");
        TreeSet<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!key.endsWith(".")) {
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(100);
        assertThat(english.keySet())
                .as("keys used in code but missing in English")
                .containsAll(used);
        assertThat(korean.keySet())
                .as("keys used in code but missing in Korean")
                .containsAll(used);
    }

    /** Keys built from enum names ("stage." + stage.name()) cannot be found by scanning: listed here. */
    @Test
    void everyKeyBuiltFromAValueIsInTheBundles() throws IOException {
        Properties english = load("en");
        List<String> built = new ArrayList<>();
        for (Stage s : Stage.values()) {
            built.add("stage." + s.name());
        }
        for (ReferralListFilter.Tab t : ReferralListFilter.Tab.values()) {
            built.add("cosell.tab." + t.name());
        }
        for (ReferralListFilter.StageFilter f : ReferralListFilter.StageFilter.values()) {
            built.add("cosell.filter.stage." + f.name());
        }
        for (ReferralAction a : ReferralAction.values()) {
            built.add("action." + a.name().toLowerCase().replace('_', '-'));
        }
        for (String code : HelpRequestForm.CODES) {
            built.add("help.code." + code);
        }
        for (String reason : List.of(
                "BudgetInsufficient",
                "CustomerUnresponsive",
                "CustomerChoseAnotherVendor",
                "RequirementsNotMet",
                "NotACustomer",
                "TimelineTooShort",
                "SpamOrAbuse",
                "Other")) {
            built.add("reason." + reason);
        }
        for (String type : List.of("Own", "Vendor", "Partner")) {
            built.add("solutions.group." + type);
        }
        for (String role : List.of("MPN_ADMIN", "REFERRAL_ADMIN", "SELLER", "VENDOR_ADMIN")) {
            built.add("role." + role);
        }
        built.addAll(List.of("type.Shared", "type.Independent", "org.kind.VENDOR", "org.kind.PARTNER"));
        assertThat(english.keySet()).containsAll(built);
    }

    @Test
    void numbersInMessagesFollowTheLanguage() {
        assertThat(translations.getTranslation("time-left.days", Locale.KOREAN, 3L))
                .isEqualTo("3일 남음");
        assertThat(translations.getTranslation("time-left.days", Locale.ENGLISH, 3L))
                .isEqualTo("3 days left");
    }

    @Test
    void countsAgreeWithTheirNounInEnglish() {
        assertThat(en("cosell.count", 1L, "1")).isEqualTo("1 referral");
        assertThat(en("cosell.count", 0L, "0")).isEqualTo("No referrals");
        assertThat(en("cosell.count", 1234L, "1,234")).isEqualTo("1,234 referrals");
        assertThat(en("notifications.unread", 1)).isEqualTo("1 unread notification");
        assertThat(en("notifications.unread", 0)).isEqualTo("No unread notifications");
        assertThat(en("notifications.unread", 2)).isEqualTo("2 unread notifications");
        assertThat(en("time-left.minutes", 1L)).isEqualTo("1 minute left");
        assertThat(en("time-left.hours", 1L)).isEqualTo("1 hour left");
        assertThat(en("time-left.days", 1L)).isEqualTo("1 day left");
        assertThat(en("time-left.days", 1500L)).isEqualTo("1,500 days left");
        assertThat(en("time-left.compact.days", 1L)).isEqualTo("1 day");
        assertThat(en("time-left.compact.days", 13L)).isEqualTo("13 days");
        assertThat(en("time-left.compact.hours", 23L)).isEqualTo("23 hours");
        assertThat(en("time-left.compact.minutes", 59L)).isEqualTo("59 min");
        assertThat(en("detail.presence", 1)).isEqualTo("1 other person has this referral open");
        assertThat(en("registrations.term.months", 1)).isEqualTo("1 month");
        assertThat(en("registrations.term.months", 36)).isEqualTo("36 months");
        assertThat(en("registrations.facts", "$1", "today", en("registrations.term.months", 1), "X"))
                .isEqualTo("$1 · signed today · 1 month · X");
    }

    @Test
    void koreanCountsKeepTheirCounterWordAndZeroReadsAsNone() {
        assertThat(translations.getTranslation("cosell.count", Locale.KOREAN, 1L, "1"))
                .isEqualTo("추천 1건");
        assertThat(translations.getTranslation("cosell.count", Locale.KOREAN, 0L, "0"))
                .isEqualTo("추천 없음");
        assertThat(translations.getTranslation("notifications.unread", Locale.KOREAN, 1))
                .isEqualTo("읽지 않은 알림 1개");
        assertThat(translations.getTranslation("time-left.minutes", Locale.KOREAN, 1L))
                .isEqualTo("1분 남음");
    }

    private String en(String key, Object... params) {
        return translations.getTranslation(key, Locale.ENGLISH, params);
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                Translations.class.getResourceAsStream("/" + Translations.BUNDLE + "_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
