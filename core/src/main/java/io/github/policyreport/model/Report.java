package io.github.policyreport.model;

import java.util.List;
import java.util.Objects;

/**
 * One page turned into data: its metadata, clean body and sections, the indicators (achieved
 * figures), targets (goals, plans, forecasts) and timeline it states, and any warnings.
 *
 * <p>Every span indexes {@link #sourceText()}: the decoded input for plain text, the text
 * extracted from the markup for HTML. A report is immutable and safe to share between threads.
 *
 * @param parserId   the id of the parser that made it
 * @param sourceText the text all spans index
 * @param metadata   title, date, source, authors, regions, reference year, script
 * @param body       the clean article body in the input's own script, paragraphs separated by
 *                   {@code \n}
 * @param sections   the body's sections in reading order
 * @param indicators achieved figures in reading order
 * @param targets    forward-looking figures in reading order
 * @param timeline   dated events in reading order
 * @param warnings   what a caller should know about how the report was made
 */
public record Report(String parserId, String sourceText, ReportMetadata metadata, String body,
                     List<Section> sections, List<Indicator> indicators, List<Target> targets,
                     List<TimelineEvent> timeline, List<Warning> warnings) {

    /** Copies the lists and checks that every span lies inside the source text and matches it. */
    public Report {
        Objects.requireNonNull(parserId, "parserId");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(body, "body");
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
        timeline = List.copyOf(timeline);
        warnings = List.copyOf(warnings);
        for (Section s : sections) {
            check(sourceText, s.span());
        }
        for (Indicator i : indicators) {
            check(sourceText, i.evidence());
        }
        for (Target t : targets) {
            check(sourceText, t.evidence());
        }
        for (TimelineEvent e : timeline) {
            check(sourceText, e.evidence());
        }
    }

    private static void check(String text, Evidence e) {
        check(text, e.span());
        check(text, e.sentence());
    }

    private static void check(String text, Span s) {
        if (s.end() > text.length() || !text.regionMatches(s.start(), s.text(), 0, s.length())) {
            throw new IllegalArgumentException("span " + s + " does not index the source text");
        }
    }
}
