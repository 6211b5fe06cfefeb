package io.github.policyreport.internal.time;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.PlanPeriods;
import io.github.policyreport.internal.text.Paragraph;
import io.github.policyreport.model.PartialDate;

import java.util.List;

/**
 * Decides the year that 今年 means in a report, from the evidence of its body:
 * <ol>
 *   <li>an anchor: 今年是“十四五”开局之年 → 2021 (去年是… shifts it by one);</li>
 *   <li>the published date's year, except for an annual summary published in January or
 *       February whose body reports on the previous year (2014年,…; no later year but in plans,
 *       no 今年 with a plan word, no 去年 for the past): then that previous year;</li>
 *   <li>without a published date: a statement 2023年是…之年; else the latest year the body reports
 *       on (not in a plan, deadline or comparison), plus one when the body speaks of 去年 (the text
 *       was written the year after);</li>
 *   <li>else null: the caller decides.</li>
 * </ol>
 * Stateless.
 */
final class ReferenceYear {

    /** A January or February report may still be the summary of the year before. */
    private static final int SUMMARY_MONTHS = 2;
    /** The last year the time engine knows. */
    private static final int MAX_YEAR = 9999;
    /** How far after 2023年是 the …之年 may stand. */
    private static final int STATEMENT_REACH = 80;

    private ReferenceYear() {
    }

    /** What the body says about its own year. */
    record Evidence(Integer anchor, Integer statedYear, Integer latestPast, boolean saysLastYear,
                    boolean saysThisYearPlan) {
    }

    /** The reference year from the body and the published date, or null when neither tells. */
    static Integer decide(PageDates page) {
        Evidence ev = evidence(page);
        PartialDate published = page.analysis().meta().published();
        if (ev.anchor() != null) {
            return ev.anchor();
        }
        if (published != null) {
            int y = published.year();
            boolean summary = published.month() != null && published.month() <= SUMMARY_MONTHS
                    && ev.latestPast() != null && ev.latestPast() == y - 1 && !ev.saysThisYearPlan()
                    && !ev.saysLastYear();
            return summary && y > 1 ? y - 1 : y;
        }
        if (ev.statedYear() != null) {
            return ev.statedYear();
        }
        if (ev.latestPast() != null) {
            // the year after the latest stays a year (a page reporting on 9999 keeps 9999)
            return ev.saysLastYear() && ev.latestPast() < MAX_YEAR ? ev.latestPast() + 1 : ev.latestPast();
        }
        return null;
    }

    /** Gathers the evidence of a body. */
    static Evidence evidence(PageDates page) {
        Analysis a = page.analysis();
        TimeRules rules = page.rules;
        String t = a.text();
        Integer anchor = null;
        Integer stated = null;
        Integer latest = null;
        boolean lastYear = false;
        boolean thisYearPlan = false;
        List<Paragraph> body = a.body();
        for (int i = 0; i < body.size(); i++) {
            Paragraph p = body.get(i);
            DateResolver.Context ctx = new DateResolver.Context(null, null);
            var found = DateEngine.resolve(rules, t, p.start(), p.end(), page.paragraph(i), ctx);
            for (int k = 0; k < found.size(); k++) {
                Expr e = found.get(k).expr();
                PartialDate d = found.get(k).mention().date();
                if (e instanceof Expr.Calendar c && c.yearSource() == Expr.YearSource.REFERENCE) {
                    if (anchor == null && c.month() == 0 && !c.isRange()) {
                        // 今年是“十四五”开局之年, 去年是“十三五”收官之年: the plan year, shifted by the word's offset
                        Integer plan = PlanPeriods.anchor(t, e.end());
                        anchor = plan == null ? null : plan - c.year();
                    }
                    if (c.year() < 0 && !rules.cues.comparison(t, e) && !t.startsWith("同期", e.end())) {
                        lastYear = true;
                    }
                    if (c.year() == 0 && c.month() == 0 && rules.cues.future(t, e)) {
                        thisYearPlan = true;
                    }
                }
                if (!(e instanceof Expr.Calendar c) || c.yearSource() != Expr.YearSource.EXPLICIT || d == null
                        || Cues.timestamp(t, e, d) || rules.cues.comparison(t, e) || rules.cues.deadline(t, e)
                        || rules.cues.future(t, e) || rules.cues.goal(t, e) || Cues.insideTitle(t, e)) {
                    continue;
                }
                if (d.month() == null && isYearStatement(t, e)) {
                    if (stated == null && !rules.cues.futureInSentence(t, e)) {
                        stated = d.year();
                    }
                    continue;
                }
                // a year the body reports on leads its clause (2022年,我市…) or dates a happening
                // (2021年12月31日); one inside a name (2023年科技创新大会) tells nothing
                if (d.month() != null || Cues.clauseInitial(t, e.start())) {
                    latest = latest == null ? d.year() : Math.max(latest, d.year());
                }
            }
        }
        return new Evidence(anchor, stated, latest, lastYear, thisYearPlan);
    }

    /** 2023年是全面贯彻…的开局之年: a clause-initial year, then 是, then …之年 in the sentence. */
    private static boolean isYearStatement(String t, Expr e) {
        if (!Cues.clauseInitial(t, e.start()) || !t.startsWith("是", e.end())) {
            return false;
        }
        int end = Math.min(t.length() - 1, e.end() + STATEMENT_REACH);
        for (int i = e.end(); i < end && !Cues.isSentenceStop(t.charAt(i)); i++) {
            if (t.charAt(i) == '之' && t.charAt(i + 1) == '年') {
                return true;
            }
        }
        return false;
    }
}
