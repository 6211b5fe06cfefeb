package io.github.policyreport.internal.quantity;

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

/** The cue lists of {@code figures.tsv}, loaded once. Immutable. */
final class Cues {

    /** The word lists of {@code figures.tsv}, by their name in its first column. */
    enum Kind {
        FUTURE, CHANGE, PAIR, NOTFUTURE, PAST, NOTPAST, TODAY, OPENER, STRIP, BOUNDARY, SCOPE, PREPOSITION,
        NOTBOUNDARY, RIGHTSTOP, BASIS, ENUMERATOR, PART, LEADSTRIP, DISPOSAL, GENERIC, REVIEW, PLANPART,
        REVIEWLEAD, PLANLEAD, FRAMING, HEAD, OWNSCOPE;

        private static final Kind[] ALL = values();
    }

    /** The kinds {@link #hits} reads at each position, in the slots of {@link #hitTrie}. */
    private static final Kind[] HIT_KINDS = {Kind.NOTFUTURE, Kind.NOTPAST, Kind.FUTURE, Kind.PAST};

    static final Cues INSTANCE = new Cues();

    private final Map<String, Modality> future = new HashMap<>();
    private final Map<String, Change.Direction> change = new HashMap<>();
    private final Map<String, String> aspect = new HashMap<>();
    private final Map<String, List<String>> pairs = new HashMap<>();
    /** Per kind (by ordinal): its words, a trie of them and a trie of them read backwards. */
    private final Set<String>[] sets;
    private final WordTrie[] tries;
    private final WordTrie[] backTries;
    /** The four kinds of {@link #HIT_KINDS} in one trie, walked once per position. */
    private final WordTrie hitTrie;

    @SuppressWarnings("unchecked")
    private Cues() {
        sets = new Set[Kind.ALL.length];
        for (int k = 0; k < sets.length; k++) {
            sets[k] = new HashSet<>();
        }
        for (Lexicon.Line l : Lexicon.read("figures.tsv", 2, 3)) {
            String name = l.col(0);
            String w = l.col(1);
            if (name.equals("aspect")) {
                aspect.put(w, value(l));
                continue;
            }
            Kind kind;
            try {
                kind = Kind.valueOf(name.toUpperCase(Locale.ROOT));
                if (!kind.name().toLowerCase(Locale.ROOT).equals(name)) {
                    throw new IllegalArgumentException(name);
                }
            } catch (IllegalArgumentException e) {
                throw l.error("unknown kind " + name);
            }
            switch (kind) {
                case FUTURE -> {
                    try {
                        future.put(w, Modality.valueOf(value(l)));
                    } catch (IllegalArgumentException e) {
                        throw l.error("unknown modality");
                    }
                }
                case CHANGE -> {
                    try {
                        change.put(w, Change.Direction.valueOf(value(l)));
                    } catch (IllegalArgumentException e) {
                        throw l.error("unknown direction");
                    }
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

    private static String value(Lexicon.Line l) {
        if (l.cols().length != 3) {
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
        WordTrie trie = tries[kind.ordinal()];
        for (int i = from; i < to; i++) {
            if (trie.longestAt(t, i, to) != 0) {
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
        int[] longest = new int[HIT_KINDS.length]; // notfuture, notpast, future, past
        int i = from;
        while (i < to) {
            hitTrie.longestAt(t, i, to, longest);
            int skip = longest[0] != 0 ? longest[0] : longest[1];
            if (skip != 0) {
                i += skip;
                continue;
            }
            int f = longest[2];
            if (f == 1 && t.charAt(i) == '将' && disposalFollows(t, i + 1, to)) {
                f = 0;
            }
            if (f != 0) {
                out.add(new Hit(i, i + f, future.get(t.substring(i, i + f))));
                i += f;
                continue;
            }
            int p = longest[3];
            if (p != 0) {
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
