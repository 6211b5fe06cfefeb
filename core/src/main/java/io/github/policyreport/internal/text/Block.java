package io.github.policyreport.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the normalized text (a block element of HTML, a line of plain text), trimmed,
 * with what the classifier decided about it.
 *
 * @param index position among the blocks
 * @param start first normalized offset, inclusive
 * @param end   last normalized offset, exclusive
 * @param text  the normalized text
 * @param cue   the boilerplate cue it matches, or null
 */
record Block(int index, int start, int end, String text, Cues.Kind cue) {

    /** What a block is. */
    enum Kind { TITLE, META, CREDIT, BODY, BOILERPLATE, OTHER }

    /** The non-blank lines of a normalized text, each with the boilerplate cue of {@code cues} it matches. */
    static List<Block> split(String text, Cues cues) {
        List<Block> out = new ArrayList<>();
        Cues.Matching matching = cues.matching();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    String t = text.substring(s, e);
                    out.add(new Block(out.size(), s, e, t, matching.match(t)));
                }
                start = i + 1;
            }
        }
        return out;
    }

    int length() {
        return end - start;
    }
}
