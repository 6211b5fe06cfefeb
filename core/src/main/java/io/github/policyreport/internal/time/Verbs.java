package io.github.policyreport.internal.time;

import io.github.policyreport.internal.WordTrie;

import java.util.List;

/**
 * Where the event verbs ({@code event-verbs.txt}) of a text stand, found once in one pass so that
 * every date asks in constant time on average: the first verb in a window. A verb inside a noun
 * ({@code verb-nouns.txt}: 发布会) does not count. Immutable.
 */
final class Verbs {

    /**
     * The verbs (list 0) and verb nouns (list 1) of a rule set in one trie: one walk per offset
     * finds both.
     *
     * @param trie the trie of the two lists
     */
    record Words(WordTrie trie) {

        static Words of(Rules rules) {
            return new Words(WordTrie.of(List.of(rules.eventVerbs, rules.verbNouns), false));
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
        int[] longest = new int[2];
        for (int i = 0; i < n; i++) {
            words.trie().longestAt(folded, i, n, longest);
            if (longest[1] == 0) {
                length[i] = longest[0];
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
}
