package io.github.policyreport.internal;

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
    private final Map<Long, Span> sentences = new HashMap<>();

    Bounds(String source, ParseContext context) {
        this.source = source;
        this.context = context;
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

    Indicator bound(Indicator i) {
        return new Indicator(text(i.subject()), i.quantity(), i.change(), i.period(), bound(i.evidence()), i.region(),
                text(i.section()), i.notes());
    }

    Target bound(Target t) {
        return new Target(text(t.subject()), t.quantity(), t.deadline(), t.modality(), bound(t.evidence()), t.period(),
                t.region(), text(t.section()), t.notes());
    }

    TimelineEvent bound(TimelineEvent e) {
        return new TimelineEvent(e.date(), text(e.description()), bound(e.evidence()));
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
        long key = ((long) start << 32) | end;
        Span shared = sentences.computeIfAbsent(key, k -> s.start() == k >>> 32 && s.end() == (int) (long) k ? s
                : Span.of(source, (int) (k >>> 32), (int) (long) k));
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
