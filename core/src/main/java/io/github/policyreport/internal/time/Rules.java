package io.github.policyreport.internal.time;

import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.text.PlanPeriods;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The date rules, read once from the UTF-8 resource files beside this class: relative years, year
 * parts, vague date words, event verbs, cut-off, comparison and future words. A
 * malformed line fails loading with its file and line number. Immutable.
 */
final class Rules {

    private static final Pattern SPACES = Pattern.compile("[\\t ]+");

    /** The rules of this package. */
    static final Rules DEFAULT = load();

    final Map<String, RelativeYear> relativeYears;
    final Map<String, int[]> yearParts;
    final Map<String, int[]> planPeriods;
    final Map<String, Boolean> planParts;
    final Map<String, VagueKind> vague;
    final Map<String, RelativeDay> relativeDays;
    final Map<String, Festival> festivals;
    final List<String> eventVerbs;
    final List<String> verbNouns;
    final List<String> cutoffWords;
    final List<String> deadlineWords;
    final List<String> notEventAfter;
    final List<String> comparisonWords;
    final List<String> futureMarkers;
    final List<String> goalWords;
    final List<String> sinceWords;
    final List<String> recurringWords;

    /** How a relative year word is anchored. */
    record RelativeYear(boolean fromPrevious, int offset) {
    }

    /** A day, week, month or quarter word: its unit (D, W, M, Q; w a weekday needing its day) and offset. */
    record RelativeDay(char unit, int offset) {
    }

    /**
     * A festival or solar term: {@code kind} 'L' lunar month {@code a} day {@code b}, 'E' the eve of
     * the lunar new year, 'G' Gregorian month {@code a} day {@code b}, 'T' the day the sun reaches
     * longitude {@code a} degrees (China time).
     */
    record Festival(char kind, int a, int b) {
    }

    /** What a vague date word means. */
    enum VagueKind { RECENT, SAME_DAY, NEXT_DAY, SAME_MONTH, THIS_MONTH, LAST_MONTH, NEXT_MONTH, DURATION }

    private Rules(Map<String, RelativeYear> relativeYears, Map<String, int[]> yearParts,
                  Map<String, int[]> planPeriods, Map<String, Boolean> planParts, Map<String, VagueKind> vague) {
        this.relativeYears = relativeYears;
        this.yearParts = yearParts;
        this.planPeriods = planPeriods;
        this.planParts = planParts;
        this.vague = vague;
        this.relativeDays = relativeDays();
        this.festivals = festivals();
        this.eventVerbs = words("event-verbs.txt");
        this.verbNouns = words("verb-nouns.txt");
        this.cutoffWords = words("cutoff-words.txt");
        this.deadlineWords = words("deadline-words.txt");
        this.notEventAfter = words("not-event-after.txt");
        this.comparisonWords = words("comparison-words.txt");
        this.futureMarkers = words("future-markers.txt");
        this.goalWords = words("goal-words.txt");
        this.sinceWords = words("since-words.txt");
        this.recurringWords = words("recurring-words.txt");
    }

    private static Rules load() {
        Map<String, RelativeYear> rel = new LinkedHashMap<>();
        for (Line l : read("relative-years.txt", 3)) {
            if (!l.cols[1].equals("REF") && !l.cols[1].equals("PREV")) {
                throw l.bad("base must be REF or PREV");
            }
            rel.put(l.cols[0], new RelativeYear(l.cols[1].equals("PREV"), l.integer(2, -50, 50)));
        }
        Map<String, int[]> parts = new LinkedHashMap<>();
        for (Line l : read("year-parts.txt", 3)) {
            int a = l.integer(1, 1, 12);
            int b = l.integer(2, a, 12);
            parts.put(l.cols[0], new int[] {a, b});
        }
        Map<String, VagueKind> vague = new LinkedHashMap<>();
        for (Line l : read("vague-dates.txt", 2)) {
            try {
                vague.put(l.cols[0], VagueKind.valueOf(l.cols[1]));
            } catch (IllegalArgumentException e) {
                throw l.bad("unknown kind " + l.cols[1]);
            }
        }
        return new Rules(Collections.unmodifiableMap(rel), Collections.unmodifiableMap(parts),
                PlanPeriods.periods(), PlanPeriods.parts(),
                Collections.unmodifiableMap(vague));
    }

    private static Map<String, RelativeDay> relativeDays() {
        Map<String, RelativeDay> out = new LinkedHashMap<>();
        for (Line l : read("relative-days.txt", 3)) {
            if (l.cols[1].length() != 1 || "DWMQw".indexOf(l.cols[1].charAt(0)) < 0) {
                throw l.bad("unit must be D, W, M, Q or w");
            }
            out.put(l.cols[0], new RelativeDay(l.cols[1].charAt(0), l.integer(2, -3, 3)));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Festival> festivals() {
        Map<String, Festival> out = new LinkedHashMap<>();
        for (Line l : read("festivals.txt", 4)) {
            char kind = switch (l.cols[1]) {
                case "LUNAR" -> 'L';
                case "EVE" -> 'E';
                case "SOLAR" -> 'G';
                case "TERM" -> 'T';
                default -> throw l.bad("kind must be LUNAR, EVE, SOLAR or TERM");
            };
            int a = l.integer(2, 0, 359);
            int b = l.integer(3, 0, 31);
            if (kind != 'T' && kind != 'E' && (a < 1 || a > 12 || b < 1)) {
                throw l.bad("a month 1..12 and a day 1..31 expected");
            }
            out.put(l.cols[0], new Festival(kind, a, b));
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<String> words(String file) {
        List<String> out = new ArrayList<>();
        for (Line l : read(file, 1)) {
            out.add(l.cols[0]);
        }
        // longest first, so that a longer word wins over its prefix
        out.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        return new Words(out);
    }

    /** The lines of a rule file with exactly {@code columns} tab- or space-separated columns. */
    static List<Line> read(String file, int columns) {
        List<Line> out = new ArrayList<>();
        for (RuleFile.Line raw : RuleFile.read(Rules.class, file)) {
            String[] cols = SPACES.split(raw.text());
            Line line = new Line(file, raw.number(), cols);
            if (cols.length != columns) {
                throw line.bad("expected " + columns + " column(s), found " + cols.length);
            }
            out.add(line);
        }
        return out;
    }

    /** One line of a rule file. */
    record Line(String file, int number, String[] cols) {

        IllegalStateException bad(String why) {
            return new IllegalStateException(file + ":" + number + ": " + why + ": " + String.join(" ", cols));
        }

        int integer(int col, int min, int max) {
            try {
                int v = Integer.parseInt(cols[col]);
                if (v < min || v > max) {
                    throw bad("column " + (col + 1) + " must lie in " + min + ".." + max);
                }
                return v;
            } catch (NumberFormatException e) {
                throw bad("column " + (col + 1) + " is not a number");
            }
        }
    }

    /** The first word of {@code words} that {@code text} has at {@code at}, or null. */
    static String wordAt(String text, int at, List<String> words) {
        if (words instanceof Words w) {
            return w.at(text, at); // longest first: the first word found is the longest
        }
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    /** The first word of {@code words} that ends {@code text} just before {@code end}, or null. */
    static String wordBefore(String text, int end, List<String> words) {
        if (words instanceof Words w) {
            return w.before(text, end);
        }
        for (String w : words) {
            int s = end - w.length();
            if (s >= 0 && text.startsWith(w, s)) {
                return w;
            }
        }
        return null;
    }
}
