package io.github.policyreport.internal.time;

import io.github.policyreport.mention.DateMention;
import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.Span;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Days, weeks, months and quarters counted from the reference date, and decades and centuries.
 * Conventions: a week runs Monday to Sunday; a weekday alone (周五) is the nearest such day not
 * after the reference date; 初/中/末 of a decade are its years 0-3, 4-6 and 7-9, of a century its
 * years 1-30, 31-70 and 71-100; a decade without a century (八十年代) is the latest one that began
 * by the reference year (the 1900s without one). Every year stays within 1-9999. Stateless.
 */
final class Relative {

    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    private Relative() {
    }

    /** A {@link Expr.FromReference}: a day, a week (a range), a month or a quarter (a range). */
    static DateMention resolve(Expr.FromReference e, Span span, LocalDate reference) {
        if (reference == null || reference.getYear() <= MIN_YEAR || reference.getYear() >= MAX_YEAR) {
            return point(span, null);
        }
        int n = e.amount();
        int weekday = e.weekday();
        switch (e.unit()) {
            case 'D':
                return point(span, PartialDate.of(reference.plusDays(n)));
            case 'M':
                YearMonth m = YearMonth.from(reference).plusMonths(n);
                return point(span, PartialDate.of(m.getYear(), m.getMonthValue()));
            case 'Q':
                YearMonth q = YearMonth.of(reference.getYear(), (reference.getMonthValue() - 1) / 3 * 3 + 1)
                        .plusMonths(3L * n);
                YearMonth qEnd = q.plusMonths(2);
                return new DateMention(span, DateMention.Kind.RANGE, null,
                        PartialDate.of(q.getYear(), q.getMonthValue()),
                        PartialDate.of(qEnd.getYear(), qEnd.getMonthValue()));
            case 'w':
                LocalDate last = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday)));
                return point(span, PartialDate.of(last));
            default:
                LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(n);
                if (weekday != 0) {
                    return point(span, PartialDate.of(monday.plusDays(weekday - 1L)));
                }
                return new DateMention(span, DateMention.Kind.RANGE, null, PartialDate.of(monday),
                        PartialDate.of(monday.plusDays(6)));
        }
    }

    /** An {@link Expr.Era}: the years of a decade or century, as a range. */
    static DateMention era(Expr.Era e, Span span, Integer referenceYear) {
        int century;
        if (e.yearSource() == Expr.YearSource.REFERENCE) {
            if (referenceYear == null) {
                return new DateMention(span, DateMention.Kind.RANGE, null, null, null);
            }
            century = (referenceYear - 1) / 100 + 1 + e.century();
        } else if (e.yearSource() == Expr.YearSource.NONE) {
            int base = referenceYear == null ? 1900 : referenceYear / 100 * 100;
            int first = base + e.decade();
            if (referenceYear != null && first > referenceYear) {
                first -= 100;
            }
            return range(span, first, first + 9, e.part(), 10);
        } else {
            century = e.century();
        }
        int start = (century - 1) * 100;
        if (e.decade() >= 0) {
            return range(span, start + e.decade(), start + e.decade() + 9, e.part(), 10);
        }
        return range(span, start + 1, start + 100, e.part(), 100);
    }

    private static DateMention range(Span span, int first, int last, char part, int length) {
        int a = first;
        int b = last;
        if (part != 0) {
            int third = length == 10 ? 3 : 30;
            int mid = length == 10 ? 6 : 70;
            int base = length == 10 ? first : first - 1;
            a = part == '上' ? first : part == '中' ? base + third + 1 : base + mid + 1;
            b = part == '上' ? base + third : part == '中' ? base + mid : last;
        }
        if (a < MIN_YEAR || b > MAX_YEAR || a > b) {
            return null;
        }
        return new DateMention(span, DateMention.Kind.RANGE, null, PartialDate.of(a), PartialDate.of(b));
    }

    private static DateMention point(Span span, PartialDate d) {
        return new DateMention(span, DateMention.Kind.POINT, d, null, null);
    }
}
