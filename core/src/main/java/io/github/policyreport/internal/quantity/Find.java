package io.github.policyreport.internal.quantity;

/**
 * Word searches bounded to a range of the text. {@link String#lastIndexOf(String, int)} scans back
 * to the start of the page when the word is absent, so calling it once per figure is quadratic on
 * a long page; these stop at the range's edge.
 */
final class Find {

    private Find() {
    }

    /** The last start of {@code word} in {@code [from, to)} of {@code t}, or -1. */
    static int last(String t, String word, int from, int to) {
        for (int i = Math.min(to, t.length()) - word.length(); i >= Math.max(from, 0); i--) {
            if (t.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The first start of {@code word} in {@code [from, to)} of {@code t}, or -1. */
    static int first(String t, String word, int from, int to) {
        int end = Math.min(to, t.length()) - word.length();
        for (int i = Math.max(from, 0); i <= end; i++) {
            if (t.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }
}
