package io.github.policyreport.internal.text;

import io.github.policyreport.model.Author;
import io.github.policyreport.model.PartialDate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication date, source outlet, authors and editors from normalized metadata text
 * (the lines between title and body, credit lines, {@code <meta>} values). Pure functions over
 * strings; offsets are not needed because metadata values are reported as strings.
 */
final class MetaReader {

    /** A wire dateline: 新华社北京3月5日电, (中央社记者张三高雄8日电), 中新网上海3月5日电. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[(\\[【]?\\s*(\\p{IsHan}{1,8}?(?:社|网|台|报))(?:记者\\s*[\\p{IsHan}·、 ]{2,20}?)?\\s*\\p{IsHan}{0,10}?"
                    + "(?:\\d{1,2}月)?\\d{1,2}日电");
    /** A reporter and a place run together in a dateline: 某某社记者王大明高雄8日电. */
    private static final Pattern DATELINE_REPORTER = Pattern.compile(
            "^[(\\[【]?\\s*\\p{IsHan}{1,8}?(?:社|网|台|报)记者\\s*(\\p{IsHan}{3,12}?)(?:\\d{1,2}月)?\\d{1,2}日电");
    /** An outlet after the date of a header line without a label: 2023-08-17 10:05·新华社. */
    private static final Pattern DATED_OUTLET = Pattern.compile("[·•|丨]\\s*+([\\p{IsHan}A-Za-z0-9]{2,16})$");
    /** A place in brackets after an outlet: 经济参考报(北京), 南方日报（广州）. */
    private static final Pattern OUTLET_PLACE = Pattern.compile("\\((\\p{IsHan}{2,4})\\)$");
    private static final Pattern MONTH_DAY_LEAD = Pattern.compile("^[(\\[【]?(?:本报讯|讯)?\\s*(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern SOURCE = Pattern.compile(
            "(?:信息来源|文章来源|新闻来源|本文来源|来源|来自|稿源|出处|转自|转载自)(?:\\s*+[:|丨]\\s*+|\\s++)([^\\s|丨,;]{2,30})");
    private static final Pattern TRAILING_SOURCE = Pattern.compile("[(\\[【]\\s*(?:来源|来自|稿源)\\s*[:]\\s*([^)\\]】]{2,30})[)\\]】]\\s*$");
    private static final Pattern NEWS_FLASH = Pattern.compile("^[【\\[(]\\s*([^】\\])]{2,20}?)讯\\s*[】\\])]");
    private static final Pattern VALUE_LABEL = Pattern.compile(
            "(发布时间|发布日期|发表时间|发稿时间|时间|日期|来源|来自|稿源|信息来源|文章来源|出处|转自|作者|发布者|编辑|责任编辑|责编)\\s*[:|丨]?\\s*$");
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?<![责任])(作者|撰稿|撰文)\\s*[:]\\s*");
    private static final Pattern ROLE = Pattern.compile(
            "(本报记者|特约记者|记者|通讯员|摄影|作者|撰稿|文字|图文|文图|文|图|摄)\\s*([/|丨:])?");
    private static final Pattern LEAD_CREDIT = Pattern.compile(
            "^(?:[【\\[(][^】\\])]{1,16}[】\\])]|[^\\s(\\[【,。]{0,12}?[讯电])?\\s*[(\\[【]\\s*"
                    + "((?:本报记者|特约记者|全媒体记者|记者|通讯员)[^)\\]】]{2,80})[)\\]】]");
    private static final Pattern AUTHOR_STOP = Pattern.compile("\\s{2,}|\\||(来源|发布|编辑|浏览|点击|时间|日期|分享|字号|阅读|责任)");
    private static final Pattern REPORTER_WORD = Pattern.compile("记者|通讯员|摄影");
    /** A reporter credited inside a header line, after a space or bar: … 来源:某某日报 记者 陈小明. */
    private static final Pattern HEADER_CREDIT = Pattern.compile(
            "(?:\\s|[|丨])((?:本报|特约)?记者|通讯员|撰稿|摄影)\\s*+:?\\s*+\\p{IsHan}");
    private static final Pattern EDITOR = Pattern.compile("(?:责任编辑|值班编辑|编辑|责编)\\s*[:]\\s*([^|,;:]{2,40})");
    /** A personal name: 2–5 Han characters, or a transliterated name with a middle dot (阿依古丽·买买提). */
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,5}|\\p{IsHan}{1,8}·\\p{IsHan}{1,8}(?:·\\p{IsHan}{1,8})?");
    private static final Set<String> NOT_NAMES = Set.of("本报", "记者", "通讯员", "摄影", "编辑", "作者", "来源", "发布",
            "本网", "本台", "新华社", "图片", "供图", "资料图", "网络", "实习生", "特约", "全媒体", "完", "待续", "试行",
            "客户端", "融媒体");
    /** The role word of a body byline, after an optional outlet (新华社记者, XX日报·客户端记者, 全媒体记者). */
    private static final Pattern BYLINE_ROLE = Pattern.compile("^[(\\[【]?\\s*[\\p{IsHan}·・]{0,16}?(?:记者|通讯员)");
    private static final Pattern BYLINE_SPLIT = Pattern.compile("[、,;\\s]+|记者|通讯员|摄影|实习生");
    /** The place a Taiwanese or Hong Kong byline reports from: 记者王小明/台北报导 (記者王小明／台北報導). */
    private static final Pattern REPORTED_FROM = Pattern.compile("\\s*/\\s*\\p{IsHan}{1,8}(?:报导|报道)\\s*$");
    /** A credit in brackets closing the last paragraph: …。（记者 张三） or …。（张三 李四）. */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "[。!?”\"]\\s*+[(（]\\s*+((?:记者|通讯员)?\\s*+[\\p{IsHan}·]{2,4}(?:[、\\s]++(?:记者|通讯员)?\\s*+[\\p{IsHan}·]{2,4}){0,3})\\s*+[)）]\\s*+$");

    private MetaReader() {
    }

    /** The first date (with time if given) in {@code text}, or null; see {@link MetaDates}. */
    static PartialDate date(String text) {
        return MetaDates.first(text);
    }

    /**
     * A month-day dateline at the start of the lead (12月14日上午, …) with the year taken from the
     * body: a plan-period sentence such as 今年是“十四五”开局之年. Null when the year is unknown.
     */
    static PartialDate datelineDate(String lead, String body) {
        Matcher m = MONTH_DAY_LEAD.matcher(lead);
        if (!m.find()) {
            return null;
        }
        Integer year = planYear(body);
        if (year == null) {
            return null;
        }
        try {
            return PartialDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The year named by a plan-period sentence (今年是“十四五”开局之年 → 2021), or null. */
    static Integer planYear(String body) {
        for (int i = body.indexOf("今年"); i >= 0; i = body.indexOf("今年", i + 2)) {
            Integer y = PlanPeriods.anchor(body, i + 2);
            if (y != null) {
                return y;
            }
        }
        return null;
    }

    /** The source outlet named by a 来源/来自 label in {@code text}, as {start, end} of the value, or null. */
    static int[] source(String text) {
        Matcher m = SOURCE.matcher(text);
        while (m.find()) {
            String v = m.group(1);
            if (!BlockClassifier.DATE_LINE.matcher(v).find() && !v.startsWith("http") && BlockClassifier.han(v) >= 2) {
                int end = m.end(1);
                // a value ends with a letter, a digit or a closing bracket, not with stray ? • or �
                while (end > m.start(1) + 2 && !Character.isLetterOrDigit(text.charAt(end - 1))
                        && ")]》」".indexOf(text.charAt(end - 1)) < 0) {
                    end--;
                }
                Matcher place = OUTLET_PLACE.matcher(text.substring(m.start(1), end));
                if (place.find() && place.start() >= 2 && Regions.lookup(place.group(1)) != null) {
                    end = m.start(1) + place.start(); // 中国经营报(北京): the bureau's city is not the outlet
                }
                return new int[] {m.start(1), end};
            }
        }
        return null;
    }

    /** The delivery date of a speech line (——2026年2月3日在…会议上), or null when the line is not one. */
    static PartialDate speechDate(String line, MetaWords words) {
        Matcher m = words.speech.matcher(line);
        return m.find() ? MetaDates.first(m.group(1)) : null;
    }

    /** The agency of a wire dateline at the start of the lead (新华社北京3月5日电), as {start, end}, or null. */
    static int[] datelineSource(String lead, MetaWords words) {
        Matcher m = DATELINE.matcher(lead.length() > 80 ? lead.substring(0, 80) : lead);
        return m.find() && !words.notOutlets.contains(m.group(1)) ? new int[] {m.start(1), m.end(1)} : null;
    }

    /** The outlet after the date of an unlabelled header line (2023-08-17 10:05·新华社), as {start, end}, or null. */
    static int[] datedOutlet(String line) {
        if (line.length() > 60 || !BlockClassifier.DATE_LINE.matcher(line).find()) {
            return null;
        }
        Matcher m = DATED_OUTLET.matcher(line);
        return m.find() && BlockClassifier.han(m.group(1)) >= 2 && Regions.lookup(m.group(1)) == null
                ? new int[] {m.start(1), m.end(1)} : null;
    }

    /** A trailing (来源:汉中发布) at the end of a paragraph, as {start, end} of the value, or null. */
    static int[] trailingSource(String paragraph) {
        Matcher m = TRAILING_SOURCE.matcher(paragraph);
        return m.find() ? new int[] {m.start(1), m.end(1)} : null;
    }

    /** 【西安日报讯】 at the start of the lead, as {start, end} of the outlet, or null. */
    static int[] newsFlashSource(String lead) {
        Matcher m = NEWS_FLASH.matcher(lead);
        if (m.find()) {
            String v = m.group(1).strip();
            if (!v.equals("本报") && !v.equals("本台") && !v.equals("本网") && !v.endsWith("本报")) {
                return new int[] {m.start(1), m.end(1)};
            }
        }
        return null;
    }

    /** Authors credited in a metadata line (作者:…) or a credit line (文/… 图/… 记者 …). */
    static List<Author> authors(String text) {
        String line = withoutPlace(text);
        Map<String, Author.Role> out = new LinkedHashMap<>();
        Matcher label = AUTHOR_LABEL.matcher(line);
        if (label.find()) {
            String rest = line.substring(label.end());
            Matcher stop = AUTHOR_STOP.matcher(rest);
            String value = stop.find() ? rest.substring(0, stop.start()) : rest;
            if (REPORTER_WORD.matcher(value).find()) {
                // 作者:记者 张伟 通讯员 李娜, 撰稿:张明 摄影:李华: the label is a role too
                credits(line.substring(label.start(), label.end()) + value, out);
            } else {
                names(value, Author.Role.AUTHOR, out);
            }
        } else if (BlockClassifier.CREDIT.matcher(line).find() || isByline(line)) {
            credits(line, out);
        } else {
            Matcher inline = HEADER_CREDIT.matcher(line);
            if (inline.find()) {
                // 2025-02-18 来源:某某日报 记者 陈小明: a reporter after the date or source of a header line
                String credit = line.substring(inline.start(1));
                Matcher stop = AUTHOR_STOP.matcher(credit);
                credits(stop.find(inline.end(1) - inline.start(1)) ? credit.substring(0, stop.start()) : credit, out);
            }
        }
        List<Author> list = new ArrayList<>();
        out.forEach((n, r) -> list.add(new Author(n, r)));
        return list;
    }

    private static void credits(String line, Map<String, Author.Role> out) {
        Matcher m = ROLE.matcher(line);
        List<int[]> marks = new ArrayList<>();
        List<Author.Role> roles = new ArrayList<>();
        while (m.find()) {
            String w = m.group(1);
            boolean slash = m.group(2) != null;
            // a bare 文/图/摄 only counts with a separator; 记者 and 通讯员 count anywhere
            if (!slash && (w.equals("文") || w.equals("图") || w.equals("摄") || w.equals("作者"))) {
                continue;
            }
            marks.add(new int[] {m.start(), m.end()});
            roles.add(role(w));
        }
        Author.Role carry = null;
        for (int i = 0; i < marks.size(); i++) {
            int from = marks.get(i)[1];
            int to = i + 1 < marks.size() ? marks.get(i + 1)[0] : line.length();
            String value = line.substring(from, to);
            // an organisation right before 记者 (文/西安报业全媒体记者关颖): the role of 文/ carries over
            if (i + 1 < marks.size() && roles.get(i + 1) == Author.Role.REPORTER && !value.isBlank()
                    && !value.contains(" ")) {
                carry = carry != null ? carry : roles.get(i);
                continue;
            }
            Author.Role r = carry != null ? carry : roles.get(i);
            carry = null;
            names(value, r, out);
        }
    }

    private static Author.Role role(String w) {
        return switch (w) {
            case "本报记者", "特约记者", "记者" -> Author.Role.REPORTER;
            case "通讯员" -> Author.Role.CORRESPONDENT;
            case "图", "摄", "摄影" -> Author.Role.PHOTOGRAPHER;
            default -> Author.Role.AUTHOR;
        };
    }

    private static void names(String value, Author.Role role, Map<String, Author.Role> out) {
        for (String token : joinSpacedNames(value.split("[\\s、,;/|和及与()\\[\\]【】]+"))) {
            String t = token.strip();
            Author.Role r = role;
            if (t.endsWith("摄") && t.length() >= 3) {
                t = t.substring(0, t.length() - 1);
                r = Author.Role.PHOTOGRAPHER;
            }
            if (t.endsWith("报道") || t.endsWith("报导")) {
                t = t.substring(0, t.length() - 2);
            }
            if (NAME.matcher(t).matches() && !NOT_NAMES.contains(t) && (t.length() <= 4 || t.indexOf('·') > 0)) {
                out.putIfAbsent(t, r);
            }
        }
    }

    /** Two-character names padded to three cells (方  敏) are one name: two single characters in a row join. */
    private static List<String> joinSpacedNames(String[] tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i].strip();
            if (t.length() == 1 && i + 1 < tokens.length && tokens[i + 1].strip().length() == 1) {
                t = t + tokens[++i].strip();
            }
            out.add(t);
        }
        return out;
    }

    /** Authors credited in parentheses at the start of the lead: 本报讯(记者 张三 通讯员 李四)6月5日,…. */
    static List<Author> leadCredits(String lead) {
        Matcher m = LEAD_CREDIT.matcher(lead);
        if (!m.find()) {
            return datelineReporter(lead);
        }
        Map<String, Author.Role> out = new LinkedHashMap<>();
        credits(m.group(1), out);
        List<Author> list = new ArrayList<>();
        out.forEach((n, r) -> list.add(new Author(n, r)));
        return list;
    }

    /**
     * The reporter inside a wire dateline, where name and place run together:
     * (某某社记者王大明高雄8日电). The name is the 2–4 characters before a place the gazetteer knows.
     */
    private static List<Author> datelineReporter(String lead) {
        Matcher m = DATELINE_REPORTER.matcher(lead.length() > 60 ? lead.substring(0, 60) : lead);
        if (!m.find()) {
            return List.of();
        }
        String run = m.group(1);
        for (int k = 2; k <= 4 && k < run.length(); k++) {
            if (Regions.lookup(run.substring(k)) != null && !NOT_NAMES.contains(run.substring(0, k))) {
                return List.of(new Author(run.substring(0, k), Author.Role.REPORTER));
            }
        }
        return List.of();
    }

    /**
     * Whether a short line is a byline of names after an outlet and a role: 新华社记者张三、李四,
     * XX日报·客户端记者 王五, XX日报全媒体记者 张三 通讯员 李四, (记者 赵六). Every token after the
     * first role word must be a name.
     */
    /** The line without the place a byline reports from (记者王小明/台北报导 → 记者王小明). */
    private static String withoutPlace(String line) {
        return line.indexOf('报') >= 0 ? REPORTED_FROM.matcher(line).replaceFirst("") : line; // cheap test first
    }

    static boolean isByline(String byline) {
        String line = withoutPlace(byline);
        if (line.length() > 48 || line.indexOf('。') >= 0 || !(line.contains("记者") || line.contains("通讯员"))) {
            return false; // no role word: BYLINE_ROLE cannot match
        }
        Matcher m = BYLINE_ROLE.matcher(line);
        if (!m.find()) {
            return false;
        }
        String rest = line.substring(m.end()).replaceAll("[)\\]】]\\s*$", "");
        int names = 0;
        for (String t : joinSpacedNames(BYLINE_SPLIT.split(rest.strip()))) {
            if (t.isEmpty()) {
                continue;
            }
            // 2–3 characters, or a transliterated name with · (four plain characters are more often words)
            if (!NAME.matcher(t).matches() || (t.length() > 3 && t.indexOf('·') < 0) || NOT_NAMES.contains(t)) {
                return false;
            }
            names++;
        }
        return names > 0;
    }

    /** Authors credited in brackets at the very end of the body: …。（记者 张三）. */
    static List<Author> trailingCredits(String lastParagraph) {
        Matcher m = TRAILING_CREDIT.matcher(lastParagraph);
        if (!m.find()) {
            return List.of();
        }
        Map<String, Author.Role> out = new LinkedHashMap<>();
        String v = m.group(1);
        if (REPORTER_WORD.matcher(v).find()) {
            credits(v, out);
        } else {
            names(v, Author.Role.REPORTER, out);
        }
        List<Author> list = new ArrayList<>();
        out.forEach((n, r) -> list.add(new Author(n, r)));
        return list;
    }

    /** Editors named in a line (责任编辑:李欢颜). */
    static List<String> editors(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = EDITOR.matcher(line);
        while (m.find()) {
            for (String t : m.group(1).split("[\\s、,()\\[\\]【】]+")) {
                if (NAME.matcher(t).matches() && t.length() <= 4 && !NOT_NAMES.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Whether a metadata line ends with a label whose value is on the next line (来源:). */
    static boolean endsWithLabel(String line) {
        return VALUE_LABEL.matcher(line).find();
    }
}
