package io.github.policyreport.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one scanner for years written in normalized text, and the one range a bare year is accepted
 * in: four ASCII digits from {@value #MIN} to {@value #MAX}, not preceded by another digit. The
 * figure stage (years that decide tense and deadlines, 2023.12 read as a date, 2023-05 as an
 * identifier) and the metadata readers (published dates) read years only through this class. The
 * date grammar of the time stage reads a year inside a whole date expression (2023年4月, 十四五),
 * where the expression, not the range, says it is a year.
 */
public final class Years {

    /** The earliest year accepted. */
    public static final int MIN = 1900;
    /** The latest year accepted. */
    public static final int MAX = 2100;

    private Years() {
    }

    /** Whether {@code y} lies in the accepted range. */
    public static boolean plausible(int y) {
        return y >= MIN && y <= MAX;
    }

    /** The year written as four ASCII digits at {@code i} (not preceded by a digit), or null. */
    public static Integer at(String t, int i) {
        if (i < 0 || i + 4 > t.length() || (i > 0 && ascii(t.charAt(i - 1)))) {
            return null;
        }
        int y = 0;
        for (int k = i; k < i + 4; k++) {
            char c = t.charAt(k);
            if (!ascii(c)) {
                return null;
            }
            y = y * 10 + (c - '0');
        }
        return plausible(y) ? y : null;
    }

    /** The first year written with 年 in {@code [from, to)}, or null. */
    public static Integer first(String t, int from, int to) {
        for (int i = from; i + 4 < to; i++) {
            if (t.charAt(i + 4) == '年') {
                Integer y = at(t, i);
                if (y != null) {
                    return y;
                }
            }
        }
        return null;
    }

    /** The year written with 年 that {@code [from, to)} starts with after spaces (2015年…), or null. */
    public static Integer leading(String t, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i + 5 <= to && t.charAt(i + 4) == '年' ? at(t, i) : null;
    }

    /** The years written with 年 in {@code [s, e)} outside book titles (《…》): {offset, year} each. */
    public static List<int[]> written(String t, int s, int e) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        for (int i = s; i + 4 < e; i++) {
            char c = t.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && t.charAt(i + 4) == '年') {
                Integer y = at(t, i);
                if (y != null) {
                    out.add(new int[] {i, y});
                }
            }
        }
        return out;
    }

    private static boolean ascii(char c) {
        return c >= '0' && c <= '9';
    }
}
