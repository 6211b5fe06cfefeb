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
 * (一)… rank 2), standalone short lines and bullet headings (■ …, * …, 2015年4月), and lead phrases
 * (抓顶层设计。…, 一是完善政策。…) when at least two paragraphs use them. Levels are made dense
 * (1, 2, 3 in order of depth); the lead before the first heading is a section with an empty
 * heading. Each paragraph gets the index of the innermost section it belongs to.
 */
final class Structure {

    private static final Pattern DATE_HEADING = Pattern.compile("\\d{4}年(\\d{1,2}月(\\d{1,2}日)?)?(以来|至今)?");
    private static final Pattern LEAD = Pattern.compile("^((?:[一二三四五六七八九十]{1,2}是)?[^。,;:!?()《》]{2,16})[。:]");

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
        for (int i = 0; i < n; i++) {
            String p = text.substring(paras.get(i)[0], paras.get(i)[1]);
            if (LEAD.matcher(p).find() && p.length() > 20) {
                leads++;
            }
        }
        List<Optional<Numbering>> numbering = new ArrayList<>(n);
        boolean anyNumbered = false;
        for (int[] r : paras) {
            Optional<Numbering> num = Numbering.at(text, r[0], r[1]);
            numbering.add(num);
            int stop = text.indexOf('。', r[0]);
            if (rank(num) == 1 && r[1] - r[0] <= 40 && (stop < 0 || stop >= r[1])) {
                anyNumbered = true;
            }
        }
        for (int i = 0; i < n; i++) {
            String p = text.substring(paras.get(i)[0], paras.get(i)[1]);
            boolean shortLine = p.length() <= 40 && p.indexOf('。') < 0 && !p.endsWith(",");
            Matcher lead = LEAD.matcher(p);
            int rank = rank(numbering.get(i));
            if (shortLine && (rank == 1 || rank == 2)) {
                rawLevel[i] = rank;
            } else if (shortLine && (rank == Numbering.Family.BULLET.rank() || standalone(p))) {
                rawLevel[i] = anyNumbered ? 3 : 1;
            } else if (leads >= 2 && lead.find() && p.length() > 20) {
                rawLevel[i] = 4;
                headEnd[i] = paras.get(i)[0] + lead.end(1);
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
            out.add(Paragraph.of(r[0], r[1], section, level, numbering.get(i)));
        }
        // the lead section ends where the first heading starts
        if (!headings.isEmpty() && headings.get(0)[0] == headings.get(0)[1] && sections.size() > 1) {
            close(sections, 0, paras, indexOfStart(paras, sections.get(1)[0]));
            open.remove(Integer.valueOf(0));
        }
        int[] lv = levels.stream().mapToInt(Integer::intValue).toArray();
        return new Result(out, sections, headings, lv);
    }

    private static int rank(Optional<Numbering> n) {
        return n.map(Numbering::rank).orElse(0);
    }

    /**
     * A short line that stands as a heading (发布环节, 总体工作包括四方面, 2015年4月); not a short
     * statement with figures (全市高新技术企业达到106家) nor a salutation (媒体朋友们:).
     */
    private static boolean standalone(String p) {
        if (p.length() > 30 || p.endsWith(":") || p.indexOf(',') >= 0) {
            return false;
        }
        boolean digits = p.chars().anyMatch(Character::isDigit);
        return !digits || DATE_HEADING.matcher(p).matches();
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
