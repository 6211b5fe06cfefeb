package io.github.policyreport.internal.text;

import io.github.policyreport.model.Span;

import java.util.Objects;

/**
 * The analysis view of a source text: Simplified script, half-width digits, letters and
 * punctuation, unified whitespace; and the map from its offsets back to the source.
 *
 * @param source the original text
 * @param text   the normalized text
 * @param map    normalized offsets to source offsets
 *
 * <p>Public because part of {@link Analysis}; the facade's probes build it.
 */
public record NormalizedText(String source, String text, OffsetMap map) {

    public NormalizedText {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(map, "map");
    }

    /** A text that normalization leaves as it is: every offset maps to itself. */
    public static NormalizedText identity(String source) {
        return new NormalizedText(source, source, OffsetMap.identity());
    }

    /** Source offset of a normalized start offset. */
    public int toSource(int offset) {
        return map.toSource(offset);
    }

    /** Source offset of a normalized end offset. */
    public int toSourceEnd(int offset) {
        return map.toSourceEnd(offset);
    }

    /** The source span of the normalized range {@code [start, end)}. */
    public Span span(int start, int end) {
        int s = toSource(start);
        return Span.of(source, s, Math.max(s, toSourceEnd(end)));
    }
}
