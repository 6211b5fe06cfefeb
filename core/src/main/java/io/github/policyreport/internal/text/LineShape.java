package io.github.policyreport.internal.text;

import java.util.regex.Pattern;

/**
 * The one grammar of "a short line without a full stop is a heading": the shape of a paragraph's
 * line (its length and the punctuation that makes it a sentence), read once by the text layer and
 * kept in {@link Paragraph#line()}. Stages ask for the strength they need by name instead of
 * measuring the line again:
 * <ul>
 * <li>{@link #standalone()}: a heading by itself (发布环节, 2015年4月); the text layer makes it a
 * {@link Paragraph.Kind#HEADING};</li>
 * <li>{@link #title()}: a bare title line, such as a bold line of a page, naming the paragraphs
 * below it;</li>
 * <li>{@link #unstopped()}: a short line that is no sentence (全年主要指标, 2024年目标).</li>
 * </ul>
 * Read on normalized text, where full-width punctuation is already half-width.
 *
 * @param length    the line's length in chars
 * @param fullStop  it holds a full stop (。)
 * @param otherStop it holds an exclamation or question mark
 * @param comma     it holds a comma
 * @param colonEnd  it ends with a colon, as a salutation does (媒体朋友们:)
 * @param commaEnd  it ends with a comma, as a line broken mid-sentence does
 * @param figure    it holds a digit and is not a date line (2015年4月, 2020年以来)
 */
public record LineShape(int length, boolean fullStop, boolean otherStop, boolean comma, boolean colonEnd,
                        boolean commaEnd, boolean figure) {

    /** Lines shorter than this (or, standing alone, this long) may be headings. */
    static final int SHORT = 30;
    /** A numbered or bulleted line up to this long may be a heading (一、…, ■ …). */
    static final int NUMBERED = 40;

    private static final Pattern DATE_LINE = Pattern.compile("\\d{4}年(\\d{1,2}月(\\d{1,2}日)?)?(以来|至今)?");

    /** The shape of {@code text[from, to)}. */
    public static LineShape of(String text, int from, int to) {
        boolean fullStop = false;
        boolean otherStop = false;
        boolean comma = false;
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            fullStop |= c == '。';
            otherStop |= c == '!' || c == '?';
            comma |= c == ',' || c == '，';
            digit |= Character.isDigit(c);
        }
        char last = to > from ? text.charAt(to - 1) : 0;
        boolean figure = digit && !DATE_LINE.matcher(text).region(from, to).matches();
        return new LineShape(to - from, fullStop, otherStop, comma, last == ':', last == ',', figure);
    }

    /**
     * A line that is a heading by itself: at most {@value #SHORT} chars, without full stop or comma,
     * no salutation, and no figure unless it is a date; not a short statement (全市企业达到106家).
     */
    public boolean standalone() {
        return length <= SHORT && !fullStop && !comma && !colonEnd && !figure;
    }

    /** A numbered or bulleted line short enough to head a section rather than open a point. */
    public boolean headline() {
        return length <= NUMBERED && !fullStop && !commaEnd;
    }

    /** A bare title line: shorter than {@value #SHORT} chars, not empty, and without sentence punctuation. */
    public boolean title() {
        return length > 0 && unstopped() && !otherStop && !comma;
    }

    /** A line shorter than {@value #SHORT} chars without a full stop: no sentence. */
    public boolean unstopped() {
        return length < SHORT && !fullStop;
    }
}
