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
 * @param level     for a heading, the level of the section it opens (1 outermost, as
 *                  {@link io.github.policyreport.model.Section#level()}); 0 for other paragraphs
 * @param numbering the numbering the paragraph opens with ({@link Numbering}), if any
 * @param line      the shape of its line, read once ({@link LineShape}): how strongly it reads as a heading
 *
 * <p>Public because part of {@link Analysis}, read by the quantity and time stages.
 */
public record Paragraph(int start, int end, int section, Kind kind, int level, Optional<Numbering> numbering,
                        LineShape line) {

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
        if ((kind == Kind.HEADING) != (level > 0) || level < 0) {
            throw new IllegalArgumentException("a heading has a level >= 1, other paragraphs 0: " + kind + " " + level);
        }
        Objects.requireNonNull(numbering, "numbering");
        Objects.requireNonNull(line, "line");
    }

    /**
     * The paragraph {@code [start, end)} of {@code text}, its numbering and line shape read with the
     * one grammar: a heading of {@code level} when it is above 0, else a list item when numbered, else body.
     */
    public static Paragraph of(String text, int start, int end, int section, int level) {
        return of(start, end, section, level, Numbering.at(text, start, end), LineShape.of(text, start, end));
    }

    /** The paragraph {@code [start, end)} with numbering and shape already read: its kind follows. */
    static Paragraph of(int start, int end, int section, int level, Optional<Numbering> numbering, LineShape line) {
        Kind kind = level > 0 ? Kind.HEADING : numbering.isPresent() ? Kind.LIST_ITEM : Kind.BODY;
        return new Paragraph(start, end, section, kind, level, numbering, line);
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
