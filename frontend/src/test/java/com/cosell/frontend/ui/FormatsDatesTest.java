package com.cosell.frontend.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.frontend.ui.common.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates written from the resolved patterns Formats keeps read as the JDK's localized formatters write them. */
class FormatsDatesTest {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.KOREAN, Locale.US, Locale.GERMANY);
    private static final List<ZoneId> ZONES =
            List.of(ZoneId.of("UTC"), ZoneId.of("Asia/Seoul"), ZoneId.of("America/Los_Angeles"));

    @Test
    void sameAsTheLocalizedFormatters() {
        for (Locale locale : LOCALES) {
            for (ZoneId zone : ZONES) {
                for (long day = 0; day < 400; day += 37) {
                    Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(day * 86_400 + day * 3_917);
                    assertThat(Formats.date(at, locale))
                            .isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                    .withLocale(locale)
                                    .format(at.atZone(Formats.DATE_ZONE)));
                    assertThat(Formats.dateTime(at, locale, zone))
                            .isEqualTo(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                    .withLocale(locale)
                                    .format(at.atZone(zone)));
                    assertThat(Formats.dayOrTime(at, locale, zone, at))
                            .isEqualTo(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                                    .withLocale(locale)
                                    .format(at.atZone(zone)));
                }
            }
        }
        assertThat(Formats.date(Instant.parse("2026-11-26T00:00:00Z"), Locale.KOREAN))
                .contains("2026")
                .contains("11");
    }
}
