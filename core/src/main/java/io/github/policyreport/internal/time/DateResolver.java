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
        /** The last resolved point, for 次年, 同月. */
        PartialDate previous;
        /** The last resolved point with a day, for 同日, 次日, 8天后 and a time alone. */
        PartialDate previousDay;
        /** The year of the paragraph being read (from 2021年5月13日 earlier in it), or null. */
        Integer paragraphYear;
        /** Whether the expression being resolved looks ahead (将于28日): a day alone is then the next one. */
        boolean forward;
        /** Whether it is listed after the previous date (6月8日、9日): a day alone then takes its month. */
        boolean listed;

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
        if (e instanceof Expr.Calendar c) {
            return calendar(c, span, ctx);
        } else if (e instanceof Expr.Day d) {
            return point(span, day(d, ctx));
        } else if (e instanceof Expr.Vague v) {
            return v.kind() == Rules.VagueKind.RECENT ? recent(span, ctx) : point(span, vague(v, ctx));
        } else if (e instanceof Expr.After a) {
            return point(span, after(a, ctx));
        } else if (e instanceof Expr.Plan p) {
            return plan(p, span);
        } else if (e instanceof Expr.FromReference r) {
            return Relative.resolve(r, span, ctx.referenceDate);
        } else if (e instanceof Expr.Era r) {
            return Relative.era(r, span, ctx.referenceYear);
        } else if (e instanceof Expr.LunarDay l) {
            return point(span, l.kind() == 'L' && l.month() == 0 ? Lunar.dayNear(ctx.referenceDate, l.day(), ctx.forward)
                    : Lunar.resolve(l, ctx.paragraphYear != null ? ctx.paragraphYear : ctx.referenceYear));
        }
        return new DateMention(span, DateMention.Kind.DURATION, null, null, null); // Expr.Duration

    }

    /** 近日, 日前: the month before the reference date, flagged vague. */
    private static DateMention recent(Span span, Context ctx) {
        LocalDate r = ctx.referenceDate;
        if (r == null || r.getYear() < 2) {
            return new DateMention(span, DateMention.Kind.RANGE, null, null, null, true);
        }
        return new DateMention(span, DateMention.Kind.RANGE, null, PartialDate.of(r.minusMonths(1)),
                PartialDate.of(r), true);
    }

    /**
     * A day alone: in the month of the reference date, the nearest such day not after it (the next
     * one on or after it when the text looks ahead); without a reference date, in the month of the
     * previous date. Listed after a date (6月8日、9日) it takes that date's month. A time alone
     * (12时48分) takes the previous date's day.
     */
    private static PartialDate day(Expr.Day e, Context ctx) {
        PartialDate p = ctx.previous;
        if (e.day() == 0) {
            PartialDate d = ctx.previousDay;
            return d == null ? null : date(d.year(), d.month(), d.day(), e.hour(), e.minute());
        }
        YearMonth ym;
        PartialDate d = ctx.previousDay;
        if (ctx.listed && d != null) {
            ym = YearMonth.of(d.year(), d.month());
        } else if (ctx.referenceDate != null) {
            ym = YearMonth.from(ctx.referenceDate);
            int today = ctx.referenceDate.getDayOfMonth();
            if (!ctx.forward && e.day() > today) {
                ym = ym.minusMonths(1);
            } else if (ctx.forward && e.day() < today) {
                ym = ym.plusMonths(1);
            }
        } else if (p != null && p.month() != null) {
            ym = YearMonth.of(p.year(), p.month());
        } else {
            return null;
        }
        // 30日 read in March is January's 30th: skip the months too short for the day
        for (int n = 0; n < 2 && !ym.isValidDay(e.day()) && !ctx.listed; n++) {
            ym = ctx.forward ? ym.plusMonths(1) : ym.minusMonths(1);
        }
        if (ym.getYear() < 1 || ym.getYear() > 9999) {
            return null;
        }
        return date(ym.getYear(), ym.getMonthValue(), e.day(), e.hour(), e.minute());
    }

    private static DateMention plan(Expr.Plan e, Span span) {
        if (e.part() > 0) {
            return point(span, PartialDate.of(e.first()));
        }
        if (e.part() < 0) {
            return point(span, PartialDate.of(e.last()));
        }
        return new DateMention(span, DateMention.Kind.RANGE, null, PartialDate.of(e.first()),
                PartialDate.of(e.last()));
    }

    private static DateMention calendar(Expr.Calendar e, Span span, Context ctx) {
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
        if (e.yearSource() == Expr.YearSource.NONE && ctx.paragraphYear == null && ctx.referenceDate != null
                && e.day() != 0) {
            year = nearestYear(e.month(), e.day(), ctx);
        }
        if (e.part() != 0 && e.day() == 0 && e.month() != 0) {
            return dekad(span, year, e.month(), e.part());
        }
        PartialDate d = date(year, e.month(), e.day(), e.hour(), e.minute());
        return d == null ? null : point(span, d);
    }

    /** The year of the nearest month-day not after the reference date (on or after it, looking ahead). */
    private static int nearestYear(int month, int day, Context ctx) {
        LocalDate r = ctx.referenceDate;
        int md = month * 100 + day;
        int today = r.getMonthValue() * 100 + r.getDayOfMonth();
        if (!ctx.forward && md > today) {
            return r.getYear() - 1;
        }
        return ctx.forward && md < today ? r.getYear() + 1 : r.getYear();
    }

    /** 上旬 days 1-10, 中旬 11-20, 下旬 21 to the month's end. */
    private static DateMention dekad(Span span, int year, int month, char part) {
        if (year < 1 || year > 9999) {
            return null;
        }
        int first = part == '上' ? 1 : part == '中' ? 11 : 21;
        int last = part == '上' ? 10 : part == '中' ? 20 : YearMonth.of(year, month).lengthOfMonth();
        return new DateMention(span, DateMention.Kind.RANGE, null, PartialDate.of(year, month, first),
                PartialDate.of(year, month, last));
    }

    /** Whether the written parts can name a date at all, whatever the year. */
    private static boolean plausible(Expr.Calendar e) {
        if (e.yearSource() == Expr.YearSource.EXPLICIT && (e.year() < 1 || e.year() > 9999)) {
            return false;
        }
        if (e.month() > 12 || e.toMonth() > 12 || e.day() > 31 || e.toDay() > 31) {
            return false;
        }
        return e.month() != 0 || e.day() == 0;
    }

    private static Integer year(Expr.Calendar e, Context ctx) {
        return switch (e.yearSource()) {
            case EXPLICIT -> e.year();
            case REFERENCE -> ctx.referenceYear == null ? null : ctx.referenceYear + e.year();
            case PREVIOUS -> ctx.previous == null ? null : ctx.previous.year() + e.year();
            case NONE -> ctx.paragraphYear != null ? ctx.paragraphYear : ctx.referenceYear;
            case TWO_DIGIT -> century(e.year(), ctx.referenceYear);
        };
    }

    /**
     * The year ending in {@code yy} that fits {@code reference}: the latest one at most ten years
     * after it (16年 in 2024 is 2016, 98年 is 1998, 30年 is 2030). Without a reference, 50-99 are
     * 19xx and 00-49 are 20xx.
     */
    static int century(int yy, Integer reference) {
        if (reference == null) {
            return yy >= 50 ? 1900 + yy : 2000 + yy;
        }
        int latest = reference + 10;
        int y = latest - Math.floorMod(latest - yy, 100);
        return y < 1 ? y + 100 : y;
    }

    private static PartialDate vague(Expr.Vague e, Context ctx) {
        PartialDate p = ctx.previous;
        // 当天 is the day of the last date with a day, unless a coarser date (2014年3月) came since
        PartialDate d = ctx.previousDay != null && (p == null || p.month() == null || sameMonth(p, ctx.previousDay))
                ? ctx.previousDay : p;
        LocalDate r = ctx.referenceDate;
        return switch (e.kind()) {
            case SAME_DAY -> d == null ? null : new PartialDate(d.year(), d.month(), d.day(), null);
            case NEXT_DAY -> d == null || d.day() == null ? null : shift(d, 1, 'D');
            case SAME_MONTH -> p == null || p.month() == null ? null : PartialDate.of(p.year(), p.month());
            case RECENT -> null;
            case THIS_MONTH -> r == null ? null : PartialDate.of(r.getYear(), r.getMonthValue());
            case LAST_MONTH -> r == null ? null : month(YearMonth.from(r).minusMonths(1));
            case NEXT_MONTH -> r == null ? null : month(YearMonth.from(r).plusMonths(1));
            case DURATION -> null;
        };
    }

    private static boolean sameMonth(PartialDate a, PartialDate b) {
        return a.year() == b.year() && a.month().equals(b.month());
    }

    private static PartialDate month(YearMonth ym) {
        return ym.getYear() < 1 || ym.getYear() > 9999 ? null : PartialDate.of(ym.getYear(), ym.getMonthValue());
    }

    /** {@code p} moved by {@code amount} units, at the precision of {@code p}; null when it cannot be. */
    private static PartialDate after(Expr.After e, Context ctx) {
        PartialDate p = e.amount() < 0 || ctx.previous == null ? reference(ctx) : ctx.previous;
        if (p == null) {
            return null;
        }
        return shift(p, e.amount(), e.unit());
    }

    /** The reference date as a day, or null. */
    private static PartialDate reference(Context ctx) {
        LocalDate r = ctx.referenceDate;
        return r == null || r.getYear() < 1 || r.getYear() > 9999 ? null : PartialDate.of(r);
    }

    private static PartialDate shift(PartialDate p, int amount, char unit) {
        if (Math.abs(amount) > 10_000) {
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
