package io.github.policyreport.internal.time;

/**
 * A date expression as found, before resolution: where it is and the parts the text gives.
 * Offsets index the text that was scanned. Numbers are as written and not yet validated.
 *
 * @param start      first offset, inclusive
 * @param end        last offset, exclusive
 * @param form       what kind of expression it is
 * @param yearSource where its year comes from
 * @param year       the year written ({@link YearSource#EXPLICIT}) or the offset of a relative year
 *                   word (今年 0, 去年 -1); 0 otherwise
 * @param month      month, or 0
 * @param day        day of month, or 0
 * @param hour       hour, or -1
 * @param minute     minute, or -1
 * @param toYear     last year of a range, or 0
 * @param toMonth    last month of a range, or 0
 * @param toDay      last day of a range, or 0
 * @param planPart   for a plan period: +1 its first year, -1 its last year, 0 the whole period
 * @param vague      the meaning of a vague date word, or null
 * @param amount     for {@link Form#AFTER}: how many units
 * @param unit       for {@link Form#AFTER} and {@link Form#RELATIVE}: 'D' days, 'W' weeks, 'M' months,
 *                   'Q' quarters, 'Y' years; 'w' a weekday of the reference week (周五)
 * @param part       a part of the month or decade: '上' first, '中' middle, '下' last third (上旬,
 *                   八十年代初); 0 for none
 */
record Expr(int start, int end, Form form, YearSource yearSource, int year, int month, int day, int hour,
            int minute, int toYear, int toMonth, int toDay, int planPart, Rules.VagueKind vague, int amount,
            char unit, char part) {

    /** The shape of an expression. */
    enum Form {
        /** A calendar date or a range of one (2021年12月31日, 今年8月初, 1-4月, 上半年, 2014-2016年). */
        CALENDAR,
        /** A five-year plan period or one of its years (十四五, “十四五”开局之年). */
        PLAN,
        /** A word such as 近日 or 同日. */
        VAGUE,
        /** A date counted from the previous one (8天后). */
        AFTER,
        /** A stretch of time (近三年, 连续10年). */
        DURATION,
        /** A day of the month alone, or a time of day alone (28日, 18日14时14分, 12时48分). */
        DAY,
        /** A day, week, month or quarter counted from the reference date (昨天, 上周三, 上季度). */
        RELATIVE,
        /** A decade or century: {@code year} the century (or its offset), {@code month} the decade (八十年代). */
        ERA,
        /** A lunar date or a festival: {@code month}/{@code day} lunar, or a festival's rule via {@code vague}. */
        LUNAR
    }

    /** Where the year of a {@link Form#CALENDAR} expression comes from. */
    enum YearSource {
        /** Written as a number. */
        EXPLICIT,
        /** A word relative to the reference year (今年, 去年). */
        REFERENCE,
        /** A word relative to the previous date (当年, 次年). */
        PREVIOUS,
        /** Not given: taken from the paragraph's date or the reference year (3月30日, 9月底). */
        NONE,
        /** Two digits (16年, 九八年): the century that fits the reference year. */
        TWO_DIGIT
    }

    static Expr calendar(int start, int end, YearSource source, int year, int month, int day, int hour, int minute,
                         int toYear, int toMonth, int toDay) {
        return new Expr(start, end, Form.CALENDAR, source, year, month, day, hour, minute, toYear, toMonth, toDay, 0,
                null, 0, ' ', (char) 0);
    }

    static Expr plan(int start, int end, int first, int last, int part) {
        return new Expr(start, end, Form.PLAN, YearSource.EXPLICIT, first, 0, 0, -1, -1, last, 0, 0, part, null, 0,
                ' ', (char) 0);
    }

    static Expr vague(int start, int end, Rules.VagueKind kind) {
        Form f = kind == Rules.VagueKind.DURATION ? Form.DURATION : Form.VAGUE;
        return new Expr(start, end, f, YearSource.NONE, 0, 0, 0, -1, -1, 0, 0, 0, 0, kind, 0, ' ', (char) 0);
    }

    static Expr after(int start, int end, int amount, char unit) {
        return new Expr(start, end, Form.AFTER, YearSource.NONE, 0, 0, 0, -1, -1, 0, 0, 0, 0, null, amount, unit,
                (char) 0);
    }

    static Expr duration(int start, int end) {
        return new Expr(start, end, Form.DURATION, YearSource.NONE, 0, 0, 0, -1, -1, 0, 0, 0, 0, null, 0, ' ',
                (char) 0);
    }

    /** A day of the month ({@code day} 0: a time of day alone). */
    static Expr day(int start, int end, int day, int hour, int minute) {
        return new Expr(start, end, Form.DAY, YearSource.NONE, 0, 0, day, hour, minute, 0, 0, 0, 0, null, 0, ' ',
                (char) 0);
    }

    /** {@code amount} units from the reference date, on weekday {@code weekday} (1 Monday … 7 Sunday; 0 none). */
    static Expr relative(int start, int end, int amount, char unit, int weekday) {
        return new Expr(start, end, Form.RELATIVE, YearSource.REFERENCE, 0, 0, weekday, -1, -1, 0, 0, 0, 0, null,
                amount, unit, (char) 0);
    }

    /** A century ({@code source} EXPLICIT: its number; REFERENCE: its offset) and decade (0-90, or -1). */
    static Expr era(int start, int end, YearSource source, int century, int decade, char part) {
        return new Expr(start, end, Form.ERA, source, century, decade, 0, -1, -1, 0, 0, 0, 0, null, 0, ' ', part);
    }

    /** A lunar month and day in the year of {@code source}/{@code year}; {@code eve}: the day before. */
    static Expr lunar(int start, int end, YearSource source, int year, int month, int day, char kind) {
        return new Expr(start, end, Form.LUNAR, source, year, month, day, -1, -1, 0, 0, 0, 0, null, 0, kind,
                (char) 0);
    }

    /** This expression with a part of its month or decade. */
    Expr withPart(char p) {
        return new Expr(start, end, form, yearSource, year, month, day, hour, minute, toYear, toMonth, toDay,
                planPart, vague, amount, unit, p);
    }

    /** Whether the text gives a range (a second year, month or day). */
    boolean isRange() {
        return toYear != 0 || toMonth != 0 || toDay != 0;
    }
}
