package io.github.policyreport.internal.quantity;

import io.github.policyreport.model.Change;
import io.github.policyreport.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Growth and change inside a sentence: a percent, point or multiple right after a change verb
 * (同比增长43.2%, 提高3.9个百分点, 是去年全年的1.6倍) becomes the {@link Change} of the figure it
 * describes, and is renamed after it (高新技术企业增长率). 分别增长44%、112% pairs each rate with its own
 * figure in order; 较2020年增加312家 is a change in the figure's own unit.
 */
final class Changes {

    private final Cues cues;
    private final Subjects subjects;
    private static final int BACK = 24;

    Changes(Cues cues, Subjects subjects) {
        this.cues = cues;
        this.subjects = subjects;
    }

    /**
     * Pairs growth rates with the figures before them; renames the rates after their base. Returns
     * the measure of the last rate named by its own phrase (for the next sentence), or null.
     */
    String attach(String t, List<FigureStage.Item> items, List<Integer> clauseStarts,
                         Map<Integer, Change> changes, SentenceFigures.Context context) {
        boolean bothBases = context.bothBases();
        int i = 0;
        String carried = null;
        String measure = context.measure();
        while (i < items.size()) {
            FigureStage.Item it = items.get(i);
            RawMention m = it.raw();
            int at = m.start();
            for (String gap : GAPS) {
                if (at - gap.length() >= clauseStarts.get(i) && t.startsWith(gap, at - gap.length())) {
                    at -= gap.length();
                    break;
                }
            }
            if (!it.rate()) {
                if (!it.rank() && i > 0) {
                    sameUnitChange(t, items, clauseStarts, changes, i, at);
                }
                i++;
                continue;
            }
            String word = cues.wordEndingAt(Cues.Kind.CHANGE, t, clauseStarts.get(i), at);
            String basis = "";
            Change.Direction dir = null;
            int cueStart = at;
            if (word != null) {
                dir = cues.direction(word);
                int b = at - word.length();
                basis = word.startsWith("同比") ? "同比" : word.startsWith("比上年") || word.startsWith("较上年") ? "上年" : "";
                String before = basis.isEmpty() ? cues.wordEndingAt(Cues.Kind.BASIS, t, clauseStarts.get(i), b) : null;
                if (before != null) {
                    basis = before;
                }
                cueStart = before != null ? b - before.length() : b;
                int year = basis.isEmpty() ? baseYearBefore(t, clauseStarts.get(i), b) : -1;
                if (year >= 0) {
                    // 能耗比2020年下降13.5%: a base year is the basis, not part of the measure
                    basis = t.substring(year + 1, b);
                    cueStart = year;
                }
            } else if (it.quantity().unit().kind() == Unit.Kind.MULTIPLE && at > 0 && t.charAt(at - 1) == '的') {
                int is = at - 2;
                while (is >= Math.max(clauseStarts.get(i), at - 12) && t.charAt(is) != '是') {
                    is--;
                }
                if (is >= clauseStarts.get(i) && is >= 0 && t.charAt(is) == '是') {
                    dir = Change.Direction.UP;
                    basis = t.substring(is + 1, at - 1);
                    cueStart = is;
                }
            }
            if (dir == null) {
                i++;
                continue;
            }
            if (bothBases && basis.isEmpty()) {
                // 居民消费价格同比上涨0.8%。其中，交通工具价格下降1.6%: the basis last named in the paragraph holds
                basis = basisInForce(t, context.paragraph(), cueStart);
            }
            // a release giving 同比 and 环比 rates of one measure needs the basis to tell them apart
            String named = bothBases && (basis.equals("同比") || basis.equals("环比")) ? basis : "";
            // 年均增长6.1%: an average annual rate is a measure of its own
            int avg = Find.last(t, "年均", Math.max(clauseStarts.get(i), cueStart - 4), cueStart + 2);
            if (avg >= clauseStarts.get(i) && avg >= cueStart - 4) {
                named = "年均" + named;
            }
            // the rates of one group: 44%、112%
            int j = i + 1;
            while (j < items.size() && items.get(j).rate() && joined(t, items.get(j - 1).raw().end(), items.get(j).raw().start())) {
                j++;
            }
            int n = j - i;
            // a rate whose clause names its own subject (万元GDP能耗下降3.5%) takes no base from an earlier clause
            int[] ownRange = subjects.left(t, clauseStarts.get(i), cueStart);
            String own = ownRange == null ? "" : t.substring(ownRange[0], ownRange[1]);
            if (!own.isEmpty() && cues.wordAt(Cues.Kind.PART, t, ownRange[0], ownRange[1]) != null
                    && cues.wordAt(Cues.Kind.PART, t, ownRange[0], ownRange[1]).length() == own.length()) {
                // 其中，城市上涨0.7%: a part of the population or area names the measure before it
                own = measure != null ? own + measure : own;
            } else if (!own.isEmpty()) {
                measure = own;
            }
            int clauseOfRate = clauseStarts.get(i);
            List<Integer> bases = new ArrayList<>();
            for (int k = i - 1; k >= Math.max(0, i - BACK - n) && bases.size() < n; k--) {
                FigureStage.Item b = items.get(k);
                boolean ppOfPercent = n == 1 && it.quantity().unit().kind() == Unit.Kind.PERCENTAGE_POINT
                        && b.quantity().unit().kind() == Unit.Kind.PERCENT;
                if (ppOfPercent) {
                    bases.add(k);
                    break;
                }
                if (b.rate() || b.rank()) {
                    if (!bases.isEmpty() || n == 1) {
                        break;
                    }
                    continue;
                }
                bases.add(0, k);
            }
            if (!own.isEmpty() && !bases.isEmpty() && clauseStarts.get(bases.get(0)) != clauseOfRate) {
                bases.clear();
            }
            if (!own.isEmpty() && n == 1) {
                carried = own;
            } else if (bases.size() == 1) {
                carried = items.get(bases.get(0)).subject();
            }
            if (bases.isEmpty() && !own.isEmpty()) {
                // 装备制造业、高技术制造业增加值分别增长7.4%、10.9%: one item of the list per rate
                List<String> list = n > 1 ? subjects.list(t, clauseOfRate, cueStart, n) : null;
                for (int r = i; r < j; r++) {
                    FigureStage.Item rate = items.get(r);
                    String base = (list != null ? list.get(r - i) : own) + named;
                    items.set(r, new FigureStage.Item(rate.found(), rate.quantity(),
                            base + suffix(rate.quantity().unit().kind(), dir)));
                }
            }
            if (bases.isEmpty() && own.isEmpty() && carried != null) {
                // 同比上涨0.5%，环比下降0.1%: the rate before names the measure
                for (int r = i; r < j; r++) {
                    FigureStage.Item rate = items.get(r);
                    items.set(r, new FigureStage.Item(rate.found(), rate.quantity(),
                            carried + named + suffix(rate.quantity().unit().kind(), dir)));
                }
            } else if (bases.isEmpty() && own.isEmpty()) {
                // nothing names the rate: it keeps the clause topic it was given, as a rate
                for (int r = i; r < j; r++) {
                    FigureStage.Item rate = items.get(r);
                    if (rate.lowConfidence()) {
                        items.set(r, new FigureStage.Item(rate.found(), rate.quantity(),
                                SentenceFigures.join(rate.subject(), named + suffix(rate.quantity().unit().kind(), dir)), true));
                    }
                }
            }
            if (bases.size() == n) {
                for (int r = 0; r < n; r++) {
                    int bi = bases.get(r);
                    FigureStage.Item rate = items.get(i + r);
                    FigureStage.Item base = items.get(bi);
                    changes.put(bi, new Change(dir, rate.quantity(), basis));
                    items.set(i + r, new FigureStage.Item(rate.found(), rate.quantity(),
                            base.subject() + named + suffix(rate.quantity().unit().kind(), dir)));
                }
            }
            i = j;
        }
        return measure;
    }

    /** The start of 比2020年 or 较2020年 (同期, 末, 底 may follow) ending at {@code end}, or -1. */
    static int baseYearBefore(String t, int from, int end) {
        int e = end;
        for (String tail : new String[] {"同期", "末", "底"}) {
            if (e - tail.length() >= from && t.startsWith(tail, e - tail.length())) {
                e -= tail.length();
                break;
            }
        }
        int y = e - 5;
        if (y - 1 < from || t.charAt(e - 1) != '年') {
            return -1;
        }
        for (int k = y; k < e - 1; k++) {
            if (!Numerals.ascii(t.charAt(k))) {
                return -1;
            }
        }
        char c = t.charAt(y - 1);
        return c == '比' || c == '较' ? y - 1 : -1;
    }

    /** The last 同比 or 环比 in {@code [from, to)}, or "". */
    static String basisInForce(String t, int from, int to) {
        int yoy = Find.last(t, "同比", from, to);
        int mom = Find.last(t, "环比", from, to);
        int at = Math.max(yoy, mom);
        return at < 0 ? "" : at == yoy ? "同比" : "环比";
    }

    /** Whether only 、 or a joiner (和, 及, 与) stands between two rates of one group (7.5%和3.2%). */
    static boolean joined(String t, int from, int to) {
        String gap = t.substring(from, to);
        return gap.equals("、") || gap.equals("和") || gap.equals("及") || gap.equals("与");
    }

    static final List<String> GAPS = List.of("达到", "了", "达", "为");

    /** 较2020年增加312家: a change in the figure's own unit, attached to the figure before it. */
    private void sameUnitChange(String t, List<FigureStage.Item> items, List<Integer> clauseStarts,
                                       Map<Integer, Change> changes, int i, int at) {
        FigureStage.Item it = items.get(i);
        String word = cues.wordEndingAt(Cues.Kind.CHANGE, t, clauseStarts.get(i), at);
        if (word == null) {
            return;
        }
        int b = at - word.length();
        int[] own = subjects.left(t, clauseStarts.get(i), b);
        String ownText = own == null ? "" : t.substring(own[0], own[1]);
        if (!ownText.isEmpty() && ownText.charAt(0) != '较' && ownText.charAt(0) != '比') {
            return;
        }
        for (int k = i - 1; k >= Math.max(0, i - BACK); k--) {
            FigureStage.Item base = items.get(k);
            if (base.quantity().unit().equals(it.quantity().unit()) && !changes.containsKey(k)) {
                Change.Direction dir = cues.direction(word);
                String basis = ownText.isEmpty() ? "" : t.substring(own[0], own[1]);
                changes.put(k, new Change(dir, it.quantity(), basis));
                items.set(i, new FigureStage.Item(it.found(), it.quantity(),
                        base.subject() + (dir == Change.Direction.DOWN ? "减少量" : "增加量")));
                return;
            }
            if (!base.rate()) {
                return;
            }
        }
    }

    private static String suffix(Unit.Kind kind, Change.Direction dir) {
        if (kind == Unit.Kind.MULTIPLE) {
            return "倍数";
        }
        if (kind == Unit.Kind.PERCENTAGE_POINT) {
            return dir == Change.Direction.DOWN ? "降幅" : "增幅";
        }
        return dir == Change.Direction.DOWN ? "下降率" : "增长率";
    }
}
