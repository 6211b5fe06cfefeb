package io.github.policyreport.internal.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the event verbs ({@code event-verbs.txt}) of a text stand, found once in one pass so that
 * every date asks in constant time on average: the first verb in a window. A verb inside a noun
 * ({@code verb-nouns.txt}: 发布会) does not count. Immutable.
 */
final class Verbs {

    /**
     * The verb and verb-noun words of a rule set, by their first character, longest first.
     *
     * @param verbs the event verbs
     * @param nouns the nouns a verb may stand inside
     */
    record Words(Map<Character, List<String>> verbs, Map<Character, List<String>> nouns) {

        static Words of(Rules rules) {
            return new Words(byFirst(rules.eventVerbs), byFirst(rules.verbNouns));
        }
    }

    /** For each offset, the offset of the first verb at or after it, or the text's length. */
    private final int[] next;
    /** The length of the verb at each offset, or 0. */
    private final int[] length;

    private Verbs(int[] next, int[] length) {
        this.next = next;
        this.length = length;
    }

    /** The verbs of {@code folded} text. */
    static Verbs of(String folded, Words words) {
        int n = folded.length();
        int[] length = new int[n];
        for (int i = 0; i < n; i++) {
            String w = wordAt(folded, i, words.verbs());
            if (w != null && wordAt(folded, i, words.nouns()) == null) {
                length[i] = w.length();
            }
        }
        int[] next = new int[n + 1];
        next[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            next[i] = length[i] > 0 ? i : next[i + 1];
        }
        return new Verbs(next, length);
    }

    /** The offset of the first verb lying wholly in {@code [from, to)}, or -1. */
    int first(int from, int to) {
        for (int i = next[Math.max(0, from)]; i < to; i = next[i + 1]) {
            if (i + length[i] <= to) {
                return i;
            }
        }
        return -1;
    }

    private static String wordAt(String text, int at, Map<Character, List<String>> words) {
        List<String> candidates = words.get(text.charAt(at));
        return candidates == null ? null : Rules.wordAt(text, at, candidates);
    }

    private static Map<Character, List<String>> byFirst(List<String> words) {
        Map<Character, List<String>> out = new HashMap<>();
        for (String w : words) {
            out.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w); // stays longest first
        }
        out.replaceAll((c, l) -> List.copyOf(l));
        return Map.copyOf(out);
    }
}
