package io.github.policyreport.internal.text;

import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.RuleFile;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Five-year plan periods (十四五 = 2021–2025, {@code plan-periods.txt}), the words that name one
 * of their years (开局之年, 收官之年, {@code plan-parts.txt}), and the one plan-year anchor: a year
 * word followed by a plan year (今年是“十四五”开局之年 → 2021). The metadata reader (a dateline's
 * year) and the time stage (the reference year, and the date grammar's plan periods) both read
 * these tables and this anchor. Loaded on first use; immutable.
 */
public final class PlanPeriods {

    /** How far after the year word (and 是) the plan period may start: 今年是我市“十四五”开局之年. */
    private static final int REACH = 8;
    private static final Lazy<Tables> DEFAULTS = Lazy.of(() -> Tables.of(
            RuleFile.read(PlanPeriods.class, "plan-periods.txt"), RuleFile.read(PlanPeriods.class, "plan-parts.txt")));

    /**
     * The two tables, loaded on first use; a bad line fails with file:line at every call.
     *
     * @param partWords the part words, longest first, so that 开局之年 wins over 开局年's shorter neighbours
     */
    record Tables(Map<String, int[]> periods, Map<String, Boolean> parts, List<String> partWords) {

        /** The tables of these {@code plan-periods.txt} and {@code plan-parts.txt} lines. */
        static Tables of(List<RuleFile.Line> periodLines, List<RuleFile.Line> partLines) {
            Map<String, int[]> periods = new LinkedHashMap<>();
            for (RuleFile.Line l : periodLines) {
                String[] c = l.text().split("\\s+");
                int first = c.length == 3 ? number(l, c[1]) : -1;
                int last = c.length == 3 ? number(l, c[2]) : -1;
                if (c.length != 3 || first < 1 || last < first || last > 9999) {
                    throw l.error("expected 'name first-year last-year' with 1 <= first <= last <= 9999");
                }
                periods.put(c[0], new int[] {first, last});
            }
            Map<String, Boolean> parts = new LinkedHashMap<>();
            for (RuleFile.Line l : partLines) {
                String[] c = l.text().split("\\s+");
                if (c.length != 2 || !(c[1].equals("START") || c[1].equals("END"))) {
                    throw l.error("expected 'word START|END'");
                }
                parts.put(c[0], c[1].equals("START"));
            }
            return new Tables(Collections.unmodifiableMap(periods), Collections.unmodifiableMap(parts),
                    parts.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        }
    }

    private PlanPeriods() {
    }

    private static int number(RuleFile.Line l, String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw l.error("not a year: " + s);
        }
    }

    /** The plan periods by name: {first year, last year}; read-only, do not modify the arrays. */
    public static Map<String, int[]> periods() {
        return DEFAULTS.get().periods();
    }

    /** The part words: true for the first year of a period (开局之年), false for the last (收官之年). */
    public static Map<String, Boolean> parts() {
        return DEFAULTS.get().parts();
    }

    /**
     * The anchor: the plan year that the text right after a year word states (是“十四五”开局之年,
     * 为“十三五”收官之年), or null. {@code at} is the end of the year word; after spaces and 是 or 为
     * the period starts within {@value #REACH} characters, without a verb right there; 规划, 时期
     * and 的 may stand between the period and its part word.
     */
    public static Integer anchor(String t, int at) {
        int verb = at;
        while (verb < t.length() && t.charAt(verb) == ' ') {
            verb++;
        }
        if (verb >= t.length() || (t.charAt(verb) != '是' && t.charAt(verb) != '为')) {
            return named(t, verb); // 今年“十四五”开局之年: no verb, the period right there
        }
        int end = Math.min(t.length(), verb + REACH + 1);
        for (int s = verb + 1; s < end; s++) {
            Integer y = named(t, s);
            if (y != null) {
                return y;
            }
        }
        return null;
    }

    /** The year that {@code “十四五”开局之年} at {@code s} names, or null. */
    private static Integer named(String t, int s) {
        int i = s;
        if (i < t.length() && "“\"「『".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        Tables tables = DEFAULTS.get();
        for (Map.Entry<String, int[]> p : tables.periods().entrySet()) {
            if (!t.startsWith(p.getKey(), i)) {
                continue;
            }
            int k = i + p.getKey().length();
            if (k < t.length() && "”\"」』".indexOf(t.charAt(k)) >= 0) {
                k++;
            }
            k = skip(t, k, "规划");
            k = skip(t, k, "时期");
            k = skip(t, k, "的");
            for (String w : tables.partWords()) {
                if (t.startsWith(w, k)) {
                    return tables.parts().get(w) ? p.getValue()[0] : p.getValue()[1];
                }
            }
            return null;
        }
        return null;
    }

    private static int skip(String t, int k, String word) {
        return t.startsWith(word, k) ? k + word.length() : k;
    }
}
