package io.github.policyreport.model;

import java.util.Objects;

/**
 * Evidence: the half-open range {@code [start, end)} of UTF-16 offsets into a report's
 * {@linkplain Report#sourceText() source text}, together with the text found there.
 *
 * <p>The invariant {@code sourceText.substring(start, end).equals(text)} is checked by
 * {@link #of(String, int, int)}; the canonical constructor checks only that the range is
 * consistent with the text's length.
 *
 * @param start first offset, inclusive
 * @param end   last offset, exclusive
 * @param text  the source text in the range, in the input's own script
 */
public record Span(int start, int end, String text) {

    /** Validates the range and that {@code text} has exactly {@code end - start} characters. */
    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit text of length "
                    + text.length());
        }
    }

    /** The span {@code [start, end)} of {@code source}, with its text cut from it. */
    public static Span of(String source, int start, int end) {
        Objects.requireNonNull(source, "source");
        if (start < 0 || end < start || end > source.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") outside text of length "
                    + source.length());
        }
        return new Span(start, end, source.substring(start, end));
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Whether this span lies inside {@code other}. */
    public boolean within(Span other) {
        return start >= other.start && end <= other.end;
    }
}
