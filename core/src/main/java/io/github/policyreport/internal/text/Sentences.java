package io.github.policyreport.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a range of normalized text into sentences at 。！？；!? and line ends.
 *
 * <p>Public because the figure stage splits paragraphs with it.
 */
public final class Sentences {

    private Sentences() {
    }

    /** Sentence ranges {@code [start, end)} inside {@code [from, to)}, end punctuation included. */
    public static List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean stop = c == '。' || c == '!' || c == '?' || c == '！' || c == '？' || c == '\n';
            if (stop) {
                int end = c == '\n' ? i : i + 1;
                // keep a closing quote or bracket with its sentence
                while (c != '\n' && end < to && "”’」』)）\"".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(out, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, to);
        return out;
    }

    /**
     * Sentence ranges as {@link #split(String, int, int)}, with a sentence longer than
     * {@code maxLength} cut into pieces of at most that length: at the last clause mark
     * (，,；;、:：) or space of a piece's second half, else right before a number, else where no
     * run of letters and digits is broken, and never inside a surrogate pair. Keeps the work per sentence bounded on lines
     * that never end (a crawler's concatenated table, a list of thousands of figures).
     */
    public static List<int[]> split(String text, int from, int to, int maxLength) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : split(text, from, to)) {
            int start = s[0];
            while (s[1] - start > maxLength) {
                int cut = cut(text, start, start + maxLength);
                out.add(new int[] {start, cut});
                start = cut;
            }
            out.add(new int[] {start, s[1]});
        }
        return out;
    }

    private static int cut(String text, int start, int limit) {
        int half = start + (limit - start) / 2;
        for (int i = limit; i > half; i--) {
            if ("，,；;、:： ".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        for (int i = limit; i > half; i--) { // else right before a number (9元|9元), so no figure is cut
            if (digit(text.charAt(i)) && !digit(text.charAt(i - 1)) && text.charAt(i - 1) != '.') {
                return i;
            }
        }
        for (int i = limit; i > half; i--) { // else between two characters that are not both letters or digits
            if (!(Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i)))
                    && !CodePoints.splitsPair(text, i)) {
                return i;
            }
        }
        int i = CodePoints.floor(text, limit); // one unbroken run: cut it, but not inside a surrogate pair
        return i > start ? i : CodePoints.ceil(text, limit);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }
}
