package com.cosell.frontend.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.frontend.ui.common.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A list row's "last update": today's by the time, older ones by the day, where the reader is. */
class FormatsDayOrTimeTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z"); // 10:00 in Seoul

    @Test
    void todayIsATimeEarlierDaysADate() {
        assertThat(Formats.dayOrTime(Instant.parse("2026-11-25T23:30:00Z"), Locale.ENGLISH, SEOUL, NOW))
                .startsWith("8:30")
                .endsWith("AM")
                .doesNotContain("2026");
        assertThat(Formats.dayOrTime(Instant.parse("2026-11-25T14:00:00Z"), Locale.ENGLISH, SEOUL, NOW))
                .isEqualTo("Nov 25, 2026");
        assertThat(Formats.dayOrTime(null, Locale.ENGLISH, SEOUL, NOW)).isEqualTo("—");
    }
}
