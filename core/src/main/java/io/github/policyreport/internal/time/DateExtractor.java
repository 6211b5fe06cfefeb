package io.github.policyreport.internal.time;

import io.github.policyreport.internal.WordTrie;

import static io.github.policyreport.internal.time.DateNumerals.lunarDay;
import static io.github.policyreport.internal.time.DateNumerals.eraPart;
import static io.github.policyreport.internal.time.DateNumerals.decade;
import static io.github.policyreport.internal.time.DateNumerals.digit;
import static io.github.policyreport.internal.time.DateNumerals.weekday;
import static io.github.policyreport.internal.time.DateNumerals.num;
import static io.github.policyreport.internal.time.DateNumerals.opt;
import static io.github.policyreport.internal.time.DateNumerals.cnYear;
import static io.github.policyreport.internal.time.DateNumerals.cn;
import static io.github.policyreport.internal.time.DateNumerals.count;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds date expressions in normalized text (half-width digits, Simplified date words; see
 * {@link io.github.policyreport.internal.text.Normalizer}) without deciding what they mean. Each alternative names the
 * characters it can start with; a scan jumps to such characters and tries only the alternatives
 * that can start there, in their order. Every alternative is of bounded length, so a scan is
 * linear in the text. Immutable and thread-safe.
 */
final class DateExtractor {


    private static final String SP = "[ \\t]?";
    /** The characters {@link #SP} matches. */
    private static final String SPACE = " \t";
    private static final String DIGITS = "0123456789";
    private static final String CN_DIGIT_CHARS = "〇零一二三四五六七八九";
    private static final String CN_COUNT_CHARS = "一二两三四五六七八九十几数多";
    /** 民國 1 is 1912. */
    private static final int MINGUO = 1911;
    private static final String TO = SP + "[-—–~至到]" + SP;
    private static final String NUM2 = "[0-9]{1,2}";
    /** 初 of 初步, 初期 … is not the start of a month or year. */
    private static final String NOT_INITIAL = "(?!(?<=初)[步期次心具级稿赛])";
    private static final String MONTH_SUFFIX = "(?:初|底|末|中旬|上旬|下旬|份)?" + NOT_INITIAL;
    /** Parts of a day; 晚 and 早 alone only before an hour (晚8点). */
    private static final String DAY_PARTS = "上午|下午|晚上|晚间|凌晨|早上|中午|傍晚|晚(?=[0-9])|早(?=[0-9])";
    private static final String DAY_PART = "(?:" + SP + "(?:" + DAY_PARTS + "))?";
    /**
     * 年中 (and 中 after a year) is mid-year only where no word goes on (2023年中国 is 2023 and 中国)
     * and no count of years stands before it (一年中, 全年中 are "within a year").
     */
    private static final String MID_YEAR_GUARD = "(?!(?<=中)\\p{IsHan})(?<![全一每多两几半百千十同当这]年中)";
    /** 初 / 中期 / 末 of a decade or century. */
    private static final String ERA_PART = "(?<p>初期|中期|末期|后期|前期|初|中叶|末|上半叶|下半叶)?";
    private static final String CN_DIGIT = "[〇零一二三四五六七八九]";
    private static final String CN_MONTH = "十[一二]?|[一二三四五六七八九]";
    private static final String CN_DAY = "三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]";
    private static final String CN_COUNT = "[一二两三四五六七八九十几数多]{1,3}";
    private static final String LUNAR_DAY = "初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?";
    /** What after N日 makes it a length or a count, not a day of the month (30日内, 二十日后). */
    private static final String NOT_DAY_AFTER = "(?!内|以内|以来|来|间|之内|多|半|左右|以上)";

    /**
     * Characters one of which stands near the start of every expression not starting with a digit;
     * the rule words add their own (their last character within reach).
     */
    private static final String UNITS = "年月日号天周季期五个星时纪代初廿十";
    private static final int UNIT_REACH = 8;
    /** Characters that may start a number or a count (九八年, “十四五”, 近三年, 前4个月). */
    private static final String NUMERAL_STARTS = DIGITS + CN_DIGIT_CHARS + CN_COUNT_CHARS + "“\"「『近连过最未前后长历累";
    /** Word starts of the alternatives that are no rule-file word (中华民国, 上世纪, 农历, 正月 …). */
    private static final List<String> WORD_PREFIXES = List.of("中华民国", "民国", "上世纪", "本世纪", "农历", "阴历", "夏历",
            "正月", "腊月", "冬月");

    private final Rules rules;
    /** The alternatives to try by the character at a position (at a number, after it). */
    private final Dispatch.Table table;
    private final boolean[] units;
    /** Bit c set: character c starts only words (今, 上, 春 …), not numbers. */
    private final BitSet wordsOnly = new BitSet();
    /** The words those characters start. */
    private final WordTrie words;

    private static String firstChars(Collection<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    DateExtractor(Rules rules) {
        this.rules = rules;
        List<String> partAfterYear = new ArrayList<>();
        for (String w : rules.yearParts.keySet()) {
            partAfterYear.add(w);
            if (w.startsWith("年") && w.length() > 1) {
                partAfterYear.add(w.substring(1));
            }
        }
        String parts = "(?:" + alternation(partAfterYear) + ")" + NOT_INITIAL + MID_YEAR_GUARD;
        String alone = "(?:" + alternation(rules.yearParts.keySet()) + ")" + NOT_INITIAL + MID_YEAR_GUARD;
        final String D = DIGITS; // short, for the table below
        List<Dispatch.Alt> alts = List.of(
                // 2022-1-14 17:50, 2022.3.5, 2024/05/23 09:37:04
                Dispatch.alt(D, "-/.", "(?<![0-9.])(?<iy>[0-9]{4})(?<isep>[-/.])(?<im>" + NUM2 + ")\\k<isep>(?<id>" + NUM2 + ")(?![0-9])"
                        + "(?:(?:T|[ \\t]{1,2})(?<ih>" + NUM2 + "):(?<imi>[0-9]{2})(?::[0-9]{2})?(?![0-9]))?"),
                // 20230415, 2023 04 15: eight digits, or spaced, only as a valid date in the years that
                // text.Years accepts (1900-2100): no 年 says the first four digits are a year
                Dispatch.alt(D, "(?<![0-9A-Za-z.\\-/])(?<xy>(?:19|20)[0-9]{2}|2100)(?<xs> ?)(?<xm>0[1-9]|1[0-2])\\k<xs>"
                        + "(?<xd>0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z.\\-/%])"),
                // 1990年代
                Dispatch.alt(D, "年", "(?<![0-9])(?<d4>1[0-9]{2}0|20[0-9]0)年代" + ERA_PART.replace("<p>", "<d4p>")),
                // 2014-2016年, 2021年至2025年
                Dispatch.alt(D, SPACE + "年-—–~至到", "(?<![0-9])(?<ry>[0-9]{4})" + SP + "(?:年" + SP + ")?[-—–~至到]" + SP + "(?<ry2>[0-9]{4})" + SP + "年"
                        + "(?!" + SP + NUM2 + SP + "月)"),
                // 2021年12月31日 15:38, 2015年4月, 2020年, 2022年1-4月, 2021年上半年, 2021年底, 2012年的10月30日
                Dispatch.alt(D, SPACE + "年", "(?<![0-9])(?<cy>[0-9]{4})" + SP + "年" + tail("c", parts)),
                // 民國103年, 民国103年5月
                Dispatch.alt("中民", "(?:中华)?民国(?<qy>[0-9]{1,3})" + SP + "年" + tail("q", parts)),
                // 16年5月8日 (a month follows), 07年 (a leading zero)
                Dispatch.alt(D, "年", "(?<![0-9.])(?<uy>[0-9]{2})年(?=" + SP + NUM2 + SP + "月)" + tail("u", parts)),
                Dispatch.alt(D, "年", "(?<![0-9.])(?<tz>0[0-9])年(?![0-9来以内间多半前后之])"),
                // 九八年: two Chinese digits that are no count (三五年 is three to five years)
                Dispatch.alt(CN_DIGIT_CHARS, "(?<![〇零一二三四五六七八九十])(?<tc>" + CN_DIGIT + "{2})年(?![来以内间多半前后之])"),
                // 二〇二一年十二月
                Dispatch.alt(CN_DIGIT_CHARS, "(?<ny>" + CN_DIGIT + "{4})年(?:(?<nm>" + CN_MONTH + ")月(?:(?<nd>" + CN_DAY + ")[日号])?)?"),
                // 上世纪九十年代, 20世纪80年代初, 21世纪
                Dispatch.alt("上本二十" + D, "世", "(?<![0-9])(?<ce>上|本|[0-9]{2}|二十一|二十|十九|十八)世纪(?:(?<cdec>[1-9]0|[一二三四五六七八九]十)年代)?"
                        + ERA_PART.replace("<p>", "<cep>")),
                // 八十年代, 90年代中期
                Dispatch.alt(D + "一二三四五六七八九", "年", "(?<![0-9〇零一二三四五六七八九十])(?<de>[1-9]0|[一二三四五六七八九]十)年代" + ERA_PART.replace("<p>", "<dep>")),
                // 农历正月初五, 腊月廿三
                Dispatch.alt("农阴夏正腊冬十一二三四五六七八九", "(?:农历|阴历|夏历)?(?<lm>正|腊|冬|十[一二]?|[一二三四五六七八九])月(?<ld>" + LUNAR_DAY
                        + ")(?![日号一二三四五六七八九十])"),
                // 农历三十, 农历初一: a lunar day without its month
                Dispatch.alt("农阴夏", "(?:农历|阴历|夏历)(?<lo>" + LUNAR_DAY + ")(?![日号月一二三四五六七八九十])"),
                // 春节, 中秋节, 冬至
                Dispatch.alt(firstChars(rules.festivals.keySet()), "(?<fw>" + alternation(rules.festivals.keySet()) + ")"),
                // 今年8月初, 去年, 今年上半年, 这一年
                Dispatch.alt(firstChars(rules.relativeYears.keySet()), "(?<rw>" + alternation(rules.relativeYears.keySet()) + ")" + tail("r", parts)),
                // 昨天, 上周三, 下个月, 上季度, 周五
                Dispatch.alt(firstChars(rules.relativeDays.keySet()), "(?<!每)(?<dw>" + alternation(rules.relativeDays.keySet()) + ")(?<wd>[一二三四五六日天1-7])?" + DAY_PART),
                // 十四五, “十四五”开局之年, 十四五末
                Dispatch.alt("“\"「『十", "(?<![一二三四五六七八九十])(?:[“\"「『](?=十))?(?<pn>" + alternation(rules.planPeriods.keySet()) + ")[”\"」』]?"
                        + "(?:(?:规划|时期)?的?(?<pp>" + alternation(rules.planParts.keySet()) + ")|时期|期间)?"),
                // 1-4月
                Dispatch.alt(D, SPACE + "-—–~至到", "(?<![0-9年.])(?<mr1>" + NUM2 + ")" + TO + "(?<mr2>" + NUM2 + ")" + SP + "月" + MONTH_SUFFIX),
                // 3月30日, 12月14日上午, 9月底, 5月11-17日
                Dispatch.alt(D, SPACE + "月", "(?<![0-9年.])(?<mm>" + NUM2 + ")" + SP + "月" + dayTail("m")),
                // 十二月十四日, 三月份
                Dispatch.alt("十一二三四五六七八九", "(?<![〇零一二三四五六七八九十])(?<km>" + CN_MONTH + ")月(?:(?<kd>" + CN_DAY + ")[日号]|(?:初|底|末|中旬|上旬|下旬|份))"),
                // 28日, 9号下午, 18日14时14分: a day of the month alone, never a length (30日内)
                Dispatch.alt(D, SPACE + "日号", "(?<![0-9年月.第每〕\\]])(?<dd>" + NUM2 + ")" + SP + "(?:日|号(?=[,，。;；、 \\t\\n]|" + DAY_PARTS + "|[0-9]))"
                        + NOT_DAY_AFTER + hour("dd")),
                // 二十八日, 三十日上午: a day from 十一 to 三十一 in Chinese numerals, never a length (为期二十日, 二十日后)
                Dispatch.alt("十二三", "(?<![〇零一二三四五六七八九十两几数月第每前近后续过达期满约余历共计])(?<cd>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九])日"
                        + NOT_DAY_AFTER + "(?![前后之游制])" + hour("cd")),
                // 04-15 (zero-padded), 4·15: a month and day in digits
                Dispatch.alt(D, "-", "(?<![0-9.\\-/])(?<pm>0[1-9]|1[0-2])-(?<pd>0[1-9]|[12][0-9]|3[01])(?![0-9\\-/.%])"),
                Dispatch.alt(D, "·•", "(?<![0-9.])(?<sm>1[0-2]|[1-9])[·•](?<sd>[12][0-9]|3[01]|[1-9])(?![0-9.])"),
                // 12时48分: a time of day alone
                Dispatch.alt(D, "时点", "(?<![0-9日号:.])(?<hh>" + NUM2 + ")[时点](?<hmi>[0-9]{1,2})分"),
                // 上半年, 一季度, 年底
                Dispatch.alt(firstChars(rules.yearParts.keySet()), "(?<![0-9今去明本上当同次翌年])(?<yp>" + alone + ")"),
                // 近日, 同日, 近年来, 当天下午
                Dispatch.alt(firstChars(rules.vague.keySet()), "(?<![0-9一二三四五六七八九十])(?<vw>" + alternation(rules.vague.keySet()) + ")" + DAY_PART),
                // 8天后, 3个月后, 两年前
                Dispatch.alt(D + CN_COUNT_CHARS, SPACE + "天日周个年", "(?<![0-9])(?<an>[0-9]{1,3}|" + CN_COUNT + ")" + SP + "(?<au>天|日|周|个星期|个月|年)(?<ab>之后|以后|后|之前|以前|前(?!往|来|夕|期))"),
                // 近三年, 连续10年, 5年, 3个月
                Dispatch.alt(D + CN_COUNT_CHARS + "近连过最未前后长历累", SPACE + "个多年周天日小", "(?<![0-9])(?<dq>近|连续|过去|最近|未来|前|后|长达|历时|累计)?(?<dn>[0-9]{1,2}|" + CN_COUNT + ")" + SP
                        + "个?多?(?<du>年|个月|周|个星期|天|日|小时)(?<ds>以来|之内|以内|来|间|内|多|半)?"));
        this.table = new Dispatch.Table(alts);
        this.units = new boolean[Character.MAX_VALUE + 1];
        for (char c : UNITS.toCharArray()) {
            units[c] = true;
        }
        for (Collection<String> words : List.of(rules.relativeYears.keySet(), rules.yearParts.keySet(),
                rules.planPeriods.keySet(), rules.vague.keySet(), rules.relativeDays.keySet(),
                rules.festivals.keySet())) {
            for (String w : words) {
                units[w.charAt(Math.min(w.length(), UNIT_REACH) - 1)] = true;
            }
        }
        // a character that starts only words (今, 上, 春 …) is tried only where one of them stands
        List<String> prefixes = new ArrayList<>();
        List<String> all = new ArrayList<>(WORD_PREFIXES);
        for (Collection<String> words : List.of(rules.relativeYears.keySet(), rules.yearParts.keySet(),
                rules.vague.keySet(), rules.relativeDays.keySet(), rules.festivals.keySet())) {
            all.addAll(words);
        }
        for (String w : all) {
            if (NUMERAL_STARTS.indexOf(w.charAt(0)) < 0) {
                prefixes.add(w);
                wordsOnly.set(w.charAt(0));
            }
        }
        this.words = WordTrie.of(prefixes);
    }

    /** Whether one of the words that {@code c} starts stands at {@code at} (true when {@code c} starts numbers too). */
    private boolean wordAt(String text, int at, char c) {
        return !wordsOnly.get(c) || words.longestAt(text, at, text.length()) > 0;
    }

    private static String tail(String g, String parts) {
        return "(?:(?:的|" + SP + ")(?<" + g + "m1>" + NUM2 + ")" + TO + "(?<" + g + "m2>" + NUM2 + ")" + SP + "月" + MONTH_SUFFIX
                + "|(?:的|" + SP + ")(?<" + g + "m>" + NUM2 + ")" + SP + "月" + dayTail(g)
                + "|(?<" + g + "p>" + parts + "))?";
    }

    private static String dayTail(String g) {
        return "(?:" + SP + "(?<" + g + "d1>" + NUM2 + ")" + SP + "(?:[日号]" + SP + ")?[-—–~至到]" + SP
                + "(?<" + g + "d2>" + NUM2 + ")" + SP + "[日号]"
                + "|" + SP + "(?<" + g + "d>" + NUM2 + ")" + SP + "[日号]" + hour(g)
                + "|" + MONTH_SUFFIX + ")";
    }

    /**
     * After a day: its part (group {@code g}p: 下午, 晚) and a time, with minutes (15:30, 9时30分,
     * groups {@code g}h and {@code g}i) or an hour alone (上午9时, 晚8点).
     */
    private static String hour(String g) {
        return "(?:" + SP + "(?<" + g + "dp>" + DAY_PARTS + "))?"
                + "(?:[ \\t]{0,2}(?<" + g + "h>2[0-3]|[01]?[0-9])(?![0-9])(?:" + SP + "[:时点]" + SP + "(?<" + g + "i>[0-9]{2})分?|[时点](?![0-9])))?";
    }

    /** The hour on a 24-hour clock: 下午3时 is 15 h; -1 without one. */
    private static int clock(Dispatch.Hit m, String g) {
        int h = opt(m.group(g + "h"));
        String part = m.group(g + "dp");
        boolean afternoon = part != null && (part.startsWith("下") || part.startsWith("晚") || part.startsWith("傍"));
        return afternoon && h >= 1 && h < 12 ? h + 12 : h;
    }

    /** The minutes after an hour: 0 for an hour alone, -1 without an hour. */
    private static int minutes(Dispatch.Hit m, String g) {
        return m.group(g + "h") == null ? -1 : m.group(g + "i") == null ? 0 : num(m.group(g + "i"));
    }

    private static String alternation(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** A scanner of {@code folded}, normalized text, for {@link Scanner#extract}. */
    Scanner scanner(String folded) {
        return new Scanner(Objects.requireNonNull(folded, "folded"));
    }

    /**
     * The extractor on one text: each rule's matcher is made on the first expression that may start
     * with it and bound to the text for every later range, so a page's paragraphs share them. Mutable:
     * one per text and thread.
     */
    final class Scanner {

        private final String text;
        private final Matcher[] bound = new Matcher[table.size()];

        private Scanner(String text) {
            this.text = text;
        }

        /** The expressions in {@code [from, to)} of the text, in order, offsets into the text. */
        List<Expr> extract(int from, int to) {
            return DateExtractor.this.extract(text, from, to, bound);
        }
    }

    private List<Expr> extract(String folded, int from, int to, Matcher[] bound) {
        List<Expr> out = new ArrayList<>();
        int i = from;
        int unit = from - 1; // the first unit character at or after the last word start asked, or to
        while (i < to) {
            char c = folded.charAt(i);
            Dispatch.Rule rule;
            if (isDigit(c)) {
                rule = table.atDigits(folded, i, to);
            } else {
                rule = table.first(c);
                if (rule != null && c > '9') {
                    if (unit < i) {
                        unit = nextUnit(folded, i, to);
                    }
                    // every expression that does not start with a digit has a unit character near its start
                    if (unit >= Math.min(to, i + UNIT_REACH) || !wordAt(folded, i, c)) {
                        rule = null;
                    }
                }
            }
            if (rule == null) {
                i++;
                continue;
            }
            Matcher m = bound[rule.id()];
            if (m == null) {
                m = rule.pattern().matcher(folded);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                bound[rule.id()] = m;
            }
            m.region(i, to);
            if (m.lookingAt() && m.end() > i) {
                Dispatch.Hit h = new Dispatch.Hit(m, rule.groups());
                Expr e = read(h);
                if (e instanceof Expr.Calendar cal && cal.month() != 0 && cal.day() == 0 && !cal.isRange()) {
                    e = monthPart(cal, m.group());
                }
                if (e instanceof Expr.Plan p && p.part() == 0 && folded.startsWith("规划", m.end())) {
                    e = null; // “十四五”规划: the name of a plan, not its years
                }
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

    /** The rules to try, by the character at a position. */
    Dispatch.Table table() {
        return table;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The offset of the first unit character (年, 月, 季, 五 of 十四五 …) in {@code [at, to)}, or
     * {@code to}. A scan asks again only past it, so it reads each character once.
     */
    private int nextUnit(String text, int at, int to) {
        int i = at;
        while (i < to && !units[text.charAt(i)]) {
            i++;
        }
        return i;
    }

    private Expr read(Dispatch.Hit m) {
        int s = m.start();
        int e = m.end();
        if (m.group("iy") != null) {
            return Expr.calendar(s, e, Expr.YearSource.EXPLICIT, num(m.group("iy")), num(m.group("im")),
                    num(m.group("id")), opt(m.group("ih")), opt(m.group("imi")), 0, 0, 0);
        }
        if (m.group("xy") != null) {
            return Expr.calendar(s, e, Expr.YearSource.EXPLICIT, num(m.group("xy")), num(m.group("xm")),
                    num(m.group("xd")), -1, -1, 0, 0, 0);
        }
        if (m.group("d4") != null) {
            int y = num(m.group("d4"));
            return Expr.era(s, e, Expr.YearSource.EXPLICIT, y / 100 + 1, y % 100, eraPart(m.group("d4p")));
        }
        if (m.group("ry") != null) {
            return Expr.calendar(s, e, Expr.YearSource.EXPLICIT, num(m.group("ry")), 0, 0, -1, -1,
                    num(m.group("ry2")), 0, 0);
        }
        if (m.group("cy") != null) {
            return withTail(m, "c", s, e, Expr.YearSource.EXPLICIT, num(m.group("cy")));
        }
        if (m.group("qy") != null) {
            return withTail(m, "q", s, e, Expr.YearSource.EXPLICIT, num(m.group("qy")) + MINGUO);
        }
        if (m.group("uy") != null) {
            return withTail(m, "u", s, e, Expr.YearSource.TWO_DIGIT, num(m.group("uy")));
        }
        if (m.group("tz") != null) {
            return Expr.calendar(s, e, Expr.YearSource.TWO_DIGIT, num(m.group("tz")), 0, 0, -1, -1, 0, 0, 0);
        }
        if (m.group("tc") != null) {
            String g = m.group("tc");
            int a = digit(g.charAt(0));
            int b = digit(g.charAt(1));
            // 三五年, 七八年: rising digits count years (three to five); 九八年, 〇七年 are years
            return a != 0 && b > a ? Expr.duration(s, e)
                    : Expr.calendar(s, e, Expr.YearSource.TWO_DIGIT, a * 10 + b, 0, 0, -1, -1, 0, 0, 0);
        }
        if (m.group("ce") != null) {
            String c = m.group("ce");
            int decade = m.group("cdec") == null ? -1 : decade(m.group("cdec"));
            char part = eraPart(m.group("cep"));
            return switch (c) {
                case "上" -> Expr.era(s, e, Expr.YearSource.REFERENCE, -1, decade, part);
                case "本" -> Expr.era(s, e, Expr.YearSource.REFERENCE, 0, decade, part);
                default -> Expr.era(s, e, Expr.YearSource.EXPLICIT,
                        Character.isDigit(c.charAt(0)) ? num(c) : cn(c), decade, part);
            };
        }
        if (m.group("de") != null) {
            return Expr.era(s, e, Expr.YearSource.NONE, 0, decade(m.group("de")), eraPart(m.group("dep")));
        }
        if (m.group("lm") != null) {
            String mo = m.group("lm");
            String d = m.group("ld");
            int month = mo.equals("正") ? 1 : mo.equals("冬") ? 11 : mo.equals("腊") ? 12 : cn(mo);
            int day = lunarDay(d);
            boolean lunar = m.group().startsWith("农历") || m.group().startsWith("阴历") || m.group().startsWith("夏历")
                    || month != cn(mo) || d.startsWith("初") || d.startsWith("廿");
            return lunar ? Expr.lunar(s, e, Expr.YearSource.NONE, 0, month, day, 'L')
                    : Expr.calendar(s, e, Expr.YearSource.NONE, 0, month, day, -1, -1, 0, 0, 0);
        }
        if (m.group("fw") != null) {
            Rules.Festival f = rules.festivals.get(m.group("fw"));
            return Expr.lunar(s, e, Expr.YearSource.NONE, 0, f.a(), f.b(), f.kind());
        }
        if (m.group("dw") != null) {
            Rules.RelativeDay r = rules.relativeDays.get(m.group("dw"));
            String wd = m.group("wd");
            boolean weekWord = r.unit() == 'W' || r.unit() == 'w';
            if (wd != null && weekWord) {
                return Expr.relative(s, e, r.offset(), r.unit(), weekday(wd.charAt(0)));
            }
            if (r.unit() == 'w') {
                return null; // 周, 星期 without a weekday: 周年, 周边
            }
            return Expr.relative(s, wd == null ? e : m.start("wd"), r.offset(), r.unit(), 0);
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
        if (m.group("dd") != null) {
            return Expr.day(s, e, num(m.group("dd")), clock(m, "dd"), minutes(m, "dd"));
        }
        if (m.group("cd") != null) {
            return Expr.day(s, e, cn(m.group("cd")), clock(m, "cd"), minutes(m, "cd"));
        }
        if (m.group("lo") != null) {
            return Expr.lunar(s, e, Expr.YearSource.NONE, 0, 0, lunarDay(m.group("lo")), 'L');
        }
        if (m.group("pm") != null || m.group("sm") != null) {
            boolean padded = m.group("pm") != null;
            return Expr.calendar(s, e, Expr.YearSource.NONE, 0, num(m.group(padded ? "pm" : "sm")),
                    num(m.group(padded ? "pd" : "sd")), -1, -1, 0, 0, 0);
        }
        if (m.group("hh") != null) {
            return Expr.day(s, e, 0, num(m.group("hh")), num(m.group("hmi")));
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
            return n < 0 ? Expr.duration(s, e) : Expr.after(s, e, m.group("ab").endsWith("前") ? -n : n, unit);
        }
        // 前4个月: the first months of the year, a statistics period
        int months = m.group("du").equals("个月") && "前".equals(m.group("dq")) && m.group("ds") == null
                ? count(m.group("dn")) : -1;
        if (months >= 1 && months <= 12) {
            return Expr.calendar(s, e, Expr.YearSource.NONE, 0, 1, 0, -1, -1, 0, months, 0);
        }
        // a duration; N日 alone is a day of the month, not a duration
        if (m.group("du").equals("日") && m.group("dq") == null && m.group("ds") == null) {
            return null;
        }
        return Expr.duration(s, e);
    }

    private Expr withTail(Dispatch.Hit m, String g, int s, int e, Expr.YearSource src, int year) {
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

    private static Expr monthDay(Dispatch.Hit m, String g, int s, int e, Expr.YearSource src, int year, int month) {
        if (m.group(g + "d1") != null) {
            return Expr.calendar(s, e, src, year, month, num(m.group(g + "d1")), -1, -1, 0, 0, num(m.group(g + "d2")));
        }
        int day = m.group(g + "d") == null ? 0 : num(m.group(g + "d"));
        return Expr.calendar(s, e, src, year, month, day, clock(m, g), minutes(m, g), 0, 0, 0);
    }

    /** 上旬, 中旬, 下旬 as a part of the month; other endings leave it whole. */
    private static Expr monthPart(Expr.Calendar e, String text) {
        if (text.endsWith("上旬")) {
            return e.withPart('上');
        }
        if (text.endsWith("中旬")) {
            return e.withPart('中');
        }
        return text.endsWith("下旬") ? e.withPart('下') : e;
    }
}
