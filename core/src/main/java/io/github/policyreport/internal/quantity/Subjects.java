package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.CodePoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the subject of a figure: the compact noun phrase next to it in its clause. Before the
 * figure (技术合同成交额突破50亿元) the subject is what follows the last boundary word, with verbs
 * and fillers stripped from both ends; after a count or amount (组织1020名科技人才走进…) it is what
 * precedes the first boundary word. Works on folded text and returns offsets, so the caller cuts
 * the subject from the normalized text; pure.
 */
final class Subjects {

    private final Cues cues;
    private final Rules numbers;
    private static final int MAX = 24;
    private static final Set<String> JOINERS = Set.of("和", "及", "以及", "与");

    Subjects(Cues cues, Rules numbers) {
        this.cues = cues;
        this.numbers = numbers;
    }

    /** The range in {@code [from, qStart)} naming the figure, or null. */
    int[] left(String t, int from, int qStart) {
        int s = CodePoints.ceil(t, Math.max(from, qStart - MAX));
        int e = qStart;
        if (e - 1 >= s && t.charAt(e - 1) == '等') {
            for (int i = e - 2; i >= s; i--) {
                if (cues.wordAt(Cues.Kind.ENUMERATOR, t, i, e) != null) {
                    e = i;
                    break;
                }
            }
        }
        for (int round = 0; round < 4; round++) {
            int[] r = strip(t, s, e);
            s = r[0];
            e = r[1];
            if (e <= s) {
                return null;
            }
            int cut = -1;
            String word = null;
            for (int i = e - 1; i >= s; i--) {
                word = boundaryAt(t, i, e);
                if (word != null) {
                    cut = i;
                    break;
                }
            }
            if (cut < 0) {
                return new int[] {s, e};
            }
            if (word.equals("占")) {
                // 高技术制造业增加值占规上工业增加值比重: the share names both sides
                int[] whole = left(t, s, cut);
                if (whole != null && e - cut >= 3) {
                    return new int[] {whole[0], e};
                }
            }
            if (cues.wordAt(Cues.Kind.PREPOSITION, t, cut, cut + 1) != null) {
                int[] before = strip(t, s, cut);
                if (before[1] - before[0] >= 2) {
                    int[] inner = left(t, before[0], before[1]);
                    return inner != null ? inner : before;
                }
            }
            int[] tail = strip(t, cut + word.length(), e);
            if (tail[1] - tail[0] >= 2) {
                return tail;
            }
            e = cut;
        }
        return null;
    }

    /** The verb right before a figure (投入 in 累计投入5000万元) as a last-resort subject, or null. */
    int[] verbBefore(String t, int from, int qStart) {
        String w = cues.wordEndingAt(Cues.Kind.STRIP, t, from, qStart);
        w = w != null ? w : cues.wordEndingAt(Cues.Kind.LEADSTRIP, t, from, qStart);
        if (w == null || w.length() < 2 || !isCjk(w.charAt(0)) || !isCjk(w.charAt(w.length() - 1))) {
            return null;
        }
        return new int[] {qStart - w.length(), qStart};
    }

    /** The range in {@code [qEnd, to)} right after a count or amount, or null. */
    int[] right(String t, int qEnd, int to) {
        int e = CodePoints.floor(t, Math.min(to, qEnd + MAX));
        int i = qEnd;
        if (i < e && t.charAt(i) == '的') {
            i++;
        }
        int start = i;
        if (start < e && (boundaryAt(t, start, e) != null || cues.wordAt(Cues.Kind.FRAMING, t, start, e) != null)) {
            return null;
        }
        while (i < e) {
            char c = t.charAt(i);
            if (!isCjk(c) && c != '“' && c != '”' && c != '"' && c != '+') {
                break;
            }
            if (i > start && c == '的') {
                break;
            }
            String b = i > start ? boundaryAt(t, i, e) : null;
            if (b != null && (!JOINERS.contains(b) || numberSoon(t, i + b.length(), e))) {
                break;
            }
            if (i > start && cues.wordAt(Cues.Kind.RIGHTSTOP, t, i, e) != null) {
                break;
            }
            if (Numerals.digit(c) > 0 && i + 1 < e && numbers.unitAt(t, i + 1) != null) {
                break;
            }
            i++;
        }
        int[] r = strip(t, start, i);
        return r[1] - r[0] >= 2 ? r : null;
    }

    private boolean numberSoon(String t, int i, int e) {
        for (int k = i; k < Math.min(e, i + 3); k++) {
            char c = t.charAt(k);
            if (Numerals.ascii(c) || Numerals.chinese(c) || c == '数' || c == '近') {
                return true;
            }
        }
        return false;
    }

    /** The boundary word at {@code i}, unless it lies inside one of its exceptions (对 in 对接). */
    String boundaryAt(String t, int i, int e) {
        String w = cues.wordAt(Cues.Kind.BOUNDARY, t, i, e);
        return w == null || cues.excepted(Cues.Kind.BOUNDARY, w, t, i, 0, t.length()) ? null : w;
    }

    /** Removes strip words and a trailing parenthetical from both ends of {@code [s, e)}. */
    int[] strip(String t, int s, int e) {
        boolean changed = true;
        while (changed && e > s) {
            changed = false;
            while (s < e && (Character.isWhitespace(t.charAt(s)) || "■●◆▲*·•□◇○".indexOf(t.charAt(s)) >= 0)) {
                s++;
            }
            int p = periodEnd(t, s, e);
            if (p > s && (e - p >= 2 || p == e)) {
                s = p;
                changed = true;
            }
            // 重庆一季度地区生产总值: a region right before a period frames the figure (its region is read apart)
            int rp = io.github.policyreport.internal.text.Analysis.regionPrefix(t, s);
            if (rp > 0 && s + rp < e) {
                int after = periodEnd(t, s + rp, e);
                String time = cues.wordAt(Cues.Kind.TODAY, t, s + rp, e);
                String past = cues.wordAt(Cues.Kind.PAST, t, s + rp, e);
                int next = after > s + rp ? after : time != null ? s + rp + time.length()
                        : past != null && past.length() >= 2 ? s + rp + past.length() : -1;
                if (next > 0 && e - next >= 2) {
                    s = next;
                    changed = true;
                }
            }
            String w = cues.wordAt(Cues.Kind.STRIP, t, s, e);
            boolean keep = w != null && cues.excepted(Cues.Kind.STRIP, w, t, s, s, e);
            w = w != null ? w : cues.wordAt(Cues.Kind.LEADSTRIP, t, s, e);
            if (w != null && s + w.length() <= e && !keep) {
                s += w.length();
                changed = true;
            }
            if (e > s && t.charAt(e - 1) == ')') {
                int open = e - 2;
                while (open > s && t.charAt(open) != '(') {
                    open--;
                }
                if (open > s && t.charAt(open) == '(') {
                    e = open;
                    changed = true;
                    continue;
                }
            }
            String v = cues.wordEndingAt(Cues.Kind.STRIP, t, s, e);
            if (v != null) {
                e -= v.length();
                changed = true;
            }
            while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || t.charAt(e - 1) == '(' || t.charAt(e - 1) == '“')) {
                e--;
                changed = true;
            }
        }
        return new int[] {s, Math.max(s, e)};
    }

    private static final String PERIOD_CHARS = "0123456789一二三四五六七八九十—-~至到前上下半第";

    /** End of a leading period such as 1—9月, 前三季度, 2023年, 上半年, or {@code s} when there is none. */
    static int periodEnd(String t, int s, int e) {
        int i = s;
        while (i < e && i - s < 10 && PERIOD_CHARS.indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        if (i == s) {
            return s;
        }
        for (String unit : new String[] {"年度", "季度", "月份", "年", "月"}) {
            if (t.startsWith(unit, i) && i + unit.length() <= e) {
                return i + unit.length();
            }
        }
        return s;
    }

    /** A rank's subject range: the phrase before it without the rank verb and region scope, or null. */
    int[] rankLeft(String t, int from, int qStart) {
        int e = qStart;
        int s = CodePoints.ceil(t, Math.max(from, qStart - MAX));
        for (int k = e - 1; k > s && k >= e - 6; k--) {
            if (numbers.rankVerbEndsAt(t, k) && cues.wordEndingAt(Cues.Kind.BOUNDARY, t, s, k) != null) {
                e = k; // 位列三县两区第一: what stands between the rank verb and the rank is its scope
                break;
            }
        }
        for (int round = 0; round < 3 && e > s; round++) {
            String scope = cues.wordEndingAt(Cues.Kind.SCOPE, t, s, e);
            if (scope != null) {
                e -= scope.length();
                continue;
            }
            String verb = cues.wordEndingAt(Cues.Kind.BOUNDARY, t, s, e);
            if (verb != null) {
                e -= verb.length();
                continue;
            }
            break;
        }
        return left(t, s, e);
    }

    /**
     * The {@code n} subjects of a list topic before 分别 (六大优势产业、高技术制造业增加值 → 六大优势产业增加值,
     * 高技术制造业增加值; 事故起数、死亡人数 → 事故起数, 事故死亡人数), or null when the list does not
     * have exactly {@code n} items. An item without the list's head word takes the last item's; an
     * item that is only a head word takes the first item's topic.
     */
    List<String> list(String t, int from, int to, int n) {
        int[] r = strip(t, from, to);
        int s = r[0];
        int e = r[1];
        for (int i = e - 1; i > s; i--) {
            String b = boundaryAt(t, i, e);
            if (b != null && !b.equals("、") && !JOINERS.contains(b)) {
                s = i + b.length();
                break;
            }
        }
        List<int[]> parts = items(t, s, e, n, true);
        if (parts != null && parts.size() != n) {
            // 住宿及餐饮、批发零售业销售额分别增长…: 及 inside an item when the 、 alone count right
            List<int[]> commas = items(t, s, e, n, false);
            parts = commas != null && commas.size() == n ? commas : parts;
        }
        if (parts == null) {
            return null;
        }
        if (parts.size() == 1 && n == 2) {
            // 城乡居民人均可支配收入分别增长3.9%、6.1%: a paired word names both items
            int[] only = parts.get(0);
            String pair = cues.wordAt(Cues.Kind.PAIR, t, only[0], only[1]);
            if (pair != null) {
                String rest = t.substring(only[0] + pair.length(), only[1]);
                return cues.pair(pair).stream().map(w -> w + rest).toList();
            }
        }
        if (parts.size() != n || n < 2) {
            return null;
        }
        for (int[] part : parts) {
            for (int k = part[0]; k < part[1]; k++) {
                if (Numerals.ascii(t.charAt(k))) {
                    return null; // 从3.1万元和1.2万元分别提高到…: figures, not a list of measures
                }
            }
        }
        int[] last = parts.get(n - 1);
        String head = cues.wordEndingAt(Cues.Kind.HEAD, t, last[0], last[1]);
        int[] first = parts.get(0);
        String firstHead = cues.wordEndingAt(Cues.Kind.HEAD, t, first[0], first[1]);
        String topic = firstHead != null && first[1] - first[0] > firstHead.length()
                ? t.substring(first[0], first[1] - firstHead.length()) : null;
        List<String> out = new ArrayList<>();
        for (int[] part : parts) {
            String text = t.substring(part[0], part[1]);
            String own = cues.wordEndingAt(Cues.Kind.HEAD, t, part[0], part[1]);
            if (own != null && own.length() == part[1] - part[0] && topic != null) {
                text = topic + text;
            } else if (own == null && part != last && part[1] - part[0] <= 2 && last[1] - last[0] > 2
                    && partWordOf(t, last[0], part[1] - part[0])) {
                // 城市、农村低保标准: a part word takes the place of the last item's
                text = text + t.substring(last[0] + (part[1] - part[0]), last[1]);
            } else if (own == null && head != null) {
                text = text + t.substring(last[1] - head.length(), last[1]);
            }
            out.add(text);
        }
        return out;
    }

    /** Whether a {@code part} word of {@code len} characters opens {@code t} at {@code at} (农村 in 农村低保标准). */
    private boolean partWordOf(String t, int at, int len) {
        String w = cues.wordAt(Cues.Kind.PART, t, at, at + len);
        return w != null && w.length() == len;
    }

    /** The items of {@code [s, e)} split at 、 (and at joiners when {@code joiners}), at most n + 1; null when one is empty. */
    private List<int[]> items(String t, int s, int e, int n, boolean joiners) {
        List<int[]> parts = new ArrayList<>();
        int p = s;
        for (int i = s; i <= e && parts.size() <= n; i++) {
            String j = i < e ? boundaryAt(t, i, e) : null;
            if (i == e || (j != null && (j.equals("、") || (joiners && JOINERS.contains(j))))) {
                int[] part = strip(t, p, i);
                if (part[1] <= part[0]) {
                    return null;
                }
                parts.add(part);
                if (j != null) {
                    i += j.length() - 1;
                    p = i + 1;
                }
            }
        }
        return parts;
    }

    /**
     * The topic of the clauses before a figure whose own phrase names nothing: the noun phrase
     * opening the nearest clause of the sentence that has one (全省生产总值连续跨越…，年均增长5.9% →
     * 生产总值), else the words right before the figure; never empty.
     */
    String topic(String t, int s, int at) {
        int c = SentenceFigures.clauseStart(t, s, at);
        for (int round = 0; round < 4; round++) {
            int end = Math.min(at, c + MAX);
            int k = c + 1;
            while (k < end && isCjk(t.charAt(k)) && boundaryAt(t, k, end) == null
                    && cues.wordAt(Cues.Kind.CHANGE, t, k, end) == null && cues.wordAt(Cues.Kind.STRIP, t, k, end) == null) {
                k++;
            }
            int[] r = strip(t, c, k);
            if (r[1] - r[0] >= 2 && isCjk(t.charAt(r[0])) && boundaryAt(t, r[0], r[1]) == null) {
                return t.substring(r[0], r[1]);
            }
            if (c <= s) {
                break;
            }
            c = SentenceFigures.clauseStart(t, s, c - 1);
        }
        int b = Math.max(s, at - 8);
        String near = t.substring(b, at).strip();
        return near.isEmpty() ? t.substring(at, Math.min(t.length(), at + 8)).strip() : near;
    }

    static boolean isCjk(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }
}
