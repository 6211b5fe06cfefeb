package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.model.Change;
import io.github.policyreport.model.Evidence;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Modality;
import io.github.policyreport.model.Quantity;
import io.github.policyreport.model.Target;
import io.github.policyreport.model.Unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one sentence: kept mentions with subjects, the changes that attach growth rates
 * to the figures they describe (分别增长44%、112% pairs rates with items in order), and the cues
 * and years that decide whether each figure is achieved or forward-looking.
 */
final class SentenceFigures {

    private static final Cues C = Cues.INSTANCE;

    private final int start;
    private final int end;
    private final boolean futureMode;
    private final Integer modeYear;
    private final List<FigureStage.Item> items;
    private final Map<Integer, Change> changes;
    private final List<Cues.Hit> hits;
    private final List<int[]> years;

    private SentenceFigures(int start, int end, boolean futureMode, Integer modeYear, List<FigureStage.Item> items,
                            Map<Integer, Change> changes, List<Cues.Hit> hits, List<int[]> years) {
        this.start = start;
        this.end = end;
        this.futureMode = futureMode;
        this.modeYear = modeYear;
        this.items = items;
        this.changes = changes;
        this.hits = hits;
        this.years = years;
    }

    List<FigureStage.Item> items() {
        return items;
    }

    boolean hasFutureCue() {
        return hits.stream().anyMatch(h -> h.modality() != null);
    }

    boolean hasPastMarker(Integer ref) {
        return hits.stream().anyMatch(h -> h.modality() == null)
                || (ref != null && years.stream().anyMatch(y -> y[1] < ref));
    }

    boolean hasPastMarker() {
        return hits.stream().anyMatch(h -> h.modality() == null);
    }

    /** Reads the figures of the sentence {@code [s, e)} of folded text {@code t}. */
    static SentenceFigures read(String t, String norm, int s, int e, boolean futureMode, Integer modeYear,
                                Integer ref) {
        List<QuantityEngine.Found> found = QuantityEngine.scan(t, s, e);
        List<FigureStage.Item> items = new ArrayList<>();
        List<Integer> clauseStarts = new ArrayList<>();
        int prevEnd = s;
        for (QuantityEngine.Found f : found) {
            RawMention m = f.raw();
            int clause = clauseStart(t, s, m.start());
            int clauseEnd = clauseEnd(t, m.end(), e);
            int from = Math.max(clause, prevEnd);
            prevEnd = m.end();
            if (!FigureStage.keep(f)) {
                continue;
            }
            Quantity q = f.quantity();
            FigureStage.Item prev = items.isEmpty() ? null : items.get(items.size() - 1);
            String subject;
            Unit.Kind k = q.unit().kind();
            if (k == Unit.Kind.RANK) {
                subject = prev != null && !prev.rank() && !prev.subject().isEmpty() ? prev.subject()
                        : cut(norm, Subjects.rankLeft(t, from, m.start()));
                if (!subject.endsWith("排名") && !subject.endsWith("排位")) {
                    subject = subject + "排名";
                }
            } else {
                int[] left = Subjects.left(t, from, m.start());
                int[] right = null;
                if (k == Unit.Kind.COUNT || k == Unit.Kind.MONEY || (m.end() < e && t.charAt(m.end()) == '的')) {
                    right = Subjects.right(t, m.end(), clauseEnd);
                }
                subject = right != null ? cut(norm, right) : cut(norm, left);
                if (subject.isEmpty() && prev != null && m.start() - prev.raw().end() <= 1) {
                    subject = prev.subject() + C.aspect(k.name());
                } else if (subject.isEmpty() && prev != null && prev.quantity().unit().equals(q.unit())) {
                    subject = prev.subject();
                }
                if (k == Unit.Kind.NONE) {
                    q = FigureStage.inferred(q, cut(t, left));
                    if (q == null) {
                        continue;
                    }
                }
            }
            items.add(new FigureStage.Item(f, q, subject));
            clauseStarts.add(clause);
        }
        Map<Integer, Change> changes = new HashMap<>();
        attachChanges(t, norm, items, clauseStarts, changes);
        return new SentenceFigures(s, e, futureMode, modeYear, items, changes, C.hits(t, s, e), years(t, s, e));
    }

    private static String cut(String text, int[] range) {
        return range == null ? "" : text.substring(range[0], range[1]);
    }

    /** Pairs growth rates with the figures before them; renames the rates after their base. */
    private static void attachChanges(String t, String norm, List<FigureStage.Item> items, List<Integer> clauseStarts,
                                      Map<Integer, Change> changes) {
        int i = 0;
        while (i < items.size()) {
            FigureStage.Item it = items.get(i);
            RawMention m = it.raw();
            if (!it.rate()) {
                i++;
                continue;
            }
            int at = m.start();
            if (at > 0 && t.charAt(at - 1) == '了') {
                at--;
            }
            String word = C.wordEndingAt("change", t, clauseStarts.get(i), at);
            String basis = "";
            Change.Direction dir = null;
            int cueStart = at;
            if (word != null) {
                dir = C.direction(word);
                int b = at - word.length();
                basis = word.startsWith("同比") ? "同比" : word.startsWith("比上年") || word.startsWith("较上年") ? "上年" : "";
                String before = basis.isEmpty() ? C.wordEndingAt("basis", t, clauseStarts.get(i), b) : null;
                if (before != null) {
                    basis = before;
                }
                cueStart = before != null ? b - before.length() : b;
            } else if (it.quantity().unit().kind() == Unit.Kind.MULTIPLE && at > 0 && t.charAt(at - 1) == '的') {
                int is = t.lastIndexOf('是', at - 1);
                if (is >= clauseStarts.get(i) && at - 1 - is <= 10) {
                    dir = Change.Direction.UP;
                    basis = norm.substring(is + 1, at - 1);
                    cueStart = is;
                }
            }
            if (dir == null) {
                i++;
                continue;
            }
            // the rates of one group: 44%、112%
            int j = i + 1;
            while (j < items.size() && items.get(j).rate() && items.get(j).raw().start() > 0
                    && t.charAt(items.get(j).raw().start() - 1) == '、' && items.get(j - 1).raw().end() + 1 == items.get(j).raw().start()) {
                j++;
            }
            int n = j - i;
            // a rate whose clause names its own subject (万元GDP能耗下降3.5%) takes no base from an earlier clause
            int[] ownRange = Subjects.left(t, clauseStarts.get(i), cueStart);
            String own = ownRange == null ? "" : norm.substring(ownRange[0], ownRange[1]);
            int clauseOfRate = clauseStarts.get(i);
            List<Integer> bases = new ArrayList<>();
            for (int k = i - 1; k >= 0 && bases.size() < n; k--) {
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
            if (bases.isEmpty() && !own.isEmpty()) {
                for (int r = i; r < j; r++) {
                    FigureStage.Item rate = items.get(r);
                    items.set(r, new FigureStage.Item(rate.found(), rate.quantity(),
                            own + suffix(rate.quantity().unit().kind(), dir)));
                }
            }
            if (bases.size() == n) {
                for (int r = 0; r < n; r++) {
                    int bi = bases.get(r);
                    FigureStage.Item rate = items.get(i + r);
                    FigureStage.Item base = items.get(bi);
                    changes.put(bi, new Change(dir, rate.quantity(), basis));
                    items.set(i + r, new FigureStage.Item(rate.found(), rate.quantity(),
                            base.subject() + suffix(rate.quantity().unit().kind(), dir)));
                }
            }
            i = j;
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

    /** Emits every item as an indicator or a target. */
    void emit(Analysis a, String t, boolean planDoc, Integer ref, List<Indicator> indicators, List<Target> targets) {
        for (int i = 0; i < items.size(); i++) {
            FigureStage.Item it = items.get(i);
            RawMention m = it.raw();
            Evidence ev = a.evidence(m.start(), m.end(), start, end);
            int segment = i > 0 ? Math.max(items.get(i - 1).raw().end(), clauseStart(t, start, m.start()))
                    : clauseStart(t, start, m.start());
            Decision d = decide(t, m.start(), segment, planDoc, ref);
            if (d.target()) {
                targets.add(new Target(it.subject(), it.quantity(), FigureStage.yearDate(d.deadline()),
                        FigureStage.modality(d.modality()), ev));
            } else {
                indicators.add(new Indicator(it.subject(), it.quantity(), changes.get(i), null, ev));
            }
        }
    }

    /** Whether a figure is a target, with its deadline and modality. */
    record Decision(boolean target, Integer deadline, Modality modality) {
    }

    private Decision decide(String t, int at, int segment, boolean planDoc, Integer ref) {
        int best = -1;
        Boolean future = null;
        Modality modality = null;
        Integer year = null;
        for (Cues.Hit h : hits) {
            if (h.at() < at && h.at() > best) {
                best = h.at();
                future = h.modality() != null;
                modality = h.modality();
            }
        }
        for (int[] y : years) {
            if (y[0] < at && y[0] > best) {
                boolean to = y[0] > 0 && (t.charAt(y[0] - 1) == '到' || t.charAt(y[0] - 1) == '至')
                        && !(y[0] > 1 && t.charAt(y[0] - 2) == '截');
                best = y[0];
                future = ref == null ? to : y[1] > ref || to;
                modality = future ? Modality.GOAL : null;
                year = future ? Integer.valueOf(y[1]) : null;
            }
        }
        boolean target = future != null ? future : futureMode || planDoc;
        if (!target) {
            return new Decision(false, null, null);
        }
        Integer deadline = year;
        if (deadline == null) {
            for (int[] y : years) {
                if (ref == null || y[1] >= ref) {
                    deadline = y[1];
                }
            }
        }
        if (deadline == null && modeYear != null) {
            deadline = modeYear;
        }
        if (deadline == null && ref != null && (C.any("today", t, segment, at) || todayLead(t)
                || modality == Modality.FORECAST
                || (planDoc && !futureMode))) {
            deadline = ref;
        }
        return new Decision(true, deadline, modality);
    }

    /** Whether the sentence opens with a word meaning the reference year (今年将…). */
    private boolean todayLead(String t) {
        return C.wordAt("today", t, start, Math.min(end, start + 4)) != null;
    }

    /** Years (1900..2100) written with 年 in {@code [s, e)}, outside book titles: {offset, year}. */
    private static List<int[]> years(String t, int s, int e) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        for (int i = s; i + 4 < e; i++) {
            char c = t.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && t.charAt(i + 4) == '年') {
                Integer y = FigureStage.year(t, i);
                if (y != null) {
                    out.add(new int[] {i, y});
                }
            }
        }
        return out;
    }

    static int clauseStart(String t, int s, int at) {
        for (int i = at - 1; i >= s; i--) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '。' || c == '!' || c == '?') {
                return i + 1;
            }
        }
        return s;
    }

    static int clauseEnd(String t, int at, int e) {
        for (int i = at; i < e; i++) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '。' || c == '!' || c == '?') {
                return i;
            }
        }
        return e;
    }
}
