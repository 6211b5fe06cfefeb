package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.Years;
import io.github.policyreport.model.Change;
import io.github.policyreport.model.Evidence;
import io.github.policyreport.model.FigureNote;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Modality;
import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.Quantity;
import io.github.policyreport.model.Target;
import io.github.policyreport.model.Unit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of one sentence: kept mentions with subjects, the changes that attach growth rates
 * to the figures they describe (分别增长44%、112% pairs rates with items in order), and the cues
 * and years that decide whether each figure is achieved or forward-looking.
 */
final class SentenceFigures {

    private final FigureRules rules;
    private final int start;
    private final int end;
    private final Context context;
    private final List<FigureStage.Item> items;
    private final Map<Integer, Change> changes;
    private final List<Cues.Hit> hits;
    private final List<int[]> years;
    private final Integer latestYear;
    private final String measure;

    /**
     * What the sentence inherits from its place in the report.
     *
     * @param futureMode whether figures without a cue are forward-looking (a plan part, after 下一步)
     * @param part       the tense of the part the sentence is in, or null
     * @param modeYear   the deadline the paragraph's opener or heading names, or null
     * @param section    the heading of the sentence's section, or ""
     * @param bothBases  whether the report gives rates on both bases (同比 and 环比), so a rate's
     *                   subject names its basis
     * @param paragraph  where the sentence's paragraph starts (a rate without a basis of its own takes
     *                   the 同比 or 环比 last named in it)
     * @param measure    the measure of the last rate of the previous sentence in the paragraph (全国居民消费价格
     *                   同比上涨0.8%。其中，城市上涨0.7% → 城市居民消费价格), or null
     */
    record Context(boolean futureMode, Parts.Tense part, Integer modeYear, String section, boolean bothBases,
                   int paragraph, String measure) {
    }

    private SentenceFigures(FigureRules rules, int start, int end, Context context, List<FigureStage.Item> items,
                            Map<Integer, Change> changes, List<Cues.Hit> hits, List<int[]> years, String measure) {
        this.rules = rules;
        this.start = start;
        this.end = end;
        this.context = context;
        this.items = items;
        this.changes = changes;
        this.hits = hits;
        this.years = years;
        this.latestYear = years.isEmpty() ? null : years.get(years.size() - 1)[1];
        this.measure = measure;
    }

    /** The measure of the sentence's last rate, carried to the next sentence of the paragraph, or null. */
    String measure() {
        return measure;
    }

    List<FigureStage.Item> items() {
        return items;
    }

    boolean hasFutureCue() {
        return hasCue(true);
    }

    /** Whether the sentence has a past marker or names a year up to the reference year. */
    boolean hasPastMarker(Integer ref) {
        if (hasCue(false)) {
            return true;
        }
        if (ref != null) {
            for (int[] y : years) {
                if (y[1] <= ref) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a cue hit of the sentence is a future one ({@code future}) or a past one (not). */
    private boolean hasCue(boolean future) {
        for (Cues.Hit h : hits) {
            if ((h.modality() != null) == future) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads at most {@code maxMentions} figures of the sentence {@code [s, e)} of normalized text
     * {@code t}; sets {@code cut[0]} when there were more.
     */
    static SentenceFigures read(FigureRules rules, String t, int s, int e, Context context, Integer ref,
                                boolean[] cut, int maxMentions) {
        List<QuantityEngine.Found> found = QuantityEngine.scan(rules.numbers, t, s, e);
        if (found.size() > maxMentions) {
            found = found.subList(0, maxMentions);
            cut[0] = true;
        }
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
                FigureStage.Item base = null;
                for (int b = items.size() - 1; b >= Math.max(0, items.size() - BACK) && !items.get(b).rank(); b--) {
                    if (!changeRate(rules, t, items.get(b), clauseStarts.get(b)) && !items.get(b).lowConfidence()) {
                        base = items.get(b);
                        break;
                    }
                }
                String own = cut(t, rules.subjects.rankLeft(t, from, m.start()));
                int[] after = m.end() > 0 && t.charAt(m.end() - 1) == '大' ? rules.subjects.right(t, m.end(), clauseEnd) : null;
                if (after != null) {
                    // 跻身全球第三大港口: the ranked thing follows the rank
                    subject = cut(t, after);
                } else if (!own.isEmpty() && base != null && rules.cues.generic(own)) {
                    // 外商直接投资149.6亿美元、总规模居第1位: an aspect of the figure before
                    subject = join(base.subject(), own);
                } else if (own.length() >= 4) {
                    // 区域创新能力稳居全国第4位: the rank's clause names what is ranked (a shorter phrase is
                    // more often a place or a verb: 渭南市居第1, 保持全国第1位)
                    subject = own;
                } else {
                    subject = base != null ? base.subject() : "";
                }
                if (!subject.endsWith("排位")) {
                    subject = join(subject, "排名");
                }
            } else {
                int[] left = rules.subjects.left(t, from, m.start());
                int[] right = null;
                if (k == Unit.Kind.COUNT || k == Unit.Kind.MONEY || (m.end() < e && t.charAt(m.end()) == '的')) {
                    right = rules.subjects.right(t, m.end(), clauseEnd);
                }
                int people = k == Unit.Kind.COUNT && "人".equals(q.unit().code()) ? rules.numbers.peoplePhraseEnd(t, m.end())
                        : m.end();
                if (people > m.end() && people <= clauseEnd) {
                    // 为120万困难群众发放救助金, 惠及35万偏远农村居民: the people counted, not the rest of the clause
                    right = new int[] {m.end(), people};
                }
                subject = right != null ? cut(t, right) : cut(t, left);
                if (subject.isEmpty() && prev != null && m.start() - prev.raw().end() <= 1) {
                    // 科创载体93个2217万平方米: another aspect of the same thing; 3.1万元和1.2万元: the same measure
                    subject = prev.quantity().unit().kind() == k ? prev.subject() : join(prev.subject(), rules.cues.aspect(k.name()));
                } else if (subject.isEmpty() && prev != null && (prev.quantity().unit().equals(q.unit()) || prev.rate())
                        && emptyBetween(rules, t, prev.raw().end(), m.start())) {
                    // 突破100亿元,达到108.6亿元; 资产总额增长12.5%、达到3.2万亿元: the measure before
                    subject = prev.subject();
                }
                if (subject.isEmpty()) {
                    subject = cut(t, rules.subjects.verbBefore(t, from, m.start()));
                }
                if (rules.cues.generic(subject) && prev != null && !prev.rate() && !prev.rank()) {
                    subject = join(prev.subject(), subject);
                }
                int share = left == null ? -1 : shareAt(rules, t, from, left[0]);
                if (k == Unit.Kind.PERCENT && share >= 0 && t.charAt(left[0]) != '占') {
                    // 技术合同交易额8.77亿元,占年度推进指标的307%; 经济总量超4万亿元，占全国比重升至3.7%:
                    // the share of the figure before
                    FigureStage.Item base = lastPlain(items);
                    if (base != null) {
                        subject = join(base.subject(), t.substring(share, left[1]));
                    }
                }
                if (k == Unit.Kind.NONE) {
                    q = FigureStage.inferred(rules.numbers, q, cut(t, left));
                    if (q == null) {
                        continue;
                    }
                }
            }
            if (rules.cues.wordAt(Cues.Kind.FRAMING, subject, 0, subject.length()) != null) {
                subject = "";
            }
            boolean low = subject.isEmpty();
            if (low) {
                subject = rules.subjects.topic(t, s, m.start());
            }
            items.add(new FigureStage.Item(f, q, subject, low));
            clauseStarts.add(clause);
        }
        listed(rules, t, items, clauseStarts);
        Map<Integer, Change> changes = new HashMap<>();
        String measure = rules.changes.attach(t, items, clauseStarts, changes, context);
        return new SentenceFigures(rules, s, e, context, items, changes, hits(rules, t, s, e), Years.written(t, s, e),
                measure);
    }

    /**
     * 一般公共预算收入、支出分别突破800亿元和1500亿元: amounts or counts after 分别 take one item of the
     * list before it each (rates are paired in {@link Changes}).
     */
    private static void listed(FigureRules rules, String t, List<FigureStage.Item> items,
                               List<Integer> clauseStarts) {
        int i = 0;
        while (i < items.size()) {
            FigureStage.Item it = items.get(i);
            int at = it.raw().start();
            int clause = clauseStarts.get(i);
            int mark = it.rate() || it.rank() ? -1 : Find.last(t, "分别", clause, at);
            if (mark < clause || (i > 0 && items.get(i - 1).raw().end() > mark) || !emptyBetween(rules, t, mark, at)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < items.size() && !items.get(j).rate() && !items.get(j).rank()
                    && Changes.joined(t, items.get(j - 1).raw().end(), items.get(j).raw().start())) {
                j++;
            }
            int n = j - i;
            // 城乡居民人均可支配收入从3.1万元和1.2万元分别提高到…: the list stands before 从, and names the
            // figures after 从 too
            int from = Find.last(t, "从", clause, mark);
            int before = i - n;
            boolean pairBefore = from >= clause && before >= 0 && items.get(before).raw().start() > from
                    && items.get(i - 1).raw().end() <= mark;
            for (int r = before + 1; pairBefore && r < i; r++) {
                pairBefore = Changes.joined(t, items.get(r - 1).raw().end(), items.get(r).raw().start());
            }
            List<String> list = n < 2 ? null : pairBefore ? rules.subjects.list(t, clause, from, n)
                    : rules.subjects.list(t, clause, mark, n);
            if (list != null) {
                for (int r = pairBefore ? before : i; r < j; r++) {
                    FigureStage.Item x = items.get(r);
                    items.set(r, new FigureStage.Item(x.found(), x.quantity(), list.get((r - i + n) % n)));
                }
            }
            i = j;
        }
    }

    /** The longest a subject built from another one may grow (adjacent figures must not chain). */
    static final int MAX_SUBJECT = 40;

    /** {@code a + b}, or {@code b} alone when {@code a} already ends with it or the result would be too long. */
    static String join(String a, String b) {
        if (a.endsWith(b)) {
            return a;
        }
        return a.length() + b.length() > MAX_SUBJECT ? b : a + b;
    }

    /** The offset of 占 in {@code [from, at)} with only scope words between it and {@code at}, or -1. */
    private static int shareAt(FigureRules rules, String t, int from, int at) {
        int i = at - 1;
        while (i >= from && i >= at - 4 && t.charAt(i) != '占') {
            i--;
        }
        if (i < from || t.charAt(i) != '占') {
            return -1;
        }
        return i == at - 1 || rules.cues.wordAt(Cues.Kind.STRIP, t, i + 1, at) != null
                || rules.cues.wordAt(Cues.Kind.SCOPE, t, i + 1, at) != null ? i : -1;
    }

    private static FigureStage.Item lastPlain(List<FigureStage.Item> items) {
        for (int b = items.size() - 1; b >= Math.max(0, items.size() - 3); b--) {
            if (!items.get(b).rate() && !items.get(b).rank()) {
                return items.get(b);
            }
        }
        return null;
    }

    /** Whether a figure is a growth rate (a percent, point or multiple right after a change verb). */
    private static boolean changeRate(FigureRules rules, String t, FigureStage.Item it, int clause) {
        if (!it.rate()) {
            return false;
        }
        int at = it.raw().start();
        for (String gap : Changes.GAPS) {
            if (at - gap.length() >= clause && t.startsWith(gap, at - gap.length())) {
                at -= gap.length();
                break;
            }
        }
        return rules.cues.wordEndingAt(Cues.Kind.CHANGE, t, clause, at) != null
                || (it.quantity().unit().kind() == Unit.Kind.MULTIPLE && at > 0 && t.charAt(at - 1) == '的');
    }

    /** Whether only fillers and verbs such as 达到 stand between two figures (突破100亿元,达到108.6亿元). */
    private static boolean emptyBetween(FigureRules rules, String t, int from, int to) {
        int[] r = rules.subjects.strip(t, from, to);
        return r[1] <= r[0];
    }

    private static String cut(String text, int[] range) {
        return range == null ? "" : text.substring(range[0], range[1]);
    }

    /** Emits every item as an indicator or a target. */
    void emit(Analysis a, String t, boolean planDoc, Integer ref, List<Indicator> indicators, List<Target> targets) {
        for (int i = 0; i < items.size(); i++) {
            FigureStage.Item it = items.get(i);
            RawMention m = it.raw();
            // a run-on "sentence" (no punctuation for pages) is cut to a window around the figure
            int ss = end - start > 2 * CLAUSE ? Math.max(start, m.start() - CLAUSE) : start;
            int se = end - start > 2 * CLAUSE ? Math.min(end, m.end() + CLAUSE) : end;
            Evidence ev = a.evidence(m.start(), m.end(), ss, se);
            int segment = i > 0 ? Math.max(items.get(i - 1).raw().end(), clauseStart(t, start, m.start()))
                    : clauseStart(t, start, m.start());
            Decision d = decide(t, m.start(), segment, planDoc, ref);
            String region = Where.region(rules.cues, a, ss, m.start());
            PartialDate period = period(t, m.start(), ref);
            Set<FigureNote> notes = it.lowConfidence() ? EnumSet.of(FigureNote.LOW_CONFIDENCE_SUBJECT)
                    : EnumSet.noneOf(FigureNote.class);
            if (d.target()) {
                targets.add(new Target(it.subject(), it.quantity(), FigureStage.yearDate(d.deadline()),
                        FigureStage.modality(d.modality()), ev, d.deadline() == null ? period : null, region,
                        context.section(), notes));
            } else {
                indicators.add(new Indicator(it.subject(), it.quantity(), changes.get(i), period, ev, region,
                        context.section(), notes));
            }
        }
    }

    /** Whether a figure is a target, with its deadline and modality. */
    record Decision(boolean target, Integer deadline, Modality modality) {
    }

    private Decision decide(String t, int at, int segment, boolean planDoc, Integer ref) {
        Cues.Hit hit = lastBefore(hits, at);
        int[] y = lastYearBefore(at);
        int best = -1;
        Boolean future = null;
        Modality modality = null;
        Integer year = null;
        if (hit != null) {
            best = hit.at();
            future = hit.modality() != null;
            modality = hit.modality();
        }
        boolean to = y != null && y[0] > 0 && (t.charAt(y[0] - 1) == '到' || t.charAt(y[0] - 1) == '至')
                && !(y[0] > 1 && t.charAt(y[0] - 2) == '截');
        boolean futureYear = y != null && ref != null && y[1] > ref && y[0] > best;
        if (context.part() == Parts.Tense.ACHIEVED && !futureYear) {
            // a review reports results: its 计划/预计/将 name programmes and estimates, only a later year plans
            return new Decision(false, null, null);
        }
        boolean futureMode = context.futureMode();
        // the reference year itself marks a review, except inside a forward-looking section
        boolean neutral = y != null && ref != null && y[1] == ref && !to && futureMode;
        if (y != null && y[0] > best && !neutral) {
            // a deadline already past (提高到2025年的14万元 in a 2026 report) was met: an achievement
            future = ref == null ? to : y[1] > ref || (to && y[1] == ref);
            modality = future ? Modality.GOAL : null;
            year = future ? Integer.valueOf(y[1]) : null;
        }
        boolean target = future != null ? future : futureMode || planDoc;
        if (!target) {
            return new Decision(false, null, null);
        }
        Integer deadline = year;
        if (deadline == null && ref != null && (rules.cues.any(Cues.Kind.TODAY, t, segment, at) || todayLead(t))) {
            // 今年要力争…突破2200家，…到2025年…: the year named before the figure beats a later clause's;
            // 全年/年底 mean the year the paragraph plans (2015年,…将… sets it), else the reference year
            deadline = context.modeYear() != null ? context.modeYear() : ref;
        }
        if (deadline == null) {
            deadline = latestYear;
            if (deadline != null && ref != null && deadline < ref) {
                deadline = null;
            }
        }
        if (deadline == null) {
            // "十五五"时期…力争…: the plan period's last year
            int[] plan = Parts.fiveYearPlan(t, start, at);
            deadline = plan != null && (ref == null || plan[1] >= ref) ? Integer.valueOf(plan[1]) : null;
        }
        if (deadline == null && context.modeYear() != null) {
            deadline = context.modeYear();
        }
        if (deadline == null && ref != null && (rules.cues.any(Cues.Kind.TODAY, t, segment, at) || todayLead(t)
                || modality == Modality.FORECAST || (planDoc && !futureMode))) {
            deadline = ref;
        }
        return new Decision(true, deadline, modality);
    }

    /** The year an achieved figure refers to: the last year before it in its sentence, not a basis (较2020年). */
    private PartialDate period(String t, int at, Integer ref) {
        int[] y = lastYearBefore(at);
        if (y == null || (ref != null && y[1] > ref)) {
            return null;
        }
        char before = y[0] > 0 ? t.charAt(y[0] - 1) : ' ';
        if (before == '较' || before == '比' || before == '于' || before == '到' || before == '是'
                || before == '至' && !(y[0] > 1 && t.charAt(y[0] - 2) == '截')) {
            return null;
        }
        return PartialDate.of(y[1]);
    }

    /** The last cue starting before {@code at}, by binary search over the ordered hits. */
    private static Cues.Hit lastBefore(List<Cues.Hit> hits, int at) {
        int lo = 0;
        int hi = hits.size() - 1;
        Cues.Hit found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).at() < at) {
                found = hits.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private int[] lastYearBefore(int at) {
        int lo = 0;
        int hi = years.size() - 1;
        int[] found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (years.get(mid)[0] < at) {
                found = years.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Cue hits plus cumulative month ranges (1-6月, 1至9月), which report figures so far: past. */
    private static List<Cues.Hit> hits(FigureRules rules, String t, int s, int e) {
        List<Cues.Hit> hits = new ArrayList<>(rules.cues.hits(t, s, e));
        boolean added = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if ((c == '-' || c == '—' || c == '至' || c == '~') && i > s && Numerals.ascii(t.charAt(i - 1))) {
                int k = i + 1;
                while (k < e && Numerals.ascii(t.charAt(k))) {
                    k++;
                }
                if (k > i + 1 && k < e && t.charAt(k) == '月') {
                    hits.add(new Cues.Hit(i - 1, k + 1, null));
                    added = true;
                }
            }
        }
        if (added) {
            hits.sort(java.util.Comparator.comparingInt(Cues.Hit::at));
        }
        return hits;
    }

    /** Whether the sentence opens with a word meaning the reference year (今年将…). */
    private boolean todayLead(String t) {
        return rules.cues.wordAt(Cues.Kind.TODAY, t, start, Math.min(end, start + 4)) != null;
    }

    /** How far a clause is looked for around a figure, and how many figures back a base is sought. */
    private static final int CLAUSE = 200;
    private static final int BACK = 24;

    static int clauseStart(String t, int s, int at) {
        int lo = Math.max(s, at - CLAUSE);
        for (int i = at - 1; i >= lo; i--) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '。' || c == '!' || c == '?') {
                return i + 1;
            }
        }
        return lo;
    }

    static int clauseEnd(String t, int at, int e) {
        int hi = Math.min(e, at + CLAUSE);
        for (int i = at; i < hi; i++) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '。' || c == '!' || c == '?') {
                return i;
            }
        }
        return hi;
    }
}
