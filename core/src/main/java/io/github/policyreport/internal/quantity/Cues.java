package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.model.Change;
import io.github.policyreport.model.Modality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        /** A word that contains a future cue but is none (重要 for 要). */
        NOTFUTURE,
        /** A marker that the figure is achieved. */
        PAST,
        /** A word that contains a past marker but is none. */
        NOTPAST,
        /** A change word; value: its {@link Change.Direction}. */
        CHANGE,
        /** The word naming what a unit kind measures; value: the word (the column-2 word is the unit kind). */
        ASPECT,
        /** A word standing for two; value: the two words, comma-separated. */
        PAIR,
        TODAY, OPENER, STRIP, BOUNDARY, SCOPE, PREPOSITION, NOTBOUNDARY, RIGHTSTOP, BASIS, ENUMERATOR, PART, LEADSTRIP,
        DISPOSAL, GENERIC, REVIEW, PLANPART, REVIEWLEAD, PLANLEAD, FRAMING, HEAD, OWNSCOPE
    }

    private static final Lazy<Cues> DEFAULTS = Lazy.of(() -> of(RuleFile.read(Cues.class, "figures.tsv")));

    private final Map<String, Modality> future = new HashMap<>();
    private final Map<String, Change.Direction> change = new HashMap<>();
    private final Map<String, String> aspect = new HashMap<>();
    private final Map<String, List<String>> pairs = new HashMap<>();
    private final Map<Kind, Set<String>> sets = new EnumMap<>(Kind.class);
    private final int maxLen;
    private final Map<Kind, WordTrie> tries = new EnumMap<>(Kind.class);

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

    private Cues(List<RuleFile.Row> rows) {
        int m = 0;
        for (RuleFile.Row l : rows) {
            Kind kind = l.line().kind(Kind.class, l.col(0));
            String w = l.col(1);
            m = Math.max(m, w.length());
            switch (kind) {
                case FUTURE -> future.put(w, l.line().kind(Modality.class, value(l)));
                case CHANGE -> change.put(w, l.line().kind(Change.Direction.class, value(l)));
                case ASPECT -> aspect.put(w, value(l));
                case PAIR -> {
                    List<String> both = List.of(value(l).split(","));
                    if (both.size() != 2) {
                        throw l.error("a pair needs two words separated by a comma");
                    }
                    pairs.put(w, both);
                    sets.computeIfAbsent(kind, k -> new HashSet<>()).add(w);
                }
                default -> sets.computeIfAbsent(kind, k -> new HashSet<>()).add(w);
            }
        }
        maxLen = m;
        for (Map.Entry<Kind, Set<String>> e : sets.entrySet()) {
            tries.put(e.getKey(), WordTrie.of(e.getValue()));
        }
        tries.put(Kind.FUTURE, WordTrie.of(future.keySet()));
        tries.put(Kind.CHANGE, WordTrie.of(change.keySet()));
    }

    private static String value(RuleFile.Row l) {
        if (l.cols().size() != 3) {
            throw l.error("needs a value column");
        }
        return l.col(2);
    }

    private Set<String> set(Kind kind) {
        return sets.getOrDefault(kind, Set.of());
    }

    /** The longest word of {@code kind} starting at {@code i}, or null. */
    String wordAt(Kind kind, String t, int i, int to) {
        if (i >= to) {
            return null;
        }
        WordTrie trie = tries.get(kind);
        int n = trie == null ? 0 : trie.longestAt(t, i, to);
        return n == 0 ? null : t.substring(i, i + n);
    }

    /** The longest word of {@code kind} ending at {@code end} and starting at or after {@code from}, or null. */
    String wordEndingAt(Kind kind, String t, int from, int end) {
        Set<String> s = kind == Kind.CHANGE ? change.keySet() : set(kind);
        for (int b = Math.max(from, end - maxLen); b < end; b++) {
            String w = t.substring(b, end);
            if (s.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** Whether a word of {@code kind} occurs in {@code [from, to)}. */
    boolean any(Kind kind, String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (wordAt(kind, t, i, to) != null) {
                return true;
            }
        }
        return false;
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

    /** Future cues and past markers in {@code [from, to)}, in order, minus the listed non-cues. */
    List<Hit> hits(String t, int from, int to) {
        List<Hit> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            String nf = wordAt(Kind.NOTFUTURE, t, i, to);
            String np = wordAt(Kind.NOTPAST, t, i, to);
            String skip = nf != null ? nf : np;
            if (skip != null) {
                i += skip.length();
                continue;
            }
            String f = wordAt(Kind.FUTURE, t, i, to);
            if (f != null && f.equals("将") && disposalFollows(t, i + 1, to)) {
                f = null;
            }
            if (f != null) {
                out.add(new Hit(i, i + f.length(), future.get(f)));
                i += f.length();
                continue;
            }
            String p = wordAt(Kind.PAST, t, i, to);
            if (p != null) {
                out.add(new Hit(i, i + p.length(), null));
                i += p.length();
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
        return set(Kind.GENERIC).contains(subject);
    }

    /** Whether a 把-construction verb follows within the clause: 将 is then 把, not "will". */
    private boolean disposalFollows(String t, int from, int to) {
        for (int i = from; i < Math.min(to, from + 20); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '。' || c == ';') {
                return false;
            }
            if (wordAt(Kind.DISPOSAL, t, i, to) != null) {
                return true;
            }
        }
        return false;
    }

    Change.Direction direction(String changeWord) {
        return change.get(changeWord);
    }
}
