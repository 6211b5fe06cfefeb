package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.WordTrie;
import io.github.policyreport.model.Change;
import io.github.policyreport.model.Modality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The cue lists of {@code figures.tsv}: one word per line under a {@link Kind}. The
 * {@linkplain #defaults() default set} is loaded once, on first use; {@link #of} builds another
 * set (a test's, a contributor's) from rule lines. Immutable.
 */
final class Cues {

    /** The kinds of cue, one per column-1 value of {@code figures.tsv}; see its header. */
    enum Kind {
        /** A forward-looking cue; value: its {@link Modality}. */
        FUTURE,
        /** A change word; value: its {@link Change.Direction}. */
        CHANGE,
        /** A word standing for two; value: the two words, comma-separated. */
        PAIR,
        /** Words containing a future cue that are none (重要 for 要); attached to that cue. */
        NOTFUTURE,
        /** A marker that the figure is achieved. */
        PAST,
        /** Words containing a past marker that are none (为了 for 了); attached to that marker. */
        NOTPAST,
        TODAY, OPENER, STRIP, BOUNDARY, SCOPE, PREPOSITION,
        /** Words containing a boundary that are none (对接 for 对); attached to that boundary. */
        NOTBOUNDARY,
        /** Words starting with a strip word that keep it (共享 for 共); attached to that strip word. */
        NOTSTRIP,
        RIGHTSTOP, BASIS, ENUMERATOR, PART, LEADSTRIP, DISPOSAL, GENERIC, REVIEW, PLANPART,
        REVIEWLEAD, PLANLEAD, FRAMING, HEAD, OWNSCOPE,
        /** The word naming what a unit kind measures; value: the word (the column-2 word is the unit kind). */
        ASPECT;

        private static final Kind[] ALL = values();

        /** The kind of cue an exception kind corrects, or null for a cue kind. */
        Kind corrects() {
            return switch (this) {
                case NOTFUTURE -> FUTURE;
                case NOTPAST -> PAST;
                case NOTBOUNDARY -> BOUNDARY;
                case NOTSTRIP -> STRIP;
                default -> null;
            };
        }
    }

    /** The kinds {@link #hits} reads at each position, in the slots of {@link #hitTrie}. */
    private static final Kind[] HIT_KINDS = {Kind.FUTURE, Kind.PAST};

    private static final Lazy<Cues> DEFAULTS = Lazy.of(() -> of(RuleFile.read(Cues.class, "figures.tsv")));

    private final Map<String, Modality> future = new HashMap<>();
    private final Map<String, Change.Direction> change = new HashMap<>();
    private final Map<String, String> aspect = new HashMap<>();
    private final Map<String, List<String>> pairs = new HashMap<>();
    /** Per kind (by ordinal): its words, a trie of them and a trie of them read backwards. */
    private final Set<String>[] sets;
    private final WordTrie[] tries;
    private final WordTrie[] backTries;
    /** The kinds of {@link #HIT_KINDS} in one trie, walked once per position. */
    private final WordTrie hitTrie;
    /** Per corrected kind (by ordinal) and cue, the words containing the cue that are no cue. */
    private final List<Map<String, List<String>>> exceptions = new ArrayList<>();

    /** The shipped {@code figures.tsv}, loaded once and shared. */
    static Cues defaults() {
        return DEFAULTS.get();
    }

    /**
     * The cues of {@code lines} in the format of {@code figures.tsv}.
     *
     * @throws io.github.policyreport.internal.RuleException for a bad line, naming file:line
     */
    static Cues of(List<RuleFile.Line> lines) {
        return new Cues(RuleFile.rows(lines, RuleFile.TABS, 2, 3));
    }

    @SuppressWarnings("unchecked")
    private Cues(List<RuleFile.Row> rows) {
        sets = new Set[Kind.ALL.length];
        for (int k = 0; k < sets.length; k++) {
            sets[k] = new HashSet<>();
            exceptions.add(new HashMap<>());
        }
        List<RuleFile.Row> corrections = new ArrayList<>();
        for (RuleFile.Row l : rows) {
            Kind kind = l.line().kind(Kind.class, l.col(0));
            String w = l.col(1);
            if (kind.corrects() != null) {
                corrections.add(l);
                continue;
            }
            switch (kind) {
                case FUTURE -> future.put(w, l.line().kind(Modality.class, value(l)));
                case CHANGE -> change.put(w, l.line().kind(Change.Direction.class, value(l)));
                case ASPECT -> {
                    aspect.put(w, value(l));
                    continue;
                }
                case PAIR -> {
                    List<String> both = List.of(value(l).split(","));
                    if (both.size() != 2) {
                        throw l.error("a pair needs two words separated by a comma");
                    }
                    pairs.put(w, both);
                }
                default -> {
                }
            }
            sets[kind.ordinal()].add(w);
        }
        for (RuleFile.Row l : corrections) {
            attach(l);
        }
        tries = new WordTrie[sets.length];
        backTries = new WordTrie[sets.length];
        for (int k = 0; k < sets.length; k++) {
            sets[k] = Set.copyOf(sets[k]);
            tries[k] = WordTrie.of(sets[k]);
            backTries[k] = WordTrie.reversed(sets[k]);
        }
        List<Set<String>> hitLists = new ArrayList<>();
        for (Kind k : HIT_KINDS) {
            hitLists.add(sets[k.ordinal()]);
        }
        hitTrie = WordTrie.of(hitLists, false);
    }

    /** Attaches the exceptions of line {@code l} to the cue they correct, which must be listed. */
    private void attach(RuleFile.Row l) {
        Kind kind = l.line().kind(Kind.class, l.col(0)).corrects();
        String cue = l.col(1);
        if (!sets[kind.ordinal()].contains(cue)) {
            throw l.error("no " + kind.name().toLowerCase(Locale.ROOT) + " cue " + cue + " to correct");
        }
        List<String> words = new ArrayList<>();
        for (String w : value(l).split("\\|")) {
            if (!w.strip().contains(cue) || w.strip().equals(cue)) {
                throw l.error("an exception must contain its cue and more: " + w);
            }
            words.add(w.strip());
        }
        exceptions.get(kind.ordinal()).merge(cue, List.copyOf(words),
                (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
    }

    /**
     * Whether the cue {@code cue} of {@code kind} at {@code at} lies inside one of its exceptions
     * lying wholly in {@code [from, to)} (重要 around 要).
     */
    boolean excepted(Kind kind, String cue, String t, int at, int from, int to) {
        for (String e : exceptions.get(kind.ordinal()).getOrDefault(cue, List.of())) {
            for (int k = e.indexOf(cue); k >= 0; k = e.indexOf(cue, k + 1)) {
                int s = at - k;
                if (s >= from && s + e.length() <= to && t.startsWith(e, s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String value(RuleFile.Row l) {
        if (l.cols().size() != 3) {
            throw l.error("needs a value column");
        }
        return l.col(2);
    }

    /** The longest word of {@code kind} starting at {@code i}, or null. */
    String wordAt(Kind kind, String t, int i, int to) {
        int n = lengthAt(kind, t, i, to);
        return n == 0 ? null : t.substring(i, i + n);
    }

    /** The length of the longest word of {@code kind} starting at {@code i} and ending by {@code to}, or 0. */
    private int lengthAt(Kind kind, String t, int i, int to) {
        return i >= to ? 0 : tries[kind.ordinal()].longestAt(t, i, to);
    }

    /** The longest word of {@code kind} ending at {@code end} and starting at or after {@code from}, or null. */
    String wordEndingAt(Kind kind, String t, int from, int end) {
        int n = backTries[kind.ordinal()].longestEndingAt(t, from, end);
        return n == 0 ? null : t.substring(end - n, end);
    }

    /** Whether a word of {@code kind} occurs in {@code [from, to)}. */
    boolean any(Kind kind, String t, int from, int to) {
        return tries[kind.ordinal()].find(t, from, to, to) >= 0;
    }

    /**
     * A cue found in text.
     *
     * @param at       its offset
     * @param end      offset just past it
     * @param modality the modality of a future cue, or null for a past marker
     */
    record Hit(int at, int end, Modality modality) {
    }

    /** Future cues and past markers in {@code [from, to)}, in order, minus those inside their exceptions. */
    List<Hit> hits(String t, int from, int to) {
        List<Hit> out = new ArrayList<>();
        int[] longest = new int[HIT_KINDS.length]; // future, past
        int i = from;
        while ((i = hitTrie.nextStart(t, i, to)) < to) {
            hitTrie.longestAt(t, i, to, longest);
            int f = longest[0];
            if (f != 0 && (excepted(Kind.FUTURE, t.substring(i, i + f), t, i, from, to)
                    || f == 1 && t.charAt(i) == '将' && disposalFollows(t, i + 1, to))) {
                f = 0;
            }
            if (f != 0) {
                out.add(new Hit(i, i + f, future.get(t.substring(i, i + f))));
                i += f;
                continue;
            }
            int p = longest[1];
            if (p != 0 && !excepted(Kind.PAST, t.substring(i, i + p), t, i, from, to)) {
                out.add(new Hit(i, i + p, null));
                i += p;
                continue;
            }
            i++;
        }
        return out;
    }

    /** The word naming what a figure of unit kind {@code kind} measures (面积 for AREA), or "". */
    String aspect(String kind) {
        return aspect.getOrDefault(kind, "");
    }

    /** The two words a paired word stands for (城乡居民 → 城镇居民, 农村居民), or an empty list. */
    List<String> pair(String word) {
        return pairs.getOrDefault(word, List.of());
    }

    /** Whether {@code subject} is only a generic aspect word such as 总数 or 总量. */
    boolean generic(String subject) {
        return sets[Kind.GENERIC.ordinal()].contains(subject);
    }

    /** Whether a 把-construction verb follows within the clause: 将 is then 把, not "will". */
    private boolean disposalFollows(String t, int from, int to) {
        for (int i = from; i < Math.min(to, from + 20); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '。' || c == ';') {
                return false;
            }
            if (lengthAt(Kind.DISPOSAL, t, i, to) != 0) {
                return true;
            }
        }
        return false;
    }

    Change.Direction direction(String changeWord) {
        return change.get(changeWord);
    }
}
