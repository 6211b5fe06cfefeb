package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.Normalizer;
import io.github.policyreport.internal.text.Paragraph;
import io.github.policyreport.internal.text.Years;
import io.github.policyreport.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * The tense each body paragraph takes from the report's structure: the review of a work report
 * (一、2025年工作回顾, 过去五年…, 一年来，主要做了以下工作) is achieved, its targets and tasks part
 * (主要预期目标, 2026年重点工作, "十五五"时期的主要目标任务) planned. A heading decides for its
 * section and the sections nested under it; a paragraph that opens with a review or plan lead
 * decides for itself and the list items after it in the same section. Clause cues may still
 * override inside a part (see {@link SentenceFigures}). Pure.
 */
final class Parts {

    /** The tense a part gives its figures. */
    enum Tense { ACHIEVED, PLANNED }

    private final Cues cues;
    /** How far into a paragraph a lead is looked for (过去一年，… / 今年主要预期目标是：…). */
    private static final int LEAD = 24;

    Parts(Cues cues) {
        this.cues = cues;
    }

    /**
     * The parts of a report's body, by paragraph index.
     *
     * @param tenses   the tense of each paragraph, null where the structure does not say
     * @param headings the heading each paragraph sits under: its section's, else the last heading
     *                 line ({@link io.github.policyreport.internal.text.LineShape#title()}, such as a bold line), or ""
     */
    record Read(Tense[] tenses, String[] headings) {
    }

    /**
     * The section headings of {@code a} as the stage reads text (normalized), one per section:
     * headings are taken from the source text, so they are normalized here, once per page.
     */
    static List<String> normalizedHeadings(Analysis a) {
        List<String> out = new ArrayList<>(a.sections().size());
        for (Section s : a.sections()) {
            out.add(Normalizer.normalize(s.heading()).text());
        }
        return out;
    }

    /** The tense and heading of every body paragraph; {@code sectionHeadings} are {@link #normalizedHeadings}. */
    Read read(Analysis a, List<String> sectionHeadings, Integer ref) {
        String t = a.text();
        List<Section> sections = a.sections();
        Tense[] effective = new Tense[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            effective[i] = heading(sectionHeadings.get(i), ref);
            if (effective[i] == null) {
                for (int p = i - 1; p >= 0; p--) {
                    if (sections.get(p).level() < sections.get(i).level()) {
                        effective[i] = effective[p];
                        break;
                    }
                }
            }
        }
        List<Paragraph> body = a.body();
        Tense[] out = new Tense[body.size()];
        String[] headings = new String[body.size()];
        int section = Integer.MIN_VALUE;
        Tense lead = null;
        Tense line = null;
        String lineHeading = "";
        for (int k = 0; k < body.size(); k++) {
            Paragraph p = body.get(k);
            if (p.section() != section) {
                section = p.section();
                lead = null;
                line = null;
                lineHeading = "";
            }
            boolean inText = p.end() <= t.length();
            if (inText && !p.heading() && p.line().title()) {
                lineHeading = a.text().substring(p.start(), p.end()).strip();
                line = heading(t.substring(p.start(), p.end()), ref);
                lead = null;
            } else if (inText && !p.heading()) {
                Tense l = lead(t, p.start(), Math.min(p.end(), p.start() + LEAD));
                if (l != null) {
                    lead = l;
                } else if (!p.numbered()) {
                    lead = null;
                }
            }
            boolean known = section >= 0 && section < effective.length;
            Tense s = known ? effective[section] : null;
            out[k] = lead != null ? lead : line != null ? line : s;
            String h = known ? sections.get(section).heading() : "";
            headings[k] = h.isEmpty() ? lineHeading : h;
        }
        return new Read(out, headings);
    }

    /** The tense a heading gives its section, or null: its cue words, else its year or five-year plan. */
    Tense heading(String h, Integer ref) {
        if (h.isEmpty()) {
            return null;
        }
        boolean review = cues.any(Cues.Kind.REVIEW, h, 0, h.length());
        boolean plan = cues.any(Cues.Kind.OPENER, h, 0, h.length()) || cues.any(Cues.Kind.PLANPART, h, 0, h.length());
        if (review != plan) {
            return review ? Tense.ACHIEVED : Tense.PLANNED;
        }
        if (review || ref == null) {
            return null;
        }
        Integer y = Years.first(h, 0, h.length());
        if (y != null && y != (int) ref) {
            return y < ref ? Tense.ACHIEVED : Tense.PLANNED;
        }
        int[] plan5 = fiveYearPlan(h, 0, h.length());
        if (y == null && plan5 != null) {
            return plan5[1] < ref ? Tense.ACHIEVED : Tense.PLANNED;
        }
        return null;
    }

    /** The tense a paragraph's opening words set (过去一年, 五年来 / 主要预期目标), or null. */
    Tense lead(String t, int from, int to) {
        boolean review = cues.any(Cues.Kind.REVIEWLEAD, t, from, to);
        boolean plan = cues.any(Cues.Kind.PLANLEAD, t, from, to);
        return review == plan ? null : review ? Tense.ACHIEVED : Tense.PLANNED;
    }

    /**
     * The years {first, last} of the first five-year plan named in {@code [from, to)} (十四五 →
     * 2021..2025; the sixth plan began in 1981, each lasts five years), or null.
     */
    static int[] fiveYearPlan(String t, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (t.charAt(i) == '十' && t.charAt(i + 2) == '五' && i + 3 <= to) {
                int n = "一二三四五六七八九".indexOf(t.charAt(i + 1)) + 1;
                if (n >= 1 && (i == 0 || !Numerals.chinese(t.charAt(i - 1)))
                        && (i + 3 >= t.length() || !Numerals.chinese(t.charAt(i + 3)))) {
                    int first = 1981 + 5 * (10 + n - 6);
                    return new int[] {first, first + 4};
                }
            }
        }
        return null;
    }
}
