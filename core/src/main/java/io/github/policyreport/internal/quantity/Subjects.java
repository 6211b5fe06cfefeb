package io.github.policyreport.internal.quantity;

/**
 * Finds the subject of a figure: the compact noun phrase next to it in its clause. Before the
 * figure (技术合同成交额突破50亿元) the subject is what follows the last boundary word, with verbs
 * and fillers stripped from both ends; after a count or amount (组织1020名科技人才走进…) it is what
 * precedes the first boundary word. Works on folded text; pure.
 */
final class Subjects {

    private static final Cues C = Cues.INSTANCE;
    private static final int MAX = 24;

    private Subjects() {
    }

    /** The phrase in {@code [from, qStart)} naming the figure, or "". */
    static String left(String t, int from, int qStart) {
        int s = Math.max(from, qStart - MAX);
        int e = qStart;
        for (int round = 0; round < 4; round++) {
            int[] r = strip(t, s, e);
            s = r[0];
            e = r[1];
            if (e <= s) {
                return "";
            }
            int cut = -1;
            int cutLen = 0;
            for (int i = e - 1; i >= s; i--) {
                String w = C.wordAt("boundary", t, i, e);
                if (w != null) {
                    cut = i;
                    cutLen = w.length();
                    break;
                }
            }
            if (cut < 0) {
                return t.substring(s, e);
            }
            int[] tail = strip(t, cut + cutLen, e);
            if (tail[1] - tail[0] >= 2) {
                return t.substring(tail[0], tail[1]);
            }
            e = cut;
        }
        return "";
    }

    /** The phrase in {@code [qEnd, to)} right after a count or amount, or "". */
    static String right(String t, int qEnd, int to) {
        int e = Math.min(to, qEnd + MAX);
        int i = qEnd;
        if (i < e && (t.charAt(i) == '的')) {
            i++;
        }
        int start = i;
        while (i < e) {
            char c = t.charAt(i);
            if (!isCjk(c) && c != '“' && c != '”' && c != '"' && c != '+') {
                break;
            }
            if (i > start && C.wordAt("boundary", t, i, e) != null) {
                break;
            }
            if (Numerals.digit(c) > 0 && i + 1 < e && Rules.INSTANCE.unitAt(t, i + 1) != null) {
                break;
            }
            i++;
        }
        if (i == start || (start < e && C.wordAt("boundary", t, start, e) != null)) {
            return "";
        }
        int[] r = strip(t, start, i);
        return r[1] - r[0] >= 2 ? t.substring(r[0], r[1]) : "";
    }

    /** Removes strip words from both ends of {@code [s, e)}. */
    static int[] strip(String t, int s, int e) {
        boolean changed = true;
        while (changed && e > s) {
            changed = false;
            while (s < e && Character.isWhitespace(t.charAt(s))) {
                s++;
            }
            String w = C.wordAt("strip", t, s, e);
            if (w != null && s + w.length() <= e) {
                s += w.length();
                changed = true;
            }
            String v = C.wordEndingAt("strip", t, s, e);
            if (v != null) {
                e -= v.length();
                changed = true;
            }
            while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || t.charAt(e - 1) == '(' || t.charAt(e - 1) == '“')) {
                e--;
                changed = true;
            }
        }
        return new int[] {s, Math.max(s, e)};
    }

    /** A rank's subject: the phrase before it without the rank verb and region scope. */
    static String rankLeft(String t, int from, int qStart) {
        int e = qStart;
        int s = Math.max(from, qStart - MAX);
        for (int round = 0; round < 3 && e > s; round++) {
            String scope = C.wordEndingAt("scope", t, s, e);
            if (scope != null) {
                e -= scope.length();
                continue;
            }
            String verb = C.wordEndingAt("boundary", t, s, e);
            if (verb != null) {
                e -= verb.length();
                continue;
            }
            break;
        }
        return left(t, s, e);
    }

    static boolean isCjk(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }
}
