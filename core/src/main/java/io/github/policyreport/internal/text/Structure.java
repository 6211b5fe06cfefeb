package io.github.policyreport.internal.text;

import io.github.policyreport.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sections from the headings of body paragraphs: numbered headings ({@link Numbering}: 一、… rank 1,
 * (一)… rank 2), standalone short lines ({@link LineShape#standalone()}) and bullet headings (■ …, * …, 2015年4月), and lead phrases
 * (抓顶层设计。…, 一是完善政策。…) when at least two paragraphs use them. Levels are made dense
 * (1, 2, 3 in order of depth); the lead before the first heading is a section with an empty
 * heading. Each paragraph gets the index of the innermost section it belongs to.
 */
final class Structure {

    static final Pattern LEAD = Pattern.compile("^((?:[一二三四五六七八九十]{1,2}是)?[^。,;:!?()《》]{2,16})[。:]");
    /** The longest text before the mark of a {@link #LEAD} phrase: 十二是 and 16 characters. */
    private static final int LEAD_REACH = 3 + 16;

    private Structure() {
    }

    /** Sections over normalized ranges, and paragraphs with section indexes and heading flags. */
    record Result(List<Paragraph> paragraphs, List<int[]> sectionRanges, List<int[]> headingRanges, int[] levels) {
    }

    static Result build(String text, List<int[]> paras) {
        int n = paras.size();
        int[] rawLevel = new int[n];
        int[] headEnd = new int[n];
        boolean[] headingOnly = new boolean[n];
        int leads = 0;
        int[] leadEnd = new int[n]; // the end of a paragraph's lead phrase, or 0
        Matcher lead = LEAD.matcher(text);
        for (int i = 0; i < n; i++) {
            int[] r = paras.get(i);
            if (r[1] - r[0] > 20 && leadMark(text, r[0], r[1]) && lead.region(r[0], r[1]).lookingAt()) {
                leadEnd[i] = lead.end(1);
                leads++;
            }
        }
        List<Optional<Numbering>> numbering = new ArrayList<>(n);
        List<LineShape> shapes = new ArrayList<>(n);
        boolean anyNumbered = false;
        for (int[] r : paras) {
            Optional<Numbering> num = Numbering.at(text, r[0], r[1]);
            LineShape shape = LineShape.of(text, r[0], r[1]);
            numbering.add(num);
            shapes.add(shape);
            if (rank(num) == 1 && shape.length() <= LineShape.NUMBERED && !shape.fullStop()) {
                anyNumbered = true;
            }
        }
        for (int i = 0; i < n; i++) {
            LineShape shape = shapes.get(i);
            boolean shortLine = shape.headline();
            int rank = rank(numbering.get(i));
            if (shortLine && (rank == 1 || rank == 2)) {
                rawLevel[i] = rank;
            } else if (shortLine && (rank == Numbering.Family.BULLET.rank() || shape.standalone())) {
                rawLevel[i] = anyNumbered ? 3 : 1;
            } else if (leads >= 2 && leadEnd[i] > 0) {
                rawLevel[i] = 4;
                headEnd[i] = leadEnd[i];
                continue;
            }
            if (rawLevel[i] > 0) {
                headingOnly[i] = true;
                headEnd[i] = paras.get(i)[1];
            }
        }
        TreeSet<Integer> used = new TreeSet<>();
        for (int l : rawLevel) {
            if (l > 0) {
                used.add(l);
            }
        }
        List<Integer> order = new ArrayList<>(used);
        List<int[]> sections = new ArrayList<>();
        List<int[]> headings = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<Paragraph> out = new ArrayList<>();
        // open[d] = index of the open section at dense level d+1
        List<Integer> open = new ArrayList<>();
        int bodyEnd = n == 0 ? 0 : paras.get(n - 1)[1];
        for (int i = 0; i < n; i++) {
            int[] r = paras.get(i);
            if (rawLevel[i] > 0) {
                int level = order.indexOf(rawLevel[i]) + 1;
                while (!open.isEmpty() && levels.get(open.get(open.size() - 1)) >= level) {
                    close(sections, open.remove(open.size() - 1), paras, i);
                }
                sections.add(new int[] {r[0], bodyEnd});
                headings.add(new int[] {r[0], headEnd[i]});
                levels.add(level);
                open.add(sections.size() - 1);
            } else if (sections.isEmpty()) {
                sections.add(new int[] {r[0], bodyEnd});
                headings.add(new int[] {r[0], r[0]});
                levels.add(1);
                open.add(0);
            }
            int section = open.isEmpty() ? -1 : open.get(open.size() - 1);
            int level = headingOnly[i] ? levels.get(section) : 0;
            out.add(Paragraph.of(r[0], r[1], section, level, numbering.get(i), shapes.get(i)));
        }
        // the lead section ends where the first heading starts
        if (!headings.isEmpty() && headings.get(0)[0] == headings.get(0)[1] && sections.size() > 1) {
            close(sections, 0, paras, indexOfStart(paras, sections.get(1)[0]));
            open.remove(Integer.valueOf(0));
        }
        int[] lv = levels.stream().mapToInt(Integer::intValue).toArray();
        return new Result(out, sections, headings, lv);
    }

    /**
     * Whether {@code text[from, to)} holds the 。 or : that ends a {@link #LEAD} phrase within its
     * reach (an optional 一是 and 16 characters), so that the pattern can match at all.
     */
    static boolean leadMark(String text, int from, int to) {
        for (int i = from, end = Math.min(to, from + LEAD_REACH + 1); i < end; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == ':') {
                return true;
            }
        }
        return false;
    }

    private static int rank(Optional<Numbering> n) {
        return n.map(Numbering::rank).orElse(0);
    }

    private static int indexOfStart(List<int[]> paras, int start) {
        for (int i = 0; i < paras.size(); i++) {
            if (paras.get(i)[0] == start) {
                return i;
            }
        }
        return paras.size();
    }

    private static void close(List<int[]> sections, int section, List<int[]> paras, int nextPara) {
        if (nextPara > 0) {
            sections.get(section)[1] = Math.max(sections.get(section)[0], paras.get(nextPara - 1)[1]);
        }
    }

    /** Model sections with source spans. */
    static List<Section> toSections(Result r, NormalizedText nt) {
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < r.sectionRanges().size(); i++) {
            int[] s = r.sectionRanges().get(i);
            int[] h = r.headingRanges().get(i);
            int ss = nt.toSource(s[0]);
            int se = Math.max(ss, nt.toSourceEnd(s[1]));
            String heading = h[1] > h[0] ? nt.source().substring(nt.toSource(h[0]), Math.max(nt.toSource(h[0]),
                    nt.toSourceEnd(h[1]))).strip() : "";
            out.add(new Section(heading, r.levels()[i], io.github.policyreport.model.Span.of(nt.source(), ss, se)));
        }
        return out;
    }
}
