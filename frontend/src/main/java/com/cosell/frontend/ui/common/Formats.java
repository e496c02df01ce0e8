package com.cosell.frontend.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates, money and numbers as the user's language writes them. */
public final class Formats {

    /** Close dates are calendar days; they travel as midnight UTC so they read the same everywhere. */
    public static final ZoneId DATE_ZONE = ZoneOffset.UTC;

    private Formats() {}

    public static String money(@Nullable BigDecimal value, @Nullable String currency, Locale locale) {
        if (value == null) {
            return "—";
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            if (currency != null) {
                Currency c = Currency.getInstance(currency);
                format.setCurrency(c);
                format.setMaximumFractionDigits(c.getDefaultFractionDigits());
                format.setMinimumFractionDigits(c.getDefaultFractionDigits());
            }
            return format.format(value);
        } catch (IllegalArgumentException unknownCurrency) {
            return NumberFormat.getNumberInstance(locale).format(value) + " " + currency;
        }
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public static String date(@Nullable Instant at, Locale locale) {
        return at == null
                ? "—"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(at.atZone(DATE_ZONE));
    }

    public static String dateTime(@Nullable Instant at, Locale locale, ZoneId zone) {
        return at == null
                ? "—"
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(at.atZone(zone));
    }

    /** The time alone when it is today where the reader is, else the day: what a list row has room for. */
    public static String dayOrTime(@Nullable Instant at, Locale locale, ZoneId zone, Instant now) {
        if (at == null) {
            return "—";
        }
        var local = at.atZone(zone);
        return local.toLocalDate().equals(now.atZone(zone).toLocalDate())
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(local)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(local);
    }

    public static @Nullable LocalDate toDate(@Nullable Instant at) {
        return at == null ? null : at.atZone(DATE_ZONE).toLocalDate();
    }

    public static @Nullable Instant fromDate(@Nullable LocalDate date) {
        return date == null ? null : date.atStartOfDay(DATE_ZONE).toInstant();
    }
}
