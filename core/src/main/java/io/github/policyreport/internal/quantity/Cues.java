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
        /** Words containing a future cue that are none (重要 for 要); attached to that cue. */
        NOTFUTURE,
        /** A marker that the figure is achieved. */
        PAST,
        /** Words containing a past marker that are none (为了 for 了); attached to that marker. */
        NOTPAST,
        /** A change word; value: its {@link Change.Direction}. */
        CHANGE,
        /** The word naming what a unit kind measures; value: the word (the column-2 word is the unit kind). */
        ASPECT,
        /** A word standing for two; value: the two words, comma-separated. */
        PAIR,
        /** Words containing a boundary that are none (对接 for 对); attached to that boundary. */
        NOTBOUNDARY,
        /** Words starting with a strip word that keep it (共享 for 共); attached to that strip word. */
        NOTSTRIP,
        TODAY, OPENER, STRIP, BOUNDARY, SCOPE, PREPOSITION, RIGHTSTOP, BASIS, ENUMERATOR, PART, LEADSTRIP,
        DISPOSAL, GENERIC, REVIEW, PLANPART, REVIEWLEAD, PLANLEAD, FRAMING, HEAD, OWNSCOPE;

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

    private static final Lazy<Cues> DEFAULTS = Lazy.of(() -> of(RuleFile.read(Cues.class, "figures.tsv")));

    private final Map<String, Modality> future = new HashMap<>();
    private final Map<String, Change.Direction> change = new HashMap<>();
    private final Map<String, String> aspect = new HashMap<>();
    private final Map<String, List<String>> pairs = new HashMap<>();
    private final Map<Kind, Set<String>> sets = new EnumMap<>(Kind.class);
    private final int maxLen;
    private final Map<Kind, WordTrie> tries = new EnumMap<>(Kind.class);
    /** Per corrected kind and cue, the words containing the cue that are no cue. */
    private final Map<Kind, Map<String, List<String>>> exceptions = new EnumMap<>(Kind.class);

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
        List<RuleFile.Row> corrections = new ArrayList<>();
        for (RuleFile.Row l : rows) {
            Kind kind = l.line().kind(Kind.class, l.col(0));
            String w = l.col(1);
            if (kind.corrects() != null) {
                corrections.add(l);
                continue;
            }
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
        for (RuleFile.Row l : corrections) {
            attach(l);
        }
        for (Map.Entry<Kind, Set<String>> e : sets.entrySet()) {
            tries.put(e.getKey(), WordTrie.of(e.getValue()));
        }
        tries.put(Kind.FUTURE, WordTrie.of(future.keySet()));
        tries.put(Kind.CHANGE, WordTrie.of(change.keySet()));
    }

    /** Attaches the exceptions of line {@code l} to the cue they correct, which must be listed. */
    private void attach(RuleFile.Row l) {
        Kind kind = l.line().kind(Kind.class, l.col(0)).corrects();
        String cue = l.col(1);
        boolean listed = kind == Kind.FUTURE ? future.containsKey(cue) : set(kind).contains(cue);
        if (!listed) {
            throw l.error("no " + kind.name().toLowerCase(Locale.ROOT) + " cue " + cue + " to correct");
        }
        List<String> words = new ArrayList<>();
        for (String w : value(l).split("\\|")) {
            if (!w.strip().contains(cue) || w.strip().equals(cue)) {
                throw l.error("an exception must contain its cue and more: " + w);
            }
            words.add(w.strip());
        }
        exceptions.computeIfAbsent(kind, k -> new HashMap<>()).merge(cue, List.copyOf(words),
                (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
    }

    /**
     * Whether the cue {@code cue} of {@code kind} at {@code at} lies inside one of its exceptions
     * lying wholly in {@code [from, to)} (重要 around 要).
     */
    boolean excepted(Kind kind, String cue, String t, int at, int from, int to) {
        for (String e : exceptions.getOrDefault(kind, Map.of()).getOrDefault(cue, List.of())) {
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

    /** Future cues and past markers in {@code [from, to)}, in order, minus those inside their exceptions. */
    List<Hit> hits(String t, int from, int to) {
        List<Hit> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            String f = wordAt(Kind.FUTURE, t, i, to);
            if (f != null && (excepted(Kind.FUTURE, f, t, i, from, to)
                    || f.equals("将") && disposalFollows(t, i + 1, to))) {
                f = null;
            }
            if (f != null) {
                out.add(new Hit(i, i + f.length(), future.get(f)));
                i += f.length();
                continue;
            }
            String p = wordAt(Kind.PAST, t, i, to);
            if (p != null && !excepted(Kind.PAST, p, t, i, from, to)) {
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
