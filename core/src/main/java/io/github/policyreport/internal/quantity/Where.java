package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Analysis;

import java.util.List;

/**
 * Where a figure is: the region its sentence names for it when other than the report's
 * (重庆一季度GDP增长6.2%: 重庆市), read in the figure's own clause, else at the head of its
 * sentence, where a comparison of cities names each one, unless the clause names its own scope
 * (全市, 我省 …). Pure.
 */
final class Where {

    /** How far into a sentence a leading region is looked for. */
    private static final int HEAD = 8;

    private Where() {
    }

    /**
     * The region named for the figure at {@code at} of the sentence starting at {@code s}, or null
     * when none is named or it is one of the report's own regions.
     */
    static String region(Cues cues, Analysis a, int s, int at) {
        String t = a.text();
        int clause = SentenceFigures.clauseStart(t, s, at);
        List<String> own = places(t.substring(clause, at));
        String name = own.isEmpty() ? null : own.get(own.size() - 1);
        if (name == null && !cues.any(Cues.Kind.OWNSCOPE, t, clause, at)) {
            List<String> head = places(t.substring(s, Math.min(at, s + HEAD)));
            name = head.isEmpty() ? null : head.get(0);
        }
        return name == null || a.meta().regions().contains(name) ? null : name;
    }

    /**
     * The places named in {@code text}. National words (全国, 我国, a ministry) scope a comparison
     * (居全国第5位) or a national aggregate rather than place a figure, so they are left out.
     */
    private static List<String> places(String text) {
        return Analysis.regionsNamed(text).stream().filter(r -> !r.equals(Analysis.NATION)).toList();
    }
}
