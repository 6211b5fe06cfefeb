package io.github.policyreport.internal.quantity;

import io.github.policyreport.model.Change;
import io.github.policyreport.model.Modality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cue lists of {@code figures.tsv}, loaded once. Immutable. */
final class Cues {

    static final Cues INSTANCE = new Cues();

    private final Map<String, Modality> future = new HashMap<>();
    private final Map<String, Change.Direction> change = new HashMap<>();
    private final Map<String, String> aspect = new HashMap<>();
    private final Map<String, List<String>> pairs = new HashMap<>();
    private final Map<String, Set<String>> sets = new HashMap<>();
    private final int maxLen;
    private final Map<String, WordTrie> tries = new HashMap<>();

    private Cues() {
        int m = 0;
        for (Lexicon.Line l : Lexicon.read("figures.tsv", 2, 3)) {
            String kind = l.col(0);
            String w = l.col(1);
            m = Math.max(m, w.length());
            switch (kind) {
                case "future" -> {
                    try {
                        future.put(w, Modality.valueOf(value(l)));
                    } catch (IllegalArgumentException e) {
                        throw l.error("unknown modality");
                    }
                }
                case "change" -> {
                    try {
                        change.put(w, Change.Direction.valueOf(value(l)));
                    } catch (IllegalArgumentException e) {
                        throw l.error("unknown direction");
                    }
                }
                case "aspect" -> aspect.put(w, value(l));
                case "pair" -> {
                    List<String> both = List.of(value(l).split(","));
                    if (both.size() != 2) {
                        throw l.error("a pair needs two words separated by a comma");
                    }
                    pairs.put(w, both);
                    sets.computeIfAbsent(kind, k -> new HashSet<>()).add(w);
                }
                case "notfuture", "past", "notpast", "today", "opener", "strip", "boundary", "scope", "preposition",
                     "notboundary", "rightstop", "basis", "enumerator", "part", "leadstrip",
                     "disposal", "generic", "review", "planpart", "reviewlead", "planlead", "framing", "head", "ownscope" ->
                        sets.computeIfAbsent(kind, k -> new HashSet<>()).add(w);
                default -> throw l.error("unknown kind " + kind);
            }
        }
        maxLen = m;
        for (Map.Entry<String, Set<String>> e : sets.entrySet()) {
            tries.put(e.getKey(), WordTrie.of(e.getValue()));
        }
        tries.put("future", WordTrie.of(future.keySet()));
        tries.put("change", WordTrie.of(change.keySet()));
    }

    private static String value(Lexicon.Line l) {
        if (l.cols().length != 3) {
            throw l.error("needs a value column");
        }
        return l.col(2);
    }

    private Set<String> set(String kind) {
        return sets.getOrDefault(kind, Set.of());
    }

    /** The longest word of {@code kind} starting at {@code i}, or null. */
    String wordAt(String kind, String t, int i, int to) {
        if (i >= to) {
            return null;
        }
        WordTrie trie = tries.get(kind);
        int n = trie == null ? 0 : trie.longestAt(t, i, to);
        return n == 0 ? null : t.substring(i, i + n);
    }

    /** The longest word of {@code kind} ending at {@code end} and starting at or after {@code from}, or null. */
    String wordEndingAt(String kind, String t, int from, int end) {
        Set<String> s = kind.equals("change") ? change.keySet() : set(kind);
        for (int b = Math.max(from, end - maxLen); b < end; b++) {
            String w = t.substring(b, end);
            if (s.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** Whether a word of {@code kind} occurs in {@code [from, to)}. */
    boolean any(String kind, String t, int from, int to) {
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
            String nf = wordAt("notfuture", t, i, to);
            String np = wordAt("notpast", t, i, to);
            String skip = nf != null ? nf : np;
            if (skip != null) {
                i += skip.length();
                continue;
            }
            String f = wordAt("future", t, i, to);
            if (f != null && f.equals("将") && disposalFollows(t, i + 1, to)) {
                f = null;
            }
            if (f != null) {
                out.add(new Hit(i, i + f.length(), future.get(f)));
                i += f.length();
                continue;
            }
            String p = wordAt("past", t, i, to);
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
        return set("generic").contains(subject);
    }

    /** Whether a 把-construction verb follows within the clause: 将 is then 把, not "will". */
    private boolean disposalFollows(String t, int from, int to) {
        for (int i = from; i < Math.min(to, from + 20); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '。' || c == ';') {
                return false;
            }
            if (wordAt("disposal", t, i, to) != null) {
                return true;
            }
        }
        return false;
    }

    Change.Direction direction(String changeWord) {
        return change.get(changeWord);
    }
}
