package io.github.policyreport.internal.time;

import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.RuleFile.Row;
import io.github.policyreport.internal.RuleFiles;
import io.github.policyreport.internal.text.PlanPeriods;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The date rules, read from the UTF-8 resource files beside this class: relative years, year
 * parts, vague date words, event verbs, cut-off, comparison and future words (the plan periods
 * are {@link PlanPeriods}'). The {@linkplain #defaults() default set} is loaded
 * once, on first use; {@link #load} reads a set from other sources (a test's file with one word
 * added). A malformed line fails loading with a {@link io.github.policyreport.internal.RuleException}
 * naming its file and line. Immutable.
 */
final class Rules {

    /** Every rule file of this package, as shipped. */
    static final RuleFiles SHIPPED = RuleFiles.shipped(Rules.class, List.of("relative-years.txt", "year-parts.txt",
            "vague-dates.txt", "relative-days.txt", "festivals.txt",
            "event-verbs.txt", "verb-nouns.txt", "cutoff-words.txt", "deadline-words.txt", "not-event-after.txt",
            "comparison-words.txt", "future-markers.txt", "goal-words.txt", "since-words.txt", "recurring-words.txt"));

    private static final Lazy<Rules> DEFAULTS = Lazy.of(() -> load(SHIPPED));

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

    /** The base a relative year counts from: the reference year or the previous date's. */
    enum Base { REF, PREV }

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

    /** The kinds of {@code festivals.txt}. */
    enum FestivalKind {
        LUNAR('L'), EVE('E'), SOLAR('G'), TERM('T');

        final char code;

        FestivalKind(char code) {
            this.code = code;
        }
    }

    /** What a vague date word means. */
    enum VagueKind { RECENT, SAME_DAY, NEXT_DAY, SAME_MONTH, THIS_MONTH, LAST_MONTH, NEXT_MONTH, DURATION }

    private Rules(RuleFiles source) {
        Map<String, RelativeYear> rel = new LinkedHashMap<>();
        for (Row l : read(source, "relative-years.txt", 3)) {
            rel.put(l.col(0), new RelativeYear(l.line().kind(Base.class, l.col(1)) == Base.PREV, l.integer(2, -50, 50)));
        }
        Map<String, int[]> parts = new LinkedHashMap<>();
        for (Row l : read(source, "year-parts.txt", 3)) {
            int a = l.integer(1, 1, 12);
            int b = l.integer(2, a, 12);
            parts.put(l.col(0), new int[] {a, b});
        }
        Map<String, VagueKind> vague = new LinkedHashMap<>();
        for (Row l : read(source, "vague-dates.txt", 2)) {
            vague.put(l.col(0), l.line().kind(VagueKind.class, l.col(1)));
        }
        this.relativeYears = Collections.unmodifiableMap(rel);
        this.yearParts = Collections.unmodifiableMap(parts);
        this.planPeriods = PlanPeriods.periods();
        this.planParts = PlanPeriods.parts();
        this.vague = Collections.unmodifiableMap(vague);
        this.relativeDays = relativeDays(source);
        this.festivals = festivals(source);
        this.eventVerbs = words(source, "event-verbs.txt");
        this.verbNouns = words(source, "verb-nouns.txt");
        this.cutoffWords = words(source, "cutoff-words.txt");
        this.deadlineWords = words(source, "deadline-words.txt");
        this.notEventAfter = words(source, "not-event-after.txt");
        this.comparisonWords = words(source, "comparison-words.txt");
        this.futureMarkers = words(source, "future-markers.txt");
        this.goalWords = words(source, "goal-words.txt");
        this.sinceWords = words(source, "since-words.txt");
        this.recurringWords = words(source, "recurring-words.txt");
    }

    /** The shipped rule files, loaded once and shared. */
    static Rules defaults() {
        return DEFAULTS.get();
    }

    /**
     * The rules read from {@code source}.
     *
     * @throws io.github.policyreport.internal.RuleException for a bad line, naming file:line
     */
    static Rules load(RuleFiles source) {
        return new Rules(source);
    }

    private static Map<String, RelativeDay> relativeDays(RuleFiles source) {
        Map<String, RelativeDay> out = new LinkedHashMap<>();
        for (Row l : read(source, "relative-days.txt", 3)) {
            if (l.col(1).length() != 1 || "DWMQw".indexOf(l.col(1).charAt(0)) < 0) {
                throw l.error("unit must be D, W, M, Q or w");
            }
            out.put(l.col(0), new RelativeDay(l.col(1).charAt(0), l.integer(2, -3, 3)));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Festival> festivals(RuleFiles source) {
        Map<String, Festival> out = new LinkedHashMap<>();
        for (Row l : read(source, "festivals.txt", 4)) {
            char kind = l.line().kind(FestivalKind.class, l.col(1)).code;
            int a = l.integer(2, 0, 359);
            int b = l.integer(3, 0, 31);
            if (kind != 'T' && kind != 'E' && (a < 1 || a > 12 || b < 1)) {
                throw l.error("a month 1..12 and a day 1..31 expected");
            }
            out.put(l.col(0), new Festival(kind, a, b));
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<String> words(RuleFiles source, String file) {
        List<String> out = new ArrayList<>();
        for (Row l : read(source, file, 1)) {
            out.add(l.col(0));
        }
        // longest first, so that a longer word wins over its prefix
        out.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        return new Words(out);
    }

    private static List<Row> read(RuleFiles source, String file, int columns) {
        return RuleFile.rows(source.lines(file), RuleFile.SPACES, columns, columns);
    }

    /** The rows of resource {@code file} beside this class with exactly {@code columns} tab- or space-separated columns. */
    static List<Row> read(String file, int columns) {
        return RuleFile.rows(RuleFile.read(Rules.class, file), RuleFile.SPACES, columns, columns);
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
