package io.github.policyreport.internal.time;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.Meta;
import io.github.policyreport.internal.text.Normalizer;
import io.github.policyreport.internal.text.Paragraph;
import io.github.policyreport.mention.DateMention;
import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.Script;
import io.github.policyreport.model.Span;
import io.github.policyreport.model.TimelineEvent;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers: analyses built by hand, and the one check every span must pass. */
final class Spans {

    private Spans() {
    }

    /** Every span is in bounds and its text is the source's text there. */
    static void assertSpan(String source, Span span) {
        io.github.policyreport.SpanChecks.assertIndexes(source, span);
    }

    /** Checks the spans of every mention and every event. */
    static void assertMentions(String source, List<DateMention> mentions) {
        for (DateMention m : mentions) {
            assertSpan(source, m.span());
        }
    }

    static void assertEvents(Analysis a, List<TimelineEvent> events) {
        for (TimelineEvent e : events) {
            io.github.policyreport.SpanChecks.assertEvidence(a.source(), e.evidence());
        }
    }

    /** A mention as {@code text:KIND:value}, value being the date, from..to, or nothing. */
    static String render(DateMention m) {
        String value = switch (m.kind()) {
            case POINT -> String.valueOf(m.date());
            case RANGE -> m.from() + ".." + m.to();
            case DURATION -> "-";
        };
        return m.span().text() + ":" + m.kind() + ":" + value;
    }

    /**
     * An analysis whose source is {@code lines} joined by line ends, normalized as a page is (one to
     * one: write no invisible characters); every
     * non-blank line a body paragraph, except lines starting with {@code ~} (kept out of the body,
     * the {@code ~} dropped).
     */
    static Analysis analysis(String published, String... lines) {
        StringBuilder src = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        for (String line : lines) {
            boolean body = !line.startsWith("~");
            String l = body ? line : line.substring(1);
            if (src.length() > 0) {
                src.append('\n');
            }
            int s = src.length();
            src.append(l);
            if (body && !l.isBlank()) {
                ranges.add(new int[] {s, src.length()});
            }
        }
        String source = src.toString();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int[] r : ranges) {
            paragraphs.add(Paragraph.of(source, r[0], r[1], -1, 0));
        }
        PartialDate p = published == null ? null : PartialDate.parse(published);
        Meta meta = new Meta(null, p, null, List.of(), List.of(), List.of(), Script.SIMPLIFIED);
        return new Analysis(Normalizer.normalize(source), paragraphs, List.of(), meta,
                List.of());
    }
}
