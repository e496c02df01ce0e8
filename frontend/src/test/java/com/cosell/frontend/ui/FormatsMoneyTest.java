package com.cosell.frontend.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.frontend.ui.common.Formats;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Deal values in the reader's language and the deal's currency, each currency with its own digits. */
class FormatsMoneyTest {

    private static final BigDecimal VALUE = new BigDecimal("1234.5");

    @Test
    void eachCurrencyKeepsItsOwnFractionDigitsWhicheverWasFormattedBefore() {
        assertThat(Formats.money(VALUE, "USD", Locale.ENGLISH)).isEqualTo("$1,234.50");
        assertThat(Formats.money(VALUE, "KRW", Locale.ENGLISH)).isEqualTo("₩1,234");
        assertThat(Formats.money(VALUE, "USD", Locale.ENGLISH)).isEqualTo("$1,234.50");
        assertThat(Formats.money(VALUE, "KRW", Locale.KOREAN)).isEqualTo("₩1,234");
        assertThat(Formats.money(VALUE, "USD", Locale.KOREAN)).isEqualTo("US$1,234.50");
    }

    @Test
    void anUnknownCurrencyIsWrittenBesideTheNumberAndNoValueIsADash() {
        assertThat(Formats.money(VALUE, "XQQ", Locale.ENGLISH)).isEqualTo("1,234.5 XQQ");
        assertThat(Formats.money(VALUE, "XQQ", Locale.ENGLISH)).isEqualTo("1,234.5 XQQ");
        assertThat(Formats.money(null, "USD", Locale.ENGLISH)).isEqualTo("—");
    }

    @Test
    void sessionsFormattingAtOnceEachGetTheirOwnValue() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = IntStream.range(0, 8)
                    .<Callable<Boolean>>mapToObj(t -> () -> IntStream.range(0, 2_000)
                            .allMatch(i -> Formats.money(BigDecimal.valueOf(t * 10_000 + i), "USD", Locale.ENGLISH)
                                    .equals(String.format(Locale.ENGLISH, "$%,d.00", t * 10_000 + i))))
                    .toList();
            for (var result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
