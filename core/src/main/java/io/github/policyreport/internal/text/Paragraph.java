package io.github.policyreport.internal.text;

/**
 * One body paragraph, as a range of the normalized text.
 *
 * @param start   first normalized offset, inclusive
 * @param end     last normalized offset, exclusive
 * @param section index into {@link Analysis#sections()} of the section it belongs to, or -1
 * @param heading whether the paragraph is itself a heading (一、…, 2015年4月 in a timeline list …)
 */
public record Paragraph(int start, int end, int section, boolean heading) {

    public Paragraph {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad paragraph [" + start + ", " + end + ")");
        }
    }
}
