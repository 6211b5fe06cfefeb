package io.github.policyreport.internal.pipeline;

import io.github.policyreport.internal.Isolation;
import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.internal.quantity.FigureStage;
import io.github.policyreport.internal.quantity.Figures;
import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.Meta;
import io.github.policyreport.internal.text.Paragraph;
import io.github.policyreport.internal.text.TextLayer;
import io.github.policyreport.internal.time.PageDates;
import io.github.policyreport.internal.time.TimeStage;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Report;
import io.github.policyreport.model.ReportMetadata;
import io.github.policyreport.model.Target;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The generic pipeline: text layer, reference year, figures, timeline, assembled into a
 * {@link Report}. Composed of stages, each built with its own rules; the
 * {@linkplain #defaults() default pipeline} uses the shipped rules. Immutable; every call works on
 * its own data.
 */
final class Pipeline {

    private static final Lazy<Pipeline> DEFAULTS = Lazy.of(() -> new Pipeline(TextLayer.defaults(),
            FigureStage.defaults(), TimeStage.defaults()));

    private final TextLayer textLayer;
    private final FigureStage figureStage;
    private final TimeStage timeStage;

    /** A pipeline of these stages. */
    Pipeline(TextLayer textLayer, FigureStage figureStage, TimeStage timeStage) {
        this.textLayer = Objects.requireNonNull(textLayer, "textLayer");
        this.figureStage = Objects.requireNonNull(figureStage, "figureStage");
        this.timeStage = Objects.requireNonNull(timeStage, "timeStage");
    }

    /** The pipeline of stages with the shipped rules, built once on first use. */
    static Pipeline defaults() {
        return DEFAULTS.get();
    }

    /**
     * Runs the whole pipeline on one document. Each stage runs {@linkplain Isolation isolated}: a
     * stage that fails leaves its items out with a {@code STAGE_FAILED} warning, and the figure
     * and time stages isolate each sentence; the {@link ParseContext} bounds cut the result.
     */
    Report run(String parserId, SourceDocument doc, ParseContext context, SiteHints site) {
        Objects.requireNonNull(doc, "document");
        Objects.requireNonNull(context, "context");
        List<Warning> early = new ArrayList<>();
        Analysis a = Isolation.guard("text layer", () -> textLayer.analyze(doc, site, context), null, early);
        if (a == null) {
            a = TextLayer.empty(doc, site, context);
        }
        Analysis analysis = a;
        List<Warning> warnings = new ArrayList<>(a.warnings());
        warnings.addAll(early);
        warnings.addAll(doc.notes());
        // the body's date expressions, found once for the reference year and the timeline
        PageDates dates = timeStage.read(analysis);
        List<Warning> yearWarnings = new ArrayList<>();
        Integer found = Isolation.guard("reference year", () -> timeStage.referenceYear(dates, context, yearWarnings),
                null, warnings);
        warnings.addAll(yearWarnings);
        Integer year = found == null || (found >= ParseContext.MIN_REFERENCE_DATE.getYear()
                && found <= ParseContext.MAX_REFERENCE_DATE.getYear()) ? found : null; // 去年 of 9999 is no year
        if (year == null && found != null) {
            warnings.add(new Warning(Warning.Code.STAGE_FAILED, "reference year " + found
                    + " is outside the years 1-9999 and was left out"));
        }
        Figures figures = Isolation.guard("figures", () -> figureStage.extract(analysis, year, context),
                new Figures(List.of(), List.of()), warnings);
        warnings.addAll(figures.warnings());
        List<Warning> timeWarnings = new ArrayList<>();
        List<TimelineEvent> timeline = Isolation.guard("timeline",
                () -> timeStage.timeline(dates, year, context, timeWarnings),
                List.of(), warnings);
        warnings.addAll(timeWarnings);
        String body = Isolation.guard("body", () -> body(analysis), "", warnings);
        Meta m = a.meta();
        // the text layer already falls back to the profile's own outlet
        ReportMetadata meta = new ReportMetadata(m.title(), m.published(), m.source(), m.authors(), m.editors(),
                m.regions(), year, m.script(), m.delivered());
        Bounds bounds = new Bounds(a.source(), context, Isolation.STRICT);
        List<Indicator> indicators = bounds.cap(figures.indicators(), "indicators", warnings).stream()
                .filter(i -> bounds.indexes(i.evidence(), "figures: an indicator", warnings)).map(bounds::bound).toList();
        List<Target> targets = bounds.cap(figures.targets(), "targets", warnings).stream()
                .filter(t -> bounds.indexes(t.evidence(), "figures: a target", warnings)).map(bounds::bound).toList();
        List<TimelineEvent> events = bounds.cap(timeline, "timeline events", warnings).stream()
                .filter(e -> bounds.indexes(e.evidence(), "timeline: an event", warnings)).map(bounds::bound).toList();
        return new Report(parserId, a.source(), meta, body, a.sections(), indicators, targets, events, warnings);
    }

    private static String body(Analysis a) {
        StringJoiner j = new StringJoiner("\n");
        for (Paragraph p : a.body()) {
            j.add(a.span(p.start(), p.end()).text().strip());
        }
        return j.toString();
    }
}
