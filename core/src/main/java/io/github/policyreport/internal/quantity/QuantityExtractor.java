package io.github.policyreport.internal.quantity;

import io.github.policyreport.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quantity mentions in normalized text (Simplified, half-width; see
 * {@link io.github.policyreport.internal.text.Normalizer}): the number,
 * its unit, the qualifier words around it, ranges, ranks and percent words, and drops what is no
 * quantity (dates, durations, list markers, identifiers, slogans, lexicalised numerals).
 *
 * <p>One left-to-right pass; every failed attempt skips the whole numeral run, and every look
 * around a number is bounded, so the work is linear in the input.
 */
final class QuantityExtractor {


    private QuantityExtractor() {
    }

    /** Mentions in {@code [from, to)} of the normalized text {@code t}, in order. */
    static List<RawMention> find(Rules rules, String t, int from, int to) {
        List<RawMention> out = new ArrayList<>();
        Scan s = new Scan(rules, t, from, to);
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            boolean start = Numerals.ascii(c) || Numerals.chinese(c) || c == '第'
                    || ((c == '首' || c == '半' || c == '前' || c == '打') && wordStart(t, i, to));
            if (!start) {
                i++;
                continue;
            }
            s.reset();
            int next = s.at(i);
            if (s.found != null) {
                out.add(s.found);
            }
            i = Math.max(i + 1, next);
        }
        return out;
    }

    /** Whether 首位, 半成, 前N or 打对折 starts at {@code i}. */
    private static boolean wordStart(String t, int i, int to) {
        char n = i + 1 < to ? t.charAt(i + 1) : '\0';
        return switch (t.charAt(i)) {
            case '首' -> n == '位';
            case '半' -> n == '成';
            case '前' -> Numerals.ascii(n) || Numerals.chinese(n);
            default -> t.startsWith("对折", i + 1);
        };
    }

    static boolean clausePunct(char c) {
        return c == ',' || c == '。' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == '、';
    }

    /** Attempts at positions of one range, one at a time ({@link #reset} before each). */
    private static final class Scan extends Runs {
        RawMention found;
        /** Composed parts, currency and denominator of the mention being finished. */
        private BigDecimal plus = BigDecimal.ZERO;
        private String currency;
        private String per;
        private boolean loose;

        Scan(Rules rules, String t, int from, int to) {
            super(rules, t, from, to);
        }

        /** Forgets the last attempt. */
        void reset() {
            found = null;
            plus = BigDecimal.ZERO;
            currency = null;
            per = null;
            loose = false;
        }

        /** Tries a mention at {@code i}; returns where scanning resumes. */
        int at(int i) {
            char c = t.charAt(i);
            if (c == '第') {
                return rank(i);
            }
            if (c == '首') {
                if (rankVerbBefore(i)) {
                    found = new RawMention(i, i + 2, i, i + 2, "1", null, null, null, null, null,
                            RawMention.Form.RANK, false, false);
                }
                return i + 2;
            }
            if (c == '前') {
                return rankFront(i);
            }
            if (c == '打') {
                return finish(i, i + 1, i + 3, "五", null, null, RawMention.Form.DISCOUNT);
            }
            if (c == '半') {
                // 半成: half a tenth
                if (rules.tenthsBlocked(ch(i + 2))) {
                    return i + 2;
                }
                plus = new BigDecimal("0.5");
                return finish(i, i, i + 2, "零", null, null, RawMention.Form.TENTHS);
            }
            if (rules.lexicalWordAt(t, i)) {
                return runEnd(i);
            }
            if ("壹贰叁叄參肆伍陆柒捌玖".indexOf(c) >= 0 && runEnd(i) == i + 1 && ch(i + 1) != '元') {
                // a lone financial digit is a name (陆家嘴, 伍先生) unless it writes an amount (伍元)
                return i + 1;
            }
            if (t.startsWith("百分之", i) || t.startsWith("千分之", i)) {
                int s = i + 3;
                int e = runEnd(s);
                if (e == s || Numerals.parse(t.substring(s, e)) == null) {
                    return Math.max(e, s);
                }
                RawMention.Form f = c == '百' ? RawMention.Form.PERCENT_WORD : RawMention.Form.PER_MILLE_WORD;
                return finish(i, s, e, t.substring(s, e), null, null, f);
            }
            int j = runEnd(i);
            if (j - i > Numerals.MAX_LENGTH) {
                return j;
            }
            if (Numerals.ascii(c) && shorthandAt(j)) {
                j++;
            }
            String low = t.substring(i, j);
            if (Numerals.ascii(c) && Guards.guardedArabic(rules, t, from, to, i, j)) {
                return Guards.skipIdentifier(t, to, j);
            }
            if (ch(j) == '折' && !rules.discountBlocked(ch(j + 1))) {
                return discount(i, j);
            }
            if (!Numerals.ascii(c) && t.startsWith("分之", j)) {
                int s = j + 2;
                int e = runEnd(s);
                if (e == s || Numerals.parse(low) == null || Numerals.parse(t.substring(s, e)) == null) {
                    return Math.max(e, j);
                }
                return finish(i, i, e, t.substring(s, e), low, null, RawMention.Form.FRACTION);
            }
            // approximation markers inside the number: 200多亿, 4000余万, 360余名, 二十余
            String approx = null;
            int k = j;
            char a = ch(k);
            if (a == ' ' && Numerals.approxMarker(ch(k + 1))) {
                a = ch(++k);
            }
            if (Numerals.approxMarker(a) && k > i) {
                int s = k + 1;
                if (ch(s) == ' ' && Numerals.scale(ch(s + 1))) {
                    s++;
                }
                int e = scaleEnd(s);
                if (e > s) {
                    approx = String.valueOf(a);
                    low = low + t.substring(s, e);
                    k = e;
                } else if (a != '来' || unitAt(s) != null) {
                    approx = String.valueOf(a);
                    k = s;
                }
            }
            BigDecimal value = Numerals.parse(low);
            if (value == null) {
                return Math.max(j, k);
            }
            // ranges: 2-3类, 5至8个, 10%-20%, 3-5万元
            String high = null;
            if (approx == null) {
                Rules.UnitWord u1 = unitAt(k);
                int sep = u1 == null ? k : k + u1.word().length();
                char sc = ch(sep);
                if ((sc == '-' || sc == '~' || sc == '至' || sc == '到' || sc == '—' || sc == '–')
                        && (Numerals.ascii(ch(sep + 1)) || Numerals.digit(ch(sep + 1)) > 0 || Numerals.smallScale(ch(sep + 1)) > 0)
                        && Numerals.ascii(ch(sep + 1)) == Numerals.ascii(c)) {
                    int hs = sep + 1;
                    int he = runEnd(hs);
                    String h = t.substring(hs, Math.min(he, hs + Numerals.MAX_LENGTH + 1));
                    Rules.UnitWord u2 = unitAt(he);
                    BigDecimal hv = Numerals.parse(h);
                    boolean sameUnit = u1 == null || (u2 != null && u1.word().equals(u2.word()));
                    if (hv != null && sameUnit) {
                        String lowScaled = low;
                        String trailing = Numerals.trailingScale(h);
                        if (Numerals.trailingScale(low).isEmpty() && !trailing.isEmpty()) {
                            lowScaled = low + trailing;
                        }
                        BigDecimal lv = Numerals.parse(lowScaled);
                        if (lv != null && lv.compareTo(Numerals.parse(h)) <= 0) {
                            low = lowScaled;
                            high = h;
                            k = he;
                        } else if (u2 != null && u2.time()) {
                            return he + u2.word().length();
                        }
                    }
                }
            }
            return finish(i, i, k, low, high, approx, RawMention.Form.PLAIN);
        }

        /** Completes a mention whose number spans {@code [numStart, k)}: unit, qualifiers, guards. */
        private int finish(int start, int numStart, int k, String low, String high, String approx,
                           RawMention.Form form) {
            boolean chineseOnly = !Numerals.containsAscii(low);
            String unit = null;
            int u = k;
            if (!chineseOnly && ch(u) == ' ' && unitAt(u + 1) != null) {
                u++;
            }
            if (ch(u) == '大') {
                Rules.UnitWord w = unitAt(u + 1);
                if (w != null && w.kind() == Unit.Kind.COUNT && !w.time()) {
                    u++;
                }
            }
            Rules.UnitWord w = form == RawMention.Form.PLAIN || form == RawMention.Form.FRACTION ? unitAt(u) : null;
            if (w != null && w.arabic() && !Numerals.containsAscii(low) && low.indexOf('万') < 0 && low.indexOf('亿') < 0) {
                w = null;
            }
            if (w != null && w.word().equals("分")) {
                char before = ch(start - 1);
                if (before == '时' || before == '点' || before == ':') {
                    return u + 1;
                }
                w = scoreAt(u) ? w : null;
            }
            // 平均受教育年限14.2年: years as a measure, not a date or a duration
            boolean measure = w != null && w.word().equals("年") && rules.yearMeasureBefore(t, clauseStart(start), start);
            if (w != null && (form == RawMention.Form.PLAIN)) {
                if (w.time() && !measure || w.not()) {
                    return u + w.word().length();
                }
                if (w.word().equals("度") && chineseOnly) {
                    w = null;
                } else if (w.word().equals("番") && ch(start - 1) != '翻') {
                    return u + 1;
                }
            }
            int end = k;
            if (form == RawMention.Form.PLAIN && high == null) {
                Rules.Currency part = rules.currencyPartAt(t, u);
                if (part != null && (w == null || w.kind() != Unit.Kind.MONEY) && ch(u + part.word().length()) == '/'
                        && part.code().equals("CNY")) {
                    // a price in a sub-unit: 5分/千瓦时
                    currency = part.code();
                    w = null;
                    unit = part.word();
                    end = u + unit.length();
                } else if (part != null && part.role() == Rules.Role.SPOKEN && (w == null || w.word().equals(part.word()))) {
                    // 二十块五毛 is money; 3块蛋糕 keeps the classifier
                    int e = composed(u + part.word().length(), part.code(), BigDecimal.ONE);
                    if (e > u + part.word().length()) {
                        currency = part.code();
                        w = null;
                        end = e;
                    }
                }
            }
            if (w != null && form == RawMention.Form.PLAIN) {
                unit = w.word();
                end = u + unit.length();
                if (w.kind() == Unit.Kind.MONEY && high == null) {
                    end = composed(end, w.code(), BigDecimal.ONE);
                    if (ch(end) == '整') {
                        end++;
                    }
                }
                if (approx == null && (ch(end) == '多' || ch(end) == '余')) {
                    Rules.UnitWord again = unitAt(end + 1);
                    if (again != null && again.time()) {
                        return end + 1 + again.word().length();
                    }
                }
            } else if (form == RawMention.Form.PLAIN && ch(k) == '成' && high == null && Numerals.isSmallTenths(low)) {
                // 六成八 = 68 %, 四成半 = 45 %
                int d = Numerals.digit(ch(k + 1));
                if (ch(k + 1) == '半' && !rules.tenthsBlocked(ch(k + 2))) {
                    plus = new BigDecimal("0.5");
                    end = k + 2;
                } else if (d > 0 && !Numerals.containsAscii(low) && !Numerals.chinese(ch(k + 2))) {
                    plus = BigDecimal.valueOf(d, 1);
                    end = k + 2;
                } else if (!rules.tenthsBlocked(ch(k + 1))) {
                    end = k + 1;
                }
                if (end > k) {
                    form = RawMention.Form.TENTHS;
                }
            }
            // the head noun is the classifier (惠及3400万人口, 带动2万农民), for figures in digits or 万/亿 only
            boolean countable = form == RawMention.Form.PLAIN && currency == null
                    && (!chineseOnly || low.indexOf('万') >= 0 || low.indexOf('亿') >= 0);
            String head = countable ? rules.peopleAt(t, k) : null;
            if (head != null && (unit == null && w == null || w != null && unit != null && head.length() > unit.length())) {
                unit = "人";
                end = k + head.length();
            } else if (countable && head == null && unit == null && w == null && rules.peopleBehindModifiers(t, k)) {
                unit = "人"; // 惠及120万困难群众: the noun is further on, the figure's text stays the number
            }
            if (end > start && ch(end) == '/' && unitAt(end + 1) != null) {
                per = unitAt(end + 1).word();
                end += 1 + per.length();
            }
            int numEnd = end;
            String post = rules.postAt(t, end);
            if (post != null && end + post.length() <= to) {
                end += post.length();
            } else {
                post = null;
            }
            // qualifier word before the number
            int p = start;
            Rules.Currency cur = start > from ? rules.currencyBefore(t, start) : null;
            if (cur != null && start - cur.word().length() >= from && (unit == null || unitKind(unit) == Unit.Kind.MONEY)) {
                currency = currency == null ? cur.code() : currency;
                p -= cur.word().length();
            }
            int unqualified = p;
            if (ch(p - 1) == '了') {
                p--;
            }
            String pre = p > from ? rules.preAt(t, p) : null;
            if (pre != null && (p - pre.length() < from || rules.preExcepted(pre, t, p))) {
                pre = null;
            }
            if (pre != null && pre.length() == 1 && "上数过破".indexOf(pre.charAt(0)) >= 0
                    && !(chineseOnly && Numerals.scale(low.charAt(0)))) {
                pre = null;
            }
            int mStart = pre == null ? unqualified : p - pre.length();
            int before = pre == null ? start : mStart;
            boolean reached = t.startsWith("达到", before - 2) || ch(before - 1) == '达';
            // guards
            if (ch(start - 1) == '+' || ch(numEnd) == '+' || ch(k) == '+') {
                return end;
            }
            if (Guards.inShortQuote(t, from, to, start, numEnd) || Guards.inBookTitle(t, from, start)) {
                return end;
            }
            boolean moneyCtx = false;
            if (unit == null && form == RawMention.Form.PLAIN && currency == null) {
                if (chineseOnly && Numerals.noDigit(low) && pre == null && low.charAt(0) != '十') {
                    return end;
                }
                if (chineseOnly && approx == null && pre == null && post == null) {
                    // a bare Chinese numeral (一百三十七): reported, never a figure
                    if (!Numerals.bareNumeral(low) || Guards.listMarker(t, from, to, start, k)) {
                        return end;
                    }
                    loose = true;
                }
                if (Guards.listMarker(t, from, to, start, k)) {
                    return end;
                }
                if (!chineseOnly && Numerals.integerDigits(low) >= 7 && high == null) {
                    return end;
                }
                if (Numerals.yearDotMonth(low)) {
                    return end;
                }
                if (low.indexOf('万') >= 0 || low.indexOf('亿') >= 0) {
                    moneyCtx = Guards.moneyNear(rules, t, from, to, mStart, end);
                }
            }
            if (chineseOnly && Numerals.noDigit(low) && post != null && Subjects.isCjk(ch(end)) && ch(end) != '的') {
                // a category, not a level: 亿元以上项目, 百万人以上城市
                return end;
            }
            if (unit != null && chineseOnly && Numerals.noDigit(low) && pre == null && approx == null
                    && unitKind(unit) != Unit.Kind.MONEY && low.charAt(0) != '十') {
                return end;
            }
            // 三期工程, 二十届三中全会, 十四届全国人大: a Chinese-written phase or session number is a name
            if (unit != null && chineseOnly && (Numerals.digit(ch(numEnd)) > 0 || unit.equals("期")
                    || unit.equals("届") && rules.sessionAt(t, numEnd))) {
                return end;
            }
            if (unit != null && chineseOnly && countWord(unit) && pre == null && approx == null) {
                BigDecimal v = Numerals.parse(low);
                if (v != null && v.compareTo(BigDecimal.TEN) <= 0 && rules.enumerationAt(t, numEnd)) {
                    return end;
                }
            }
            if (unit != null && unit.equals("位") && high == null && rankVerbBefore(mStart)) {
                // 上升近80位 moves a rank; 80位专家 counts people
                form = RawMention.Form.RANK;
                unit = null;
            }
            if (unit == null && form == RawMention.Form.PLAIN && currency == null && !loose && !moneyCtx) {
                unit = rules.countedBefore(t, from, mStart); // a bare count after its head noun: 参会代表7000多 → 人
            }
            found = new RawMention(mStart, end, numStart, numEnd, low, high, approx, unit, pre, post, form, moneyCtx,
                    reached, plus, currency, per, loose);
            return end;
        }

        private int rank(int i) {
            int s = i + 1;
            int e = runEnd(s);
            if (e == s || e - s > 8) {
                return Math.max(e, i + 1);
            }
            String low = t.substring(s, e);
            if (Numerals.parse(low) == null) {
                return e;
            }
            int end = e;
            boolean suffix = ch(e) == '位' || ch(e) == '名';
            if (ch(e) == '大' && !Numerals.chinese(ch(e + 1))) {
                // 第三大经济体: the third largest
                found = new RawMention(i, e + 1, i, e + 1, low, null, null, null, null, null, RawMention.Form.RANK,
                        false, false);
                return e + 1;
            }
            if (suffix) {
                end = e + 1;
            } else {
                Rules.UnitWord w = unitAt(e);
                if (w != null) {
                    return e + w.word().length();
                }
            }
            char after = ch(end);
            boolean verb = rankVerbBefore(i);
            boolean tailOk = !Subjects.isCjk(after) || after == '、' || after == '的' && (verb || !suffix);
            // after a scope (全省第一, 中西部第一经济大省, 全球第11位跃升至…) the tail may be a noun or a verb
            if (rules.rankScopeEndsAt(t, i) || tailOk && (verb || suffix)) {
                found = new RawMention(i, end, i, end, low, null, null, null, null, null, RawMention.Form.RANK,
                        false, false);
            }
            return end;
        }


        /** 前10位, 前三名, 前100强: a rank at most N. */
        private int rankFront(int i) {
            int s = i + 1;
            int e = runEnd(s);
            if (e == s || e - s > 8 || Numerals.parse(t.substring(s, e)) == null) {
                return Math.max(e, s);
            }
            char c = ch(e);
            if (c == '位' || c == '名' || c == '强') {
                found = new RawMention(i, e + 1, s, e + 1, t.substring(s, e), null, null, null, "前", null,
                        RawMention.Form.RANK, false, false);
                return e + 1;
            }
            return i + 1;
        }

        /** N折 at {@code [i, j)}: 八五折 is 85 %, 三折 30 %, 8.8折 88 %. */
        private int discount(int i, int j) {
            String low = t.substring(i, j);
            if (!Numerals.containsAscii(low)) {
                if (j - i == 2 && Numerals.digit(low.charAt(0)) > 0 && Numerals.digit(low.charAt(1)) > 0) {
                    plus = BigDecimal.valueOf(Numerals.digit(low.charAt(1)), 1);
                    low = low.substring(0, 1);
                } else if (j - i != 1 || Numerals.digit(low.charAt(0)) <= 0) {
                    return j + 1;
                }
            } else if (Numerals.parse(low) == null || j - i > 4) {
                return j + 1;
            }
            return finish(i, i, j + 1, low, null, null, RawMention.Form.DISCOUNT);
        }

        /**
         * Sub-units composed after a money unit (256元3角2分, 五美元又二十美分), each smaller than the
         * last; adds their value to {@link #plus} and returns where the mention ends.
         */
        private int composed(int end, String code, BigDecimal last) {
            int at = end;
            BigDecimal sum = BigDecimal.ZERO;
            for (int n = 0; n < 2; n++) {
                int q = ch(at) == '又' || ch(at) == '零' ? at + 1 : at;
                int e = q;
                while (e < to && e - q < 4 && (Numerals.digit(t.charAt(e)) >= 0 || Numerals.ascii(t.charAt(e))
                        || t.charAt(e) == '十')) {
                    e++;
                }
                Rules.Currency part = e > q ? rules.currencyPartAt(t, e) : null;
                BigDecimal v = part == null ? null : Numerals.parse(t.substring(q, e));
                if (v == null || part.role() != Rules.Role.SUB || !part.code().equals(code)
                        || part.factor().compareTo(last) >= 0 || Subjects.isCjk(ch(e + part.word().length()))
                        && part.word().equals("分") && ch(e + 1) != '钱') {
                    break;
                }
                sum = sum.add(v.multiply(part.factor()));
                last = part.factor();
                at = e + part.word().length();
            }
            if (at > end) {
                plus = plus.add(sum);
            }
            return at;
        }

        /** Whether {@code word} is a classifier of counted things (a date word such as 年 is not). */
        private boolean countWord(String word) {
            Rules.UnitWord w = rules.unitAt(word, 0);
            return w != null && w.kind() == Unit.Kind.COUNT && !w.time();
        }

        private Unit.Kind unitKind(String word) {
            Rules.UnitWord w = rules.unitAt(word, 0);
            return w == null ? null : w.kind();
        }
    }
}
