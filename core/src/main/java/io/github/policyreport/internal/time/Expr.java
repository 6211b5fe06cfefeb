package io.github.policyreport.internal.time;

/**
 * A date expression as found, before resolution: where it is and the parts the text gives, one
 * record per shape. Offsets index the text that was scanned. Numbers are as written and not yet
 * validated.
 */
sealed interface Expr {

    /** First offset, inclusive. */
    int start();

    /** Last offset, exclusive. */
    int end();

    /**
     * A calendar date or a range of one (2021年12月31日, 今年8月初, 1-4月, 上半年, 2014-2016年).
     *
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
     * @param part       a part of the month: '上' first, '中' middle, '下' last third (上旬); 0 for none
     */
    record Calendar(int start, int end, YearSource yearSource, int year, int month, int day, int hour, int minute,
                    int toYear, int toMonth, int toDay, char part) implements Expr {

        /** This date with a part of its month. */
        Calendar withPart(char p) {
            return new Calendar(start, end, yearSource, year, month, day, hour, minute, toYear, toMonth, toDay, p);
        }

        /** Whether the text gives a range (a second year, month or day). */
        boolean isRange() {
            return toYear != 0 || toMonth != 0 || toDay != 0;
        }
    }

    /**
     * A five-year plan period or one of its years (十四五, “十四五”开局之年).
     *
     * @param first its first year
     * @param last  its last year
     * @param part  +1 its first year, -1 its last year, 0 the whole period
     */
    record Plan(int start, int end, int first, int last, int part) implements Expr {
    }

    /** A word such as 近日 or 同日, with its meaning. */
    record Vague(int start, int end, Rules.VagueKind kind) implements Expr {
    }

    /**
     * A date counted from the previous one (8天后).
     *
     * @param amount how many units
     * @param unit   'D' days, 'W' weeks, 'M' months, 'Q' quarters, 'Y' years
     */
    record After(int start, int end, int amount, char unit) implements Expr {
    }

    /** A stretch of time (近三年, 连续10年). */
    record Duration(int start, int end) implements Expr {
    }

    /**
     * A day of the month alone, or a time of day alone (28日, 18日14时14分, 12时48分).
     *
     * @param day    day of month, or 0 for a time of day alone
     * @param hour   hour, or -1
     * @param minute minute, or -1
     */
    record Day(int start, int end, int day, int hour, int minute) implements Expr {
    }

    /**
     * A day, week, month or quarter counted from the reference date (昨天, 上周三, 上季度).
     *
     * @param amount  how many units from the reference date
     * @param unit    'D' days, 'W' weeks, 'M' months, 'Q' quarters; 'w' a weekday of the reference week (周五)
     * @param weekday 1 Monday … 7 Sunday; 0 none
     */
    record FromReference(int start, int end, int amount, char unit, int weekday) implements Expr {
    }

    /**
     * A decade or century (八十年代, 本世纪初).
     *
     * @param yearSource {@link YearSource#EXPLICIT}: {@code century} is its number; REFERENCE: its offset;
     *                   NONE: a decade alone
     * @param century    the century, or its offset
     * @param decade     the decade (0-90), or -1
     * @param part       '上' first, '中' middle, '下' last part (初, 中期, 末); 0 for none
     */
    record Era(int start, int end, YearSource yearSource, int century, int decade, char part) implements Expr {
    }

    /**
     * A lunar date or a festival.
     *
     * @param yearSource where its year comes from
     * @param year       the year, as for {@link Calendar#year()}
     * @param month      lunar month, or a festival's month
     * @param day        lunar day, or a festival's day
     * @param kind       'L' a lunar date, 'E' the eve of the lunar new year, 'G' a Gregorian festival,
     *                   'T' a solar term
     */
    record LunarDay(int start, int end, YearSource yearSource, int year, int month, int day, char kind)
            implements Expr {
    }

    /** Where the year of a {@link Calendar}, {@link Era} or {@link LunarDay} comes from. */
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

    static Calendar calendar(int start, int end, YearSource source, int year, int month, int day, int hour,
                             int minute, int toYear, int toMonth, int toDay) {
        return new Calendar(start, end, source, year, month, day, hour, minute, toYear, toMonth, toDay, (char) 0);
    }

    static Expr plan(int start, int end, int first, int last, int part) {
        return new Plan(start, end, first, last, part);
    }

    /** A vague word; one meaning a stretch of time is a {@link Duration}. */
    static Expr vague(int start, int end, Rules.VagueKind kind) {
        return kind == Rules.VagueKind.DURATION ? new Duration(start, end) : new Vague(start, end, kind);
    }

    static Expr after(int start, int end, int amount, char unit) {
        return new After(start, end, amount, unit);
    }

    static Expr duration(int start, int end) {
        return new Duration(start, end);
    }

    /** A day of the month ({@code day} 0: a time of day alone). */
    static Expr day(int start, int end, int day, int hour, int minute) {
        return new Day(start, end, day, hour, minute);
    }

    /** {@code amount} units from the reference date, on weekday {@code weekday} (1 Monday … 7 Sunday; 0 none). */
    static Expr relative(int start, int end, int amount, char unit, int weekday) {
        return new FromReference(start, end, amount, unit, weekday);
    }

    /** A century ({@code source} EXPLICIT: its number; REFERENCE: its offset) and decade (0-90, or -1). */
    static Expr era(int start, int end, YearSource source, int century, int decade, char part) {
        return new Era(start, end, source, century, decade, part);
    }

    /** A lunar month and day in the year of {@code source}/{@code year}, of kind {@code kind}. */
    static Expr lunar(int start, int end, YearSource source, int year, int month, int day, char kind) {
        return new LunarDay(start, end, source, year, month, day, kind);
    }
}
