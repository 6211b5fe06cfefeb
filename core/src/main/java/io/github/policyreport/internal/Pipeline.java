package io.github.policyreport.internal;

import io.github.policyreport.generic.SiteProfile;
import io.github.policyreport.internal.quantity.FigureStage;
import io.github.policyreport.internal.quantity.Figures;
import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.Meta;
import io.github.policyreport.internal.text.Paragraph;
import io.github.policyreport.internal.text.TextLayer;
import io.github.policyreport.internal.time.TimeStage;
import io.github.policyreport.model.Report;
import io.github.policyreport.model.ReportMetadata;
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
 * {@link Report}. Stateless; every call works on its own data.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /** Runs the whole pipeline on one document. */
    public static Report run(String parserId, SourceDocument doc, ParseContext context, SiteProfile profile) {
        Objects.requireNonNull(doc, "document");
        Objects.requireNonNull(context, "context");
        Analysis a = TextLayer.analyze(doc, profile, context);
        List<Warning> warnings = new ArrayList<>(a.warnings());
        warnings.addAll(doc.notes());
        Integer year = TimeStage.referenceYear(a, context, warnings);
        Figures figures = FigureStage.extract(a, year);
        List<TimelineEvent> timeline = TimeStage.timeline(a, year);
        Meta m = a.meta();
        // the text layer already falls back to the profile's own outlet
        ReportMetadata meta = new ReportMetadata(m.title(), m.published(), m.source(), m.authors(), m.editors(),
                m.regions(), year, m.script(), m.delivered());
        return new Report(parserId, a.source(), meta, body(a), a.sections(), figures.indicators(),
                figures.targets(), timeline, warnings);
    }

    private static String body(Analysis a) {
        StringJoiner j = new StringJoiner("\n");
        for (Paragraph p : a.body()) {
            j.add(a.span(p.start(), p.end()).text().strip());
        }
        return j.toString();
    }
}
