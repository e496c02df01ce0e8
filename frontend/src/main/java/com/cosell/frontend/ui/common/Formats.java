package com.cosell.frontend.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Dates, money and numbers as the user's language writes them. */
public final class Formats {

    /** Close dates are calendar days; they travel as midnight UTC so they read the same everywhere. */
    public static final ZoneId DATE_ZONE = ZoneOffset.UTC;

    private record MoneyFormat(Locale locale, @Nullable String currency) {}

    /**
     * A currency format made once per language and currency: making one per cell was a live row's
     * largest own cost, once per open tab (bench/vaadin's profile). Each use formats with a copy,
     * as one instance must not format on two threads at once.
     */
    private static final Map<MoneyFormat, NumberFormat> MONEY = new ConcurrentHashMap<>();

    private record DateFormat(
            Locale locale,
            @Nullable FormatStyle date,
            @Nullable FormatStyle time) {}

    /**
     * The language's date and time patterns, looked up once: a localized formatter looks its pattern
     * up again on every use, and a live row formats three dates, once per open tab (bench/vaadin's
     * profile). A {@link DateTimeFormatter} is immutable, so one serves every thread.
     */
    private static final Map<DateFormat, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

    private Formats() {}

    public static String money(@Nullable BigDecimal value, @Nullable String currency, Locale locale) {
        if (value == null) {
            return "—";
        }
        try {
            NumberFormat format = MONEY.computeIfAbsent(new MoneyFormat(locale, currency), Formats::currencyFormat);
            return ((NumberFormat) format.clone()).format(value);
        } catch (IllegalArgumentException unknownCurrency) {
            return NumberFormat.getNumberInstance(locale).format(value) + " " + currency;
        }
    }

    /** Throws IllegalArgumentException for a currency code the JDK does not know (and caches nothing). */
    private static NumberFormat currencyFormat(MoneyFormat key) {
        NumberFormat format = NumberFormat.getCurrencyInstance(key.locale());
        if (key.currency() != null) {
            Currency c = Currency.getInstance(key.currency());
            format.setCurrency(c);
            format.setMaximumFractionDigits(c.getDefaultFractionDigits());
            format.setMinimumFractionDigits(c.getDefaultFractionDigits());
        }
        return format;
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public static String date(@Nullable Instant at, Locale locale) {
        return at == null ? "—" : formatter(locale, FormatStyle.MEDIUM, null).format(at.atZone(DATE_ZONE));
    }

    public static String dateTime(@Nullable Instant at, Locale locale, ZoneId zone) {
        return at == null
                ? "—"
                : formatter(locale, FormatStyle.MEDIUM, FormatStyle.SHORT).format(at.atZone(zone));
    }

    /** The time alone when it is today where the reader is, else the day: what a list row has room for. */
    public static String dayOrTime(@Nullable Instant at, Locale locale, ZoneId zone, Instant now) {
        if (at == null) {
            return "—";
        }
        var local = at.atZone(zone);
        return local.toLocalDate().equals(now.atZone(zone).toLocalDate())
                ? formatter(locale, null, FormatStyle.SHORT).format(local)
                : formatter(locale, FormatStyle.MEDIUM, null).format(local);
    }

    /** What {@code DateTimeFormatter.ofLocalized…(date, time).withLocale(locale)} writes, its pattern resolved. */
    private static DateTimeFormatter formatter(Locale locale, @Nullable FormatStyle date, @Nullable FormatStyle time) {
        return DATES.computeIfAbsent(
                new DateFormat(locale, date, time),
                k -> DateTimeFormatter.ofPattern(
                        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                                date, time, IsoChronology.INSTANCE, locale),
                        locale));
    }

    public static @Nullable LocalDate toDate(@Nullable Instant at) {
        return at == null ? null : at.atZone(DATE_ZONE).toLocalDate();
    }

    public static @Nullable Instant fromDate(@Nullable LocalDate date) {
        return date == null ? null : date.atStartOfDay(DATE_ZONE).toInstant();
    }
}
