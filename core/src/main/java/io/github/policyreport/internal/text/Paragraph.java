package io.github.policyreport.internal.text;

import java.util.Objects;
import java.util.Optional;

/**
 * One body paragraph, as a range of the normalized text, with its type as the text layer read it.
 *
 * @param start     first normalized offset, inclusive
 * @param end       last normalized offset, exclusive
 * @param section   index into {@link Analysis#sections()} of the section it belongs to, or -1
 * @param kind      a heading line, a list item or body text
 * @param numbering the numbering the paragraph opens with ({@link Numbering}), if any
 *
 * <p>Public because part of {@link Analysis}, read by the quantity and time stages.
 */
public record Paragraph(int start, int end, int section, Kind kind, Optional<Numbering> numbering) {

    /** What a paragraph is. */
    public enum Kind {
        /** A line that is itself a heading (一、总体要求, ■ 发布环节, 2015年4月 in a chronicle). */
        HEADING,
        /** A numbered or bulleted point that is no heading (一是…, (1)…, ①…, 首先…). */
        LIST_ITEM,
        /** Running text. */
        BODY
    }

    public Paragraph {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad paragraph [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(numbering, "numbering");
    }

    /**
     * The paragraph {@code [start, end)} of {@code text}, its numbering read with the one grammar:
     * a heading when {@code heading}, else a list item when numbered, else body.
     */
    public static Paragraph of(String text, int start, int end, int section, boolean heading) {
        Optional<Numbering> n = Numbering.at(text, start, end);
        return new Paragraph(start, end, section, heading ? Kind.HEADING : n.isPresent() ? Kind.LIST_ITEM : Kind.BODY, n);
    }

    /** Whether the paragraph is itself a heading. */
    public boolean heading() {
        return kind == Kind.HEADING;
    }

    /** Whether the paragraph opens with a numbering or bullet (headings and list items alike). */
    public boolean numbered() {
        return numbering.isPresent();
    }
}
