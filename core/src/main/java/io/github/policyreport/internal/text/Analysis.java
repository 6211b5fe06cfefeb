package io.github.policyreport.internal.text;

import io.github.policyreport.model.Evidence;
import io.github.policyreport.model.Section;
import io.github.policyreport.model.Span;
import io.github.policyreport.model.Warning;

import java.util.List;

/**
 * What the text layer hands to the extraction stages: the source, its normalized view, the body
 * paragraphs (normalized ranges, one copy, boilerplate removed), sections, metadata and warnings.
 * Extraction stages work on {@link #text()} and turn normalized ranges into source spans with
 * {@link #span(int, int)}.
 *
 * @param normalized the normalized view with its offset map
 * @param body       body paragraphs in reading order
 * @param sections   sections with source spans
 * @param meta       metadata read from the page
 * @param warnings   what went wrong while reading
 *
 * <p>Public because the text layer's product, read by every later stage.
 */
public record Analysis(NormalizedText normalized, List<Paragraph> body, List<Section> sections, Meta meta,
                       List<Warning> warnings) {

    public Analysis {
        body = List.copyOf(body);
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /** The original text; every span indexes it. */
    public String source() {
        return normalized.source();
    }

    /** The normalized text that extraction stages read. */
    public String text() {
        return normalized.text();
    }

    /** The source span of the normalized range {@code [start, end)}. */
    public Span span(int start, int end) {
        return normalized.span(start, end);
    }

    /** Evidence for a normalized range inside a normalized sentence range. */
    public Evidence evidence(int start, int end, int sentenceStart, int sentenceEnd) {
        Span s = span(start, end);
        Span sentence = span(Math.min(start, sentenceStart), Math.max(end, sentenceEnd));
        return new Evidence(s, sentence);
    }

    /** The normalized text of a paragraph. */
    public String text(Paragraph p) {
        return text().substring(p.start(), p.end());
    }

    /** The sentences of a paragraph, as normalized ranges {@code {start, end}} (see {@link Sentences}). */
    public List<int[]> sentences(Paragraph p) {
        return Sentences.split(text(), p.start(), p.end());
    }

    /** The innermost section a paragraph belongs to, if any. */
    public java.util.Optional<Section> section(Paragraph p) {
        return p.section() >= 0 && p.section() < sections.size() ? java.util.Optional.of(sections.get(p.section()))
                : java.util.Optional.empty();
    }

    /** The length of the region name {@code text} starts with at {@code from} (重庆 in 重庆一季度…), or 0. */
    public static int regionPrefix(String text, int from) {
        return Regions.prefix(text, from);
    }

    /**
     * The full official name of the first region named in the normalized range {@code [from, to)}
     * (重庆 → 重庆市), or null. National words (全国, 我国, a ministry) are skipped: they scope a
     * comparison rather than place a figure. Read in place, as if the text ended at {@code to}.
     */
    public String firstPlace(int from, int to) {
        Regions.Region r = Regions.place(text(), from, to, false);
        return r == null ? null : r.name();
    }

    /** Like {@link #firstPlace} but the last region named in {@code [from, to)}, or null. */
    public String lastPlace(int from, int to) {
        Regions.Region r = Regions.place(text(), from, to, true);
        return r == null ? null : r.name();
    }
}
