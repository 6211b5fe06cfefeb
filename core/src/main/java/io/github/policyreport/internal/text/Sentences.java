package io.github.policyreport.internal.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a range of normalized text into sentences at 。！？；!? and line ends. */
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
