package io.github.policyreport.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known only to the precision a text gives: a year, a month, a day, or a day and a time.
 * It never invents the parts the text leaves out.
 *
 * <p>It prints as an ISO-8601 prefix: {@code 2015}, {@code 2015-04}, {@code 2021-12-31},
 * {@code 2022-01-14T17:50}; {@link #parse(String)} reads the same forms back.
 *
 * @param year  the year (1..9999)
 * @param month the month 1..12, or {@code null} when only the year is known
 * @param day   the day of month, or {@code null}; needs a month
 * @param time  the time of day (minute precision), or {@code null}; needs a day
 */
public record PartialDate(int year, Integer month, Integer day, LocalTime time) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2}))?)?)?");
    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparing(PartialDate::month, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PartialDate::day, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PartialDate::time, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Validates each part and that a finer part never appears without the coarser ones. */
    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            if (month == null) {
                throw new IllegalArgumentException("a day needs a month");
            }
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                throw new IllegalArgumentException("no day " + day + " in " + year + "-" + month);
            }
        }
        if (time != null) {
            if (day == null) {
                throw new IllegalArgumentException("a time needs a day");
            }
            time = time.withSecond(0).withNano(0);
        }
    }

    /** A year. */
    public static PartialDate of(int year) {
        return new PartialDate(year, null, null, null);
    }

    /** A month of a year. */
    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month, null, null);
    }

    /** A day. */
    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day, null);
    }

    /** A day and a time of day. */
    public static PartialDate of(int year, int month, int day, int hour, int minute) {
        try {
            return new PartialDate(year, month, day, LocalTime.of(hour, minute));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A full date. */
    public static PartialDate of(LocalDate date) {
        return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads an ISO prefix as printed by {@link #toString()}.
     *
     * @throws IllegalArgumentException if {@code iso} is not such a prefix or names no real date
     */
    public static PartialDate parse(String iso) {
        Matcher m = ISO.matcher(iso);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO date prefix: " + iso);
        }
        int y = Integer.parseInt(m.group(1));
        Integer mo = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer d = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (m.group(4) != null) {
            return of(y, mo, d, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        }
        return new PartialDate(y, mo, d, null);
    }

    /** The precision this date is known to. */
    public Precision precision() {
        if (time != null) {
            return Precision.MINUTE;
        }
        if (day != null) {
            return Precision.DAY;
        }
        return month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The full date, when the day is known. */
    public Optional<LocalDate> toLocalDate() {
        return day == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** Chronological order; a coarser date sorts before the finer dates it contains. */
    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    /** The ISO-8601 prefix at this date's precision. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(16).append(String.format(Locale.ROOT, "%04d", year));
        if (month != null) {
            sb.append(String.format(Locale.ROOT, "-%02d", month));
        }
        if (day != null) {
            sb.append(String.format(Locale.ROOT, "-%02d", day));
        }
        if (time != null) {
            sb.append(String.format(Locale.ROOT, "T%02d:%02d", time.getHour(), time.getMinute()));
        }
        return sb.toString();
    }

    /** How much of a {@link PartialDate} is known. */
    public enum Precision { YEAR, MONTH, DAY, MINUTE }
}
