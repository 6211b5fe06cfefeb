package io.github.policyreport.internal.time;

import io.github.policyreport.mention.DateMention;
import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.Span;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

/**
 * Decides what an {@link Expr} means: absolute years as written; 今年, 去年 … against the reference
 * year; a month or day without a year against the paragraph's year, else the reference year;
 * 同日, 8天后 … against the previous date. Never invents a month or a day; an impossible date
 * (2月30日, 13月) yields null. Stateless; the state of a scan lives in {@link Context}.
 */
final class DateResolver {

    private DateResolver() {
    }

    /** What a scan knows while it reads a text in order. Not thread-safe; one per scan. */
    static final class Context {
        final Integer referenceYear;
        final LocalDate referenceDate;
        /** The last resolved point, for 同日, 次年, 8天后. */
        PartialDate previous;
        /** The year of the paragraph being read (from 2021年5月13日 earlier in it), or null. */
        Integer paragraphYear;

        Context(Integer referenceYear, LocalDate referenceDate) {
            this.referenceYear = referenceYear;
            this.referenceDate = referenceDate;
        }
    }

    /**
     * The mention of {@code e}, with {@code span} as its span; null when the expression names no
     * possible date (such expressions are skipped). A relative expression whose anchor is unknown is
     * kept unresolved (a point without a date).
     */
    static DateMention resolve(Expr e, Span span, Context ctx) {
        return switch (e.form()) {
            case DURATION -> new DateMention(span, DateMention.Kind.DURATION, null, null, null);
            case PLAN -> plan(e, span);
            case VAGUE -> point(span, vague(e, ctx));
            case AFTER -> point(span, after(e, ctx));
            case CALENDAR -> calendar(e, span, ctx);
        };
    }

    private static DateMention plan(Expr e, Span span) {
        if (e.planPart() > 0) {
            return point(span, PartialDate.of(e.year()));
        }
        if (e.planPart() < 0) {
            return point(span, PartialDate.of(e.toYear()));
        }
        return new DateMention(span, DateMention.Kind.RANGE, null, PartialDate.of(e.year()),
                PartialDate.of(e.toYear()));
    }

    private static DateMention calendar(Expr e, Span span, Context ctx) {
        if (!plausible(e)) {
            return null;
        }
        Integer year = year(e, ctx);
        if (e.isRange()) {
            if (year == null) {
                return new DateMention(span, DateMention.Kind.RANGE, null, null, null);
            }
            PartialDate from = date(year, e.month(), e.day(), -1, -1);
            PartialDate to = date(e.toYear() != 0 ? e.toYear() : year, e.toMonth() != 0 ? e.toMonth() : e.month(),
                    e.toDay(), -1, -1);
            if (from == null || to == null || from.compareTo(to) >= 0) {
                return null;
            }
            return new DateMention(span, DateMention.Kind.RANGE, null, from, to);
        }
        if (year == null) {
            return point(span, null);
        }
        PartialDate d = date(year, e.month(), e.day(), e.hour(), e.minute());
        return d == null ? null : point(span, d);
    }

    /** Whether the written parts can name a date at all, whatever the year. */
    private static boolean plausible(Expr e) {
        if (e.yearSource() == Expr.YearSource.EXPLICIT && (e.year() < 1 || e.year() > 9999)) {
            return false;
        }
        if (e.month() > 12 || e.toMonth() > 12 || e.day() > 31 || e.toDay() > 31) {
            return false;
        }
        return e.month() != 0 || e.day() == 0;
    }

    private static Integer year(Expr e, Context ctx) {
        return switch (e.yearSource()) {
            case EXPLICIT -> e.year();
            case REFERENCE -> ctx.referenceYear == null ? null : ctx.referenceYear + e.year();
            case PREVIOUS -> ctx.previous == null ? null : ctx.previous.year() + e.year();
            case NONE -> ctx.paragraphYear != null ? ctx.paragraphYear : ctx.referenceYear;
        };
    }

    private static PartialDate vague(Expr e, Context ctx) {
        PartialDate p = ctx.previous;
        LocalDate r = ctx.referenceDate;
        return switch (e.vague()) {
            case RECENT -> r == null ? null : PartialDate.of(r.getYear(), r.getMonthValue());
            case SAME_DAY -> p == null ? null : new PartialDate(p.year(), p.month(), p.day(), null);
            case NEXT_DAY -> p == null || p.day() == null ? null : shift(p, 1, 'D');
            case SAME_MONTH -> p == null || p.month() == null ? null : PartialDate.of(p.year(), p.month());
            case THIS_MONTH -> r == null ? null : PartialDate.of(r.getYear(), r.getMonthValue());
            case LAST_MONTH -> r == null ? null : month(YearMonth.from(r).minusMonths(1));
            case NEXT_MONTH -> r == null ? null : month(YearMonth.from(r).plusMonths(1));
            case DURATION -> null;
        };
    }

    private static PartialDate month(YearMonth ym) {
        return ym.getYear() < 1 || ym.getYear() > 9999 ? null : PartialDate.of(ym.getYear(), ym.getMonthValue());
    }

    /** {@code p} moved by {@code amount} units, at the precision of {@code p}; null when it cannot be. */
    private static PartialDate after(Expr e, Context ctx) {
        PartialDate p = ctx.previous;
        if (p == null) {
            return null;
        }
        return shift(p, e.amount(), e.unit());
    }

    private static PartialDate shift(PartialDate p, int amount, char unit) {
        if (amount > 10_000) {
            return null;
        }
        if (unit == 'Y') {
            return date(p.year() + amount, p.month() == null ? 0 : p.month(),
                    p.day() == null ? 0 : p.day(), -1, -1);
        }
        if (unit == 'M') {
            if (p.month() == null) {
                return null;
            }
            if (p.day() == null) {
                return month(YearMonth.of(p.year(), p.month()).plusMonths(amount));
            }
        }
        if (p.day() == null) {
            return null;
        }
        LocalDate d = p.toLocalDate().orElseThrow();
        d = switch (unit) {
            case 'D' -> d.plusDays(amount);
            case 'W' -> d.plusWeeks(amount);
            default -> d.plusMonths(amount);
        };
        return d.getYear() < 1 || d.getYear() > 9999 ? null : PartialDate.of(d);
    }

    /** The date of these parts (0 or -1 for parts not given), or null if there is no such date. */
    static PartialDate date(int year, int month, int day, int hour, int minute) {
        if (year < 1 || year > 9999 || month < 0 || month > 12 || (day != 0 && month == 0)) {
            return null;
        }
        if (month == 0) {
            return PartialDate.of(year);
        }
        if (day == 0) {
            return PartialDate.of(year, month);
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        if (hour >= 0 && minute >= 0 && hour < 24 && minute < 60) {
            return new PartialDate(year, month, day, LocalTime.of(hour, minute));
        }
        return PartialDate.of(year, month, day);
    }

    private static DateMention point(Span span, PartialDate d) {
        return new DateMention(span, DateMention.Kind.POINT, d, null, null);
    }
}
