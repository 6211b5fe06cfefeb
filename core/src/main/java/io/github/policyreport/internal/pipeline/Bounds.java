package io.github.policyreport.internal.pipeline;

import io.github.policyreport.internal.Isolation;
import io.github.policyreport.internal.text.CodePoints;
import io.github.policyreport.model.Evidence;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Span;
import io.github.policyreport.model.Target;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link ParseContext} bounds on a finished list of items: at most {@code maxItems} per list
 * (an {@code ITEMS_CUT} warning when cut), evidence sentences no longer than
 * {@code maxEvidenceChars} (a window around the figure, on code-point boundaries), subjects and
 * descriptions no longer than that, and one shared {@link Span} per distinct sentence so that
 * many figures of one sentence do not each hold a copy of it. One instance per parse.
 */
final class Bounds {

    private final String source;
    private final ParseContext context;
    private final boolean strict;
    private final Map<Long, Span> sentences = new HashMap<>();

    /** Bounds for one report's items; {@code strict} rethrows a bad span instead of dropping its item. */
    Bounds(String source, ParseContext context, boolean strict) {
        this.source = source;
        this.context = context;
        this.strict = strict;
    }

    /** The first {@code maxItems} of {@code items}, with a warning naming {@code what} when cut. */
    <T> List<T> cap(List<T> items, String what, List<Warning> warnings) {
        if (items.size() <= context.maxItems()) {
            return items;
        }
        warnings.add(new Warning(Warning.Code.ITEMS_CUT, items.size() + " " + what + " found; the first "
                + context.maxItems() + " were kept (maxItems)"));
        return items.subList(0, context.maxItems());
    }

    /**
     * Whether both spans of the evidence index the source text; an item that does not (a bug in
     * its stage) is left out with a {@code STAGE_FAILED} warning instead of failing the report.
     */
    boolean indexes(Evidence e, String what, List<Warning> warnings) {
        boolean ok = indexes(e.span()) && indexes(e.sentence());
        if (!ok) {
            IllegalStateException bug = new IllegalStateException("span " + e.span() + " does not index the source text");
            if (strict) {
                throw bug;
            }
            warnings.add(Isolation.failed(what, bug));
        }
        return ok;
    }

    private boolean indexes(Span s) {
        return s.end() <= source.length() && source.regionMatches(s.start(), s.text(), 0, s.length());
    }

    /** The indicator with its evidence and texts within bounds; the same instance when nothing was cut. */
    Indicator bound(Indicator i) {
        String subject = text(i.subject());
        String section = text(i.section());
        Evidence e = bound(i.evidence());
        if (subject == i.subject() && section == i.section() && e == i.evidence()) {
            return i;
        }
        return new Indicator(subject, i.quantity(), i.change(), i.period(), e, i.region(), section, i.notes());
    }

    /** The target with its evidence and texts within bounds; the same instance when nothing was cut. */
    Target bound(Target t) {
        String subject = text(t.subject());
        String section = text(t.section());
        Evidence e = bound(t.evidence());
        if (subject == t.subject() && section == t.section() && e == t.evidence()) {
            return t;
        }
        return new Target(subject, t.quantity(), t.deadline(), t.modality(), e, t.period(), t.region(), section, t.notes());
    }

    /** The event with its evidence and description within bounds; the same instance when nothing was cut. */
    TimelineEvent bound(TimelineEvent t) {
        String description = text(t.description());
        Evidence e = bound(t.evidence());
        return description == t.description() && e == t.evidence() ? t : new TimelineEvent(t.date(), description, e);
    }

    /** The evidence with its sentence cut to a window around the span and shared between items. */
    Evidence bound(Evidence e) {
        Span s = e.sentence();
        Span span = e.span();
        int max = Math.max(context.maxEvidenceChars(), span.length());
        int start = s.start();
        int end = s.end();
        if (end - start > max) {
            int room = max - span.length();
            start = Math.max(start, span.start() - room / 2);
            end = Math.min(end, start + max);
            start = Math.max(s.start(), end - max);
            start = CodePoints.floor(source, start);
            end = CodePoints.ceil(source, end);
        }
        // (start, end) times an odd constant: one key per pair (a bijection), spread over the hash
        // bits; Long.hashCode of the plain pair is start ^ end, which many sentences of a long
        // page share, piling them into a few tree bins
        long key = (((long) start << 32) | end) * 0x9E3779B97F4A7C15L;
        int from = start;
        int to = end;
        Span shared = sentences.computeIfAbsent(key, k -> s.start() == from && s.end() == to ? s
                : Span.of(source, from, to));
        return shared == s ? e : new Evidence(span, shared);
    }

    /** A subject or description no longer than {@code maxEvidenceChars}, cut on a code-point boundary. */
    String text(String s) {
        int max = context.maxEvidenceChars();
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, CodePoints.floor(s, max));
    }
}
