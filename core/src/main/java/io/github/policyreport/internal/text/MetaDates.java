package io.github.policyreport.internal.text;

import io.github.policyreport.model.PartialDate;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where a page's own dates are read (header lines, {@code <meta>} values, JSON-LD,
 * front matter): ISO and slashed dates ({@code 2021-1-29 13:18}, {@code 2015/05/21},
 * {@code 2023-08-17T02:05:07Z}), Chinese dates in digits or numerals ({@code 二〇二三年一月三十一日}),
 * Minguo years ({@code 民国103年12月12日}) and RFC 1123 ({@code Wed, 03 May 2023 20:15:00 GMT}).
 * A time with a zone is converted to China time (UTC+8) before the day is taken. Input is
 * normalized text (Simplified, half-width). Pure functions.
 */
final class MetaDates {

    /** China Standard Time: a page's day is its day in Beijing. */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.])(\\d{4})\\s*+[-/.年]\\s*+(\\d{1,2})\\s*+[-/.月]\\s*+(\\d{1,2})(?!\\d)\\s*+日?+"
                    + "(?:\\s*+T?+\\s*+(\\d{1,2})\\s*+[:时]\\s*+(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?\\s*+(Z(?![A-Za-z])|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern MINGUO = Pattern.compile("民国\\s*+(\\d{2,3})\\s*+年\\s*+(\\d{1,2})\\s*+月\\s*+(\\d{1,2})\\s*+日");
    private static final Pattern HAN_DATE = Pattern.compile(
            "([〇零一二三四五六七八九○O]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern RFC_1123 = Pattern.compile(
            "(?:[A-Za-z]{3},\\s*)?\\d{1,2}\\s+[A-Za-z]{3}\\s+\\d{4}\\s+\\d{2}:\\d{2}(?::\\d{2})?\\s+(?:GMT|UTC|[+-]\\d{4})");
    private static final DateTimeFormatter RFC = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private MetaDates() {
    }

    /** The first date (with its time when given) in normalized {@code text}, or null. */
    static PartialDate first(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            PartialDate d = digits(m);
            if (d != null) {
                return d;
            }
        }
        Matcher r = RFC_1123.matcher(text);
        if (r.find()) {
            PartialDate d = rfc(r.group());
            if (d != null) {
                return d;
            }
        }
        Matcher g = MINGUO.matcher(text);
        if (g.find()) {
            return safe(Integer.parseInt(g.group(1)) + 1911, Integer.parseInt(g.group(2)), Integer.parseInt(g.group(3)));
        }
        Matcher h = HAN_DATE.matcher(text);
        if (h.find()) {
            return safe(hanYear(h.group(1)), hanNumber(h.group(2)), hanNumber(h.group(3)));
        }
        return null;
    }

    private static PartialDate digits(Matcher m) {
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        if (m.group(4) == null) {
            return safe(y, mo, d);
        }
        int h = Integer.parseInt(m.group(4));
        int mi = Integer.parseInt(m.group(5));
        if (h > 23 || mi > 59) {
            return safe(y, mo, d);
        }
        if (m.group(7) == null) {
            return safe(y, mo, d, h, mi);
        }
        try {
            String zone = m.group(7).equals("Z") ? "Z" : m.group(7).replaceFirst("(\\d{2})(\\d{2})$", "$1:$2");
            LocalDateTime local = LocalDateTime.of(y, mo, d, h, mi);
            OffsetDateTime china = local.atOffset(ZoneOffset.of(zone)).withOffsetSameInstant(CHINA);
            return safe(china.getYear(), china.getMonthValue(), china.getDayOfMonth(), china.getHour(), china.getMinute());
        } catch (RuntimeException e) {
            return safe(y, mo, d);
        }
    }

    private static PartialDate rfc(String s) {
        try {
            ZonedDateTime z = ZonedDateTime.parse(s.replaceAll("\\s+", " ").replace(" UTC", " GMT"), RFC);
            OffsetDateTime china = z.toOffsetDateTime().withOffsetSameInstant(CHINA);
            return safe(china.getYear(), china.getMonthValue(), china.getDayOfMonth(), china.getHour(), china.getMinute());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int hanYear(String s) {
        int y = 0;
        for (int i = 0; i < s.length(); i++) {
            y = y * 10 + hanDigit(s.charAt(i));
        }
        return y;
    }

    private static int hanDigit(char c) {
        return switch (c) {
            case '〇', '零', '○', 'O' -> 0;
            default -> "一二三四五六七八九".indexOf(c) + 1;
        };
    }

    /** 一 … 三十一. */
    private static int hanNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? hanDigit(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : hanDigit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : hanDigit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static PartialDate safe(int y, int mo, int d, int... time) {
        if (!Years.plausible(y)) {
            return null;
        }
        try {
            return time.length == 2 ? PartialDate.of(y, mo, d, time[0], time[1]) : PartialDate.of(y, mo, d);
        } catch (RuntimeException e) {
            return null; // 2021-02-30 and the like are not dates
        }
    }
}
