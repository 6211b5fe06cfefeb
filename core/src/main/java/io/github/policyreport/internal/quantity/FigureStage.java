package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.Isolation;
import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.Numbering;
import io.github.policyreport.internal.text.Paragraph;
import io.github.policyreport.internal.text.Sentences;
import io.github.policyreport.internal.text.Years;
import io.github.policyreport.model.Change;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Modality;
import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.Qualifier;
import io.github.policyreport.model.Quantity;
import io.github.policyreport.model.Target;
import io.github.policyreport.model.Unit;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Body paragraphs to indicators and targets. Each quantity mention of a body sentence becomes an
 * {@link Indicator} (achieved) or a {@link Target} (forward-looking), with a subject, its change
 * against a baseline, and for targets a deadline and modality.
 *
 * <p>Forward-looking is decided per figure: the cue nearest before it in its sentence wins (a
 * future cue such as 力争/将/预计, a past marker such as 已/累计/同比, or a year after or before the
 * reference year); without one, the paragraph's mode (after an opener such as 下一步 or a
 * "2015年,…将…" paragraph, list items stay forward-looking) and then the document's character
 * (a plan for the reference year when almost no figure sentence is marked as past) decide.
 *
 * <p>The cues and the number grammar come from the {@link FigureRules} the stage is built with.
 * Immutable and thread-safe. Public because the pipeline runs it.
 */
public final class FigureStage {

    /** Longest piece of a sentence read at once, in characters. */
    static final int MAX_SENTENCE = 2000;

    private final FigureRules rules;

    /** A stage that reads figures with {@code rules}. */
    public FigureStage(FigureRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** A stage with the {@linkplain FigureRules#defaults() shipped rules}. */
    public static FigureStage defaults() {
        return new FigureStage(FigureRules.defaults());
    }

    /**
     * The indicators and targets of the body.
     *
     * @param analysis      the analysed page
     * @param referenceYear the year 今年 means, or null when unknown
     */
    public Figures extract(Analysis analysis, Integer referenceYear) {
        return extract(analysis, referenceYear, ParseContext.defaults());
    }

    /**
     * The indicators and targets of the body, within the context's bounds: a sentence is read in
     * pieces of at most {@value #MAX_SENTENCE} characters, each giving at most
     * {@code maxMentionsPerSentence} figures, and reading stops once {@code maxItems} figures are
     * found; a sentence whose reading fails is left out. Each cut or failure is a warning.
     */
    public Figures extract(Analysis analysis, Integer referenceYear, ParseContext context) {
        Objects.requireNonNull(analysis, "analysis");
        String t = analysis.text();
        List<Warning> warnings = new ArrayList<>();
        List<SentenceFigures> sentences = new ArrayList<>();
        boolean future = false;
        Integer modeYear = null;
        int found = 0;
        boolean[] mentionCut = new boolean[1];
        List<String> sectionHeadings = Parts.normalizedHeadings(analysis);
        Parts.Read parts = rules.parts.read(analysis, sectionHeadings, referenceYear);
        boolean bothBases = bodyContains(analysis, "同比") && bodyContains(analysis, "环比");
        List<Paragraph> body = analysis.body();
        paragraphs:
        for (int pi = 0; pi < body.size(); pi++) {
            Paragraph p = body.get(pi);
            if (p.end() > t.length()) {
                continue;
            }
            Parts.Tense part = parts.tenses()[pi];
            String section = parts.headings()[pi];
            boolean heading = p.heading() || p.line().unstopped();
            boolean list = p.numbered();
            if (!heading && !list) {
                future = false;
                modeYear = null;
            }
            Integer sectionYear = sectionYear(sectionHeadings, p, referenceYear);
            boolean sectionFuture = sectionYear != null || sectionOpener(sectionHeadings, p, referenceYear);
            List<int[]> ss = Sentences.split(t, textStart(p), p.end(), MAX_SENTENCE);
            Integer year = ss.isEmpty() ? null : heading ? Years.first(t, ss.get(0)[0], ss.get(0)[1])
                    : Years.leading(t, ss.get(0)[0], ss.get(0)[1]);
            // 到2030年，…: a paragraph led by a deadline plans for that year, and so do the list items after it
            Integer byYear = ss.isEmpty() || heading ? null : deadlineLead(t, ss.get(0)[0], ss.get(0)[1]);
            String measure = null;
            for (int k = 0; k < ss.size(); k++) {
                int[] s = ss.get(k);
                boolean mode = part == Parts.Tense.PLANNED || (part == null && (future || sectionFuture));
                SentenceFigures.Context sc = new SentenceFigures.Context(mode, part,
                        modeYear != null ? modeYear : sectionYear, section, bothBases, p.start(), measure);
                SentenceFigures sf = Isolation.guard("figures: sentence at " + s[0],
                        () -> SentenceFigures.read(rules, t, s[0], s[1], sc, referenceYear, mentionCut,
                                context.maxMentionsPerSentence()), null, warnings);
                if (sf == null) {
                    continue;
                }
                sentences.add(sf);
                measure = sf.measure() != null ? sf.measure() : measure;
                found += sf.items().size();
                if (found > context.maxItems()) {
                    warnings.add(new Warning(Warning.Code.ITEMS_CUT, "more than " + context.maxItems()
                            + " figures; the body was read no further (maxItems)"));
                    break paragraphs;
                }
                boolean cue = sf.hasFutureCue();
                boolean shortLast = (k == ss.size() - 1 || heading) && s[1] - s[0] <= 40;
                boolean opener = (shortLast && rules.cues.any(Cues.Kind.OPENER, t, s[0], s[1])
                        && !rules.cues.any(Cues.Kind.REVIEW, t, s[0], s[1]))
                        || (k == 0 && year != null && (referenceYear == null || year >= referenceYear) && cue);
                if (opener) {
                    future = true;
                    modeYear = k == 0 && year != null && (cue || referenceYear == null || year > referenceYear) ? year : null;
                } else if (k == 0 && byYear != null && (referenceYear == null || byYear > referenceYear)) {
                    future = true;
                    modeYear = byYear;
                }
            }
        }
        if (mentionCut[0]) {
            warnings.add(new Warning(Warning.Code.ITEMS_CUT, "a sentence holds more than "
                    + context.maxMentionsPerSentence() + " figures; the first were kept (maxMentionsPerSentence)"));
        }
        boolean planDoc = planDocument(sentences, referenceYear);
        List<Indicator> indicators = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (SentenceFigures s : sentences) {
            int ni = indicators.size();
            int nt = targets.size();
            try {
                s.emit(analysis, t, planDoc, referenceYear, indicators, targets);
            } catch (RuntimeException | StackOverflowError e) {
                if (Isolation.STRICT) {
                    throw e;
                }
                indicators.subList(ni, indicators.size()).clear(); // drop what the failed sentence emitted
                targets.subList(nt, targets.size()).clear();
                warnings.add(Isolation.failed("figures: a sentence", e));
            }
        }
        return new Figures(indicators, targets, warnings);
    }

    /**
     * A document is a plan for its reference year when no figure sentence is marked as past (已,
     * 同比, a year up to the reference year …) and at least two sentences carry a future cue.
     */
    static boolean planDocument(List<SentenceFigures> sentences, Integer referenceYear) {
        int withFigures = 0;
        int past = 0;
        int future = 0;
        for (SentenceFigures s : sentences) {
            if (s.hasFutureCue()) {
                future++;
            }
            if (!s.items().isEmpty()) {
                withFigures++;
                if (s.hasPastMarker(referenceYear)) {
                    past++;
                }
            }
        }
        return withFigures > 0 && past == 0 && future >= 2;
    }

    /**
     * Where a paragraph's text starts: after the mark of a numbered point ((1), 1., ①, ■), which is
     * no part of any figure's subject; a numbering word (一是, 首先) stays.
     */
    private static int textStart(Paragraph p) {
        if (p.kind() != Paragraph.Kind.LIST_ITEM || p.numbering().isEmpty()) {
            return p.start();
        }
        Numbering n = p.numbering().get();
        boolean mark = switch (n.family()) {
            case DIGIT_PAREN, DIGIT, CIRCLED, BULLET, CHINESE_PAREN -> true;
            default -> false;
        };
        return mark && n.end() > p.start() && n.end() < p.end() ? n.end() : p.start();
    }

    /** The year of a leading deadline, 到2030年 or 至2030年 (after spaces), or null. */
    private static Integer deadlineLead(String t, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i < to && (t.charAt(i) == '到' || t.charAt(i) == '至') ? Years.leading(t, i + 1, to) : null;
    }

    /** The year after the reference year that the paragraph's section heading names (2023年工作计划), or null. */
    private static Integer sectionYear(List<String> headings, Paragraph p, Integer ref) {
        if (ref == null || p.section() < 0 || p.section() >= headings.size()) {
            return null;
        }
        String h = headings.get(p.section());
        Integer y = Years.first(h, 0, h.length());
        return y != null && y > ref ? y : null;
    }

    private boolean sectionOpener(List<String> headings, Paragraph p, Integer ref) {
        if (p.section() < 0 || p.section() >= headings.size()) {
            return false;
        }
        String h = headings.get(p.section());
        if (h.isEmpty()) {
            return false;
        }
        if (rules.cues.any(Cues.Kind.OPENER, h, 0, h.length())) {
            return true;
        }
        Integer y = Years.leading(h, 0, h.length());
        return y != null && ref != null && y > ref;
    }

    /** Whether a body paragraph contains {@code word}. */
    private static boolean bodyContains(Analysis a, String word) {
        String t = a.text();
        for (Paragraph p : a.body()) {
            if (Find.first(t, word, p.start(), p.end()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A figure that is kept: the mention, its quantity (maybe with an inferred unit) and subject. */
    record Item(QuantityEngine.Found found, Quantity quantity, String subject, boolean lowConfidence) {
        Item(QuantityEngine.Found found, Quantity quantity, String subject) {
            this(found, quantity, subject, false);
        }

        RawMention raw() {
            return found.raw();
        }

        boolean rate() {
            Unit.Kind k = quantity.unit().kind();
            return k == Unit.Kind.PERCENT || k == Unit.Kind.PERCENTAGE_POINT || k == Unit.Kind.MULTIPLE;
        }

        boolean rank() {
            return quantity.unit().kind() == Unit.Kind.RANK;
        }
    }

    static boolean keep(QuantityEngine.Found f) {
        Quantity q = f.quantity();
        RawMention m = f.raw();
        if (m.chineseOnly() && q.unit().isCount() && q.qualifier() == Qualifier.EQ
                && q.value().compareTo(BigDecimal.TEN) <= 0 && m.approx() == null) {
            return false;
        }
        return !m.loose();
    }

    static Quantity inferred(Rules numbers, Quantity q, String subject) {
        if (q.unit().kind() != Unit.Kind.NONE) {
            return q;
        }
        if (numbers.ratioSubject(subject)) {
            return new Quantity(q.value(), Unit.MULTIPLE, q.qualifier(), q.high());
        }
        String cls = numbers.inferredClassifier(subject);
        if (cls == null || q.value().compareTo(BigDecimal.valueOf(100)) < 0) {
            return null;
        }
        return new Quantity(q.value(), Unit.count(cls), q.qualifier(), q.high());
    }

    static PartialDate yearDate(Integer y) {
        return y == null ? null : PartialDate.of(y);
    }

    static Modality modality(Modality m) {
        return m == null ? Modality.PLAN : m;
    }
}
