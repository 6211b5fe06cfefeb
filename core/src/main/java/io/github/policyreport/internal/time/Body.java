package io.github.policyreport.internal.time;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * The body paragraphs the time stage reads, over the normalized text: the text layer's body, cut at
 * the first line that starts page furniture (相关阅读, 责任编辑 …, from {@code boilerplate-markers.txt})
 * once a full sentence of the body lies before it, so that dates of related-article lists
 * never reach the timeline or the reference year.
 *
 * @param folded     the analysis text (normalized)
 * @param paragraphs the paragraphs before the cut, in reading order
 */
record Body(String folded, List<Paragraph> paragraphs) {

    /** A marker line is at most this much longer than its marker. */
    private static final int MARKER_SLACK = 30;

    static Body of(Analysis a) {
        String folded = a.text();
        List<Paragraph> body = a.body();
        // a marker line before the first full sentence (责任编辑 in a header) does not end the article
        int from = folded.length();
        for (Paragraph p : body) {
            if (hasSentence(folded, p)) {
                from = p.end();
                break;
            }
        }
        int cut = cut(folded, from);
        List<Paragraph> kept = new ArrayList<>();
        for (Paragraph p : body) {
            if (p.start() < cut) {
                kept.add(p);
            }
        }
        return new Body(folded, List.copyOf(kept));
    }

    private static boolean hasSentence(String text, Paragraph p) {
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /** The start of the first marker line at or after {@code from}, or the text's length. */
    static int cut(String text, int from) {
        int start = from;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int s = start;
            while (s < end && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            String marker = Rules.wordAt(text, s, Rules.DEFAULT.boilerplateMarkers);
            if (marker != null && end - s <= marker.length() + MARKER_SLACK) {
                return start;
            }
            start = end + 1;
        }
        return text.length();
    }
}
