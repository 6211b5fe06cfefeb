package io.github.policyreport.internal.time;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.github.policyreport.model.PartialDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Lunar dates, festivals and solar terms to Gregorian days with ICU4J's {@link ChineseCalendar}
 * and its astronomer. A lunar date belongs to the Chinese year that begins in the given
 * Gregorian year (2024年腊月 is January 2025); 除夕 is the day before that year's 春节; a solar term
 * is the China-time day (UTC+8) the sun reaches its longitude. This class is only loaded when a
 * page has such a date, so other pages never pay for ICU's start-up. Stateless.
 */
final class Lunar {

    /** ICU's extended Chinese year of Gregorian year 0. */
    private static final int EXTENDED_YEAR_OFFSET = 2637;
    private static final long EPOCH_JULIAN_DAY = 2_440_588L;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** ICU's Chinese calendar is reliable in this span of Gregorian years. */
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 2999;

    private Lunar() {
    }

    /** The Gregorian day of a {@link Expr.LunarDay} in {@code year}; null if unknown or impossible. */
    static PartialDate resolve(Expr.LunarDay e, Integer year) {
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            return null;
        }
        LocalDate d = switch (e.kind()) {
            case 'L' -> lunar(year, e.month(), e.day());
            case 'E' -> {
                LocalDate newYear = lunar(year, 1, 1);
                yield newYear == null ? null : newYear.minusDays(1);
            }
            case 'G' -> LocalDate.of(year, e.month(), e.day());
            case 'T' -> solarTerm(year, e.month());
            default -> null;
        };
        return d == null ? null : PartialDate.of(d);
    }

    /** Lunar {@code month}/{@code day} (not a leap month) of the Chinese year beginning in {@code year}. */
    static LocalDate lunar(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            return null;
        }
        ChineseCalendar c = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        c.clear();
        c.set(Calendar.EXTENDED_YEAR, year + EXTENDED_YEAR_OFFSET);
        c.set(Calendar.MONTH, month - 1);
        c.set(Calendar.IS_LEAP_MONTH, 0);
        c.set(Calendar.DAY_OF_MONTH, day);
        long julian = c.get(Calendar.JULIAN_DAY);
        if (c.get(Calendar.DAY_OF_MONTH) != day) {
            return null; // 三十 of a 29-day month
        }
        return LocalDate.ofEpochDay(julian - EPOCH_JULIAN_DAY);
    }

    /**
     * A lunar day without its month (农历三十): in the lunar month of {@code reference}, the nearest
     * such day not after it (on or after it when {@code forward}); a month too short for the day is
     * skipped. Null without a reference date or outside the calendar's span.
     */
    static PartialDate dayNear(LocalDate reference, int day, boolean forward) {
        if (reference == null || day < 1 || day > 30 || reference.getYear() < MIN_YEAR || reference.getYear() > MAX_YEAR) {
            return null;
        }
        ChineseCalendar c = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        long epochDay = reference.toEpochDay();
        int today = dayOfMonth(c, epochDay);
        long first = epochDay - (today - 1);
        if (forward ? day < today : day > today) {
            first = nextMonth(c, first, forward);
        }
        for (int n = 0; n < 2; n++) {
            long candidate = first + day - 1;
            if (dayOfMonth(c, candidate) == day) {
                return PartialDate.of(LocalDate.ofEpochDay(candidate));
            }
            first = nextMonth(c, first, forward);
        }
        return null;
    }

    /** The lunar day of the month of an epoch day. */
    private static int dayOfMonth(ChineseCalendar c, long epochDay) {
        c.setTimeInMillis(epochDay * 86_400_000L);
        return c.get(Calendar.DAY_OF_MONTH);
    }

    /** The first day of the lunar month after (or, backwards, before) the one starting on {@code first}. */
    private static long nextMonth(ChineseCalendar c, long first, boolean forward) {
        long inside = forward ? first + 30 : first - 1;
        return inside - (dayOfMonth(c, inside) - 1);
    }

    /** The China-time day in {@code year} when the sun's apparent longitude reaches {@code degrees}. */
    static LocalDate solarTerm(int year, int degrees) {
        long start = LocalDate.of(year, 1, 1).atStartOfDay(CHINA).toInstant().toEpochMilli();
        CalendarAstronomer a = new CalendarAstronomer(start);
        long t = a.getSunTime(Math.toRadians(degrees), true);
        return Instant.ofEpochMilli(t).atOffset(CHINA).toLocalDate();
    }
}
