package io.github.policyreport.internal.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds date expressions in folded text (half-width digits, Simplified date words; see
 * {@link Rules#fold(String)}) without deciding what they mean. One pattern of alternatives, each
 * of bounded length, so a scan is linear in the text. Immutable and thread-safe.
 */
final class DateExtractor {

    /** The extractor built from the default rules. */
    static final DateExtractor DEFAULT = new DateExtractor(Rules.DEFAULT);

    private static final String SP = "[ \\t]?";
    private static final String TO = SP + "[-—–~至到]" + SP;
    private static final String NUM2 = "[0-9]{1,2}";
    /** 初 of 初步, 初期 … is not the start of a month or year. */
    private static final String NOT_INITIAL = "(?!(?<=初)[步期次心具级稿赛])";
    private static final String MONTH_SUFFIX = "(?:初|底|末|中旬|上旬|下旬|份)?" + NOT_INITIAL;
    private static final String DAY_PART = "(?:" + SP + "(?:上午|下午|晚上|晚间|凌晨|早上|中午|傍晚))?";
    private static final String CN_DIGIT = "[〇零一二三四五六七八九]";
    private static final String CN_MONTH = "十[一二]?|[一二三四五六七八九]";
    private static final String CN_DAY = "三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]";
    private static final String CN_COUNT = "[一二两三四五六七八九十几数多]{1,3}";

    private final Rules rules;
    private final Pattern pattern;
    private final boolean[] starts;

    DateExtractor(Rules rules) {
        this.rules = rules;
        List<String> partAfterYear = new ArrayList<>();
        for (String w : rules.yearParts.keySet()) {
            partAfterYear.add(w);
            if (w.startsWith("年") && w.length() > 1) {
                partAfterYear.add(w.substring(1));
            }
        }
        String parts = "(?:" + alternation(partAfterYear) + ")" + NOT_INITIAL;
        String alone = "(?:" + alternation(rules.yearParts.keySet()) + ")" + NOT_INITIAL;
        String regex = String.join("|",
                // 2022-1-14 17:50, 2022.3.5, 2024/05/23 09:37:04
                "(?<![0-9.])(?<iy>[0-9]{4})(?<isep>[-/.])(?<im>" + NUM2 + ")\\k<isep>(?<id>" + NUM2 + ")(?![0-9])"
                        + "(?:(?:T|[ \\t]{1,2})(?<ih>" + NUM2 + "):(?<imi>[0-9]{2})(?::[0-9]{2})?(?![0-9]))?",
                // 2014-2016年, 2021年至2025年
                "(?<![0-9])(?<ry>[0-9]{4})" + SP + "(?:年" + SP + ")?[-—–~至到]" + SP + "(?<ry2>[0-9]{4})" + SP + "年"
                        + "(?!" + SP + NUM2 + SP + "月)",
                // 2021年12月31日 15:38, 2015年4月, 2020年, 2022年1-4月, 2021年上半年, 2021年底
                "(?<![0-9])(?<cy>[0-9]{4})" + SP + "年" + tail("c", parts),
                // 二〇二一年十二月
                "(?<ny>" + CN_DIGIT + "{4})年(?:(?<nm>" + CN_MONTH + ")月(?:(?<nd>" + CN_DAY + ")[日号])?)?",
                // 今年8月初, 去年, 今年上半年
                "(?<rw>" + alternation(rules.relativeYears.keySet()) + ")" + tail("r", parts),
                // 十四五, “十四五”开局之年, 十四五末
                "(?<![一二三四五六七八九十])(?:[“\"「『](?=十))?(?<pn>" + alternation(rules.planPeriods.keySet()) + ")[”\"」』]?"
                        + "(?:(?:规划|时期)?的?(?<pp>" + alternation(rules.planParts.keySet()) + ")|时期|期间)?",
                // 1-4月
                "(?<![0-9年.])(?<mr1>" + NUM2 + ")" + TO + "(?<mr2>" + NUM2 + ")" + SP + "月" + MONTH_SUFFIX,
                // 3月30日, 12月14日上午, 9月底, 5月11-17日
                "(?<![0-9年.])(?<mm>" + NUM2 + ")" + SP + "月" + dayTail("m"),
                // 十二月十四日, 三月份
                "(?<![〇零一二三四五六七八九十])(?<km>" + CN_MONTH + ")月(?:(?<kd>" + CN_DAY + ")[日号]|(?:初|底|末|中旬|上旬|下旬|份))",
                // 上半年, 一季度, 年底
                "(?<![0-9今去明本上当同次翌年])(?<yp>" + alone + ")",
                // 近日, 同日, 近年来
                "(?<![0-9一二三四五六七八九十])(?<vw>" + alternation(rules.vague.keySet()) + ")",
                // 8天后, 3个月后
                "(?<![0-9])(?<an>[0-9]{1,3}|" + CN_COUNT + ")" + SP + "(?<au>天|日|周|个星期|个月|年)(?:之后|以后|后)",
                // 近三年, 连续10年, 5年, 3个月
                "(?<![0-9])(?<dq>近|连续|过去|最近|未来|前|后|长达|历时|累计)?(?<dn>[0-9]{1,2}|" + CN_COUNT + ")" + SP
                        + "个?多?(?<du>年|个月|周|个星期|天|日|小时)(?<ds>以来|之内|以内|来|间|内|多|半)?");
        this.pattern = Pattern.compile(regex);
        // every alternative starts with one of these characters; other positions are skipped unread
        this.starts = new boolean[Character.MAX_VALUE + 1];
        for (char c : "0123456789〇零一二两三四五六七八九十几数多“\"「『近连过最未前后长历累".toCharArray()) {
            starts[c] = true;
        }
        for (Collection<String> words : List.of(rules.relativeYears.keySet(), rules.yearParts.keySet(),
                rules.planPeriods.keySet(), rules.vague.keySet())) {
            for (String w : words) {
                starts[w.charAt(0)] = true;
            }
        }
    }

    private static String tail(String g, String parts) {
        return "(?:" + SP + "(?<" + g + "m1>" + NUM2 + ")" + TO + "(?<" + g + "m2>" + NUM2 + ")" + SP + "月" + MONTH_SUFFIX
                + "|" + SP + "(?<" + g + "m>" + NUM2 + ")" + SP + "月" + dayTail(g)
                + "|(?<" + g + "p>" + parts + "))?";
    }

    private static String dayTail(String g) {
        return "(?:" + SP + "(?<" + g + "d1>" + NUM2 + ")" + SP + "(?:[日号]" + SP + ")?[-—–~至到]" + SP
                + "(?<" + g + "d2>" + NUM2 + ")" + SP + "[日号]"
                + "|" + SP + "(?<" + g + "d>" + NUM2 + ")" + SP + "[日号]" + DAY_PART
                + "(?:[ \\t]{0,2}(?<" + g + "h>" + NUM2 + ")" + SP + "[:时点]" + SP + "(?<" + g + "i>[0-9]{2})分?)?"
                + "|" + MONTH_SUFFIX + ")";
    }

    private static String alternation(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The expressions in {@code folded[from, to)}, in order, offsets into {@code folded}. */
    List<Expr> extract(String folded, int from, int to) {
        List<Expr> out = new ArrayList<>();
        Matcher m = pattern.matcher(folded);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int i = from;
        while (i < to) {
            if (!starts[folded.charAt(i)]) {
                i++;
                continue;
            }
            m.region(i, to);
            if (m.lookingAt() && m.end() > i) {
                Expr e = read(m);
                if (e != null) {
                    out.add(e);
                }
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Expr read(Matcher m) {
        int s = m.start();
        int e = m.end();
        if (m.group("iy") != null) {
            return Expr.calendar(s, e, Expr.YearSource.EXPLICIT, num(m.group("iy")), num(m.group("im")),
                    num(m.group("id")), opt(m.group("ih")), opt(m.group("imi")), 0, 0, 0);
        }
        if (m.group("ry") != null) {
            return Expr.calendar(s, e, Expr.YearSource.EXPLICIT, num(m.group("ry")), 0, 0, -1, -1,
                    num(m.group("ry2")), 0, 0);
        }
        if (m.group("cy") != null) {
            return withTail(m, "c", s, e, Expr.YearSource.EXPLICIT, num(m.group("cy")));
        }
        if (m.group("ny") != null) {
            return Expr.calendar(s, e, Expr.YearSource.EXPLICIT, cnYear(m.group("ny")), cn(m.group("nm")),
                    cn(m.group("nd")), -1, -1, 0, 0, 0);
        }
        if (m.group("rw") != null) {
            Rules.RelativeYear r = rules.relativeYears.get(m.group("rw"));
            Expr.YearSource src = r.fromPrevious() ? Expr.YearSource.PREVIOUS : Expr.YearSource.REFERENCE;
            return withTail(m, "r", s, e, src, r.offset());
        }
        if (m.group("pn") != null) {
            int[] p = rules.planPeriods.get(m.group("pn"));
            String part = m.group("pp");
            int which = part == null ? 0 : rules.planParts.get(part) ? 1 : -1;
            return Expr.plan(s, e, p[0], p[1], which);
        }
        if (m.group("mr1") != null) {
            return Expr.calendar(s, e, Expr.YearSource.NONE, 0, num(m.group("mr1")), 0, -1, -1, 0,
                    num(m.group("mr2")), 0);
        }
        if (m.group("mm") != null) {
            return monthDay(m, "m", s, e, Expr.YearSource.NONE, 0, num(m.group("mm")));
        }
        if (m.group("km") != null) {
            return Expr.calendar(s, e, Expr.YearSource.NONE, 0, cn(m.group("km")), cn(m.group("kd")), -1, -1, 0, 0,
                    0);
        }
        if (m.group("yp") != null) {
            int[] p = rules.yearParts.get(m.group("yp"));
            return Expr.calendar(s, e, Expr.YearSource.NONE, 0, p[0], 0, -1, -1, 0, p[1] == p[0] ? 0 : p[1], 0);
        }
        if (m.group("vw") != null) {
            return Expr.vague(s, e, rules.vague.get(m.group("vw")));
        }
        if (m.group("an") != null) {
            String u = m.group("au");
            char unit = u.equals("天") || u.equals("日") ? 'D' : u.equals("年") ? 'Y' : u.equals("个月") ? 'M' : 'W';
            int n = count(m.group("an"));
            return n < 0 ? Expr.duration(s, e) : Expr.after(s, e, n, unit);
        }
        // a duration; N日 alone is a day of the month, not a duration
        if (m.group("du").equals("日") && m.group("dq") == null && m.group("ds") == null) {
            return null;
        }
        return Expr.duration(s, e);
    }

    private Expr withTail(Matcher m, String g, int s, int e, Expr.YearSource src, int year) {
        if (m.group(g + "m1") != null) {
            return Expr.calendar(s, e, src, year, num(m.group(g + "m1")), 0, -1, -1, 0, num(m.group(g + "m2")), 0);
        }
        if (m.group(g + "m") != null) {
            return monthDay(m, g, s, e, src, year, num(m.group(g + "m")));
        }
        String part = m.group(g + "p");
        if (part != null) {
            int[] p = rules.yearParts.get(part);
            if (p == null) {
                p = rules.yearParts.get("年" + part);
            }
            return Expr.calendar(s, e, src, year, p[0], 0, -1, -1, 0, p[1] == p[0] ? 0 : p[1], 0);
        }
        return Expr.calendar(s, e, src, year, 0, 0, -1, -1, 0, 0, 0);
    }

    private static Expr monthDay(Matcher m, String g, int s, int e, Expr.YearSource src, int year, int month) {
        if (m.group(g + "d1") != null) {
            return Expr.calendar(s, e, src, year, month, num(m.group(g + "d1")), -1, -1, 0, 0, num(m.group(g + "d2")));
        }
        int day = m.group(g + "d") == null ? 0 : num(m.group(g + "d"));
        return Expr.calendar(s, e, src, year, month, day, opt(m.group(g + "h")), opt(m.group(g + "i")), 0, 0, 0);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static int opt(String digits) {
        return digits == null ? -1 : Integer.parseInt(digits);
    }

    private static int cnYear(String s) {
        int y = 0;
        for (int i = 0; i < s.length(); i++) {
            y = y * 10 + digit(s.charAt(i));
        }
        return y;
    }

    /** A Chinese numeral up to 三十一; 0 for null. */
    static int cn(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    /** A count written in digits or as a small Chinese numeral (三, 十五, 两); -1 for 几/数/多. */
    static int count(String s) {
        if (s.charAt(0) >= '0' && s.charAt(0) <= '9') {
            return Integer.parseInt(s);
        }
        if (s.length() > 3 || s.chars().anyMatch(c -> "几数多".indexOf(c) >= 0)) {
            return -1;
        }
        String t = s.replace('两', '二');
        int ten = t.indexOf('十');
        if (ten >= 0 && t.indexOf('十', ten + 1) >= 0) {
            return -1;
        }
        if (ten < 0) {
            return t.length() == 1 ? digit(t.charAt(0)) : -1;
        }
        return cn(t);
    }

    private static int digit(char c) {
        return "〇一二三四五六七八九".indexOf(c == '零' ? '〇' : c);
    }
}
