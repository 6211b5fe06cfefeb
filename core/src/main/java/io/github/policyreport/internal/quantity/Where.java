package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Analysis;

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
        // national words (全国, 我国, a ministry) scope a comparison (居全国第5位) or a national
        // aggregate rather than place a figure: the places skip them
        String name = a.lastPlace(clause, at);
        if (name == null && !cues.any(Cues.Kind.OWNSCOPE, t, clause, at)) {
            name = a.firstPlace(s, Math.min(at, s + HEAD));
        }
        return name == null || a.meta().regions().contains(name) ? null : name;
    }
}
