package io.github.policyreport.internal.time;

import io.github.policyreport.internal.WordTrie;

import io.github.policyreport.internal.text.Paragraph;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Where the event verbs ({@code event-verbs.txt}) of a page's body paragraphs stand, found once in
 * one pass so that every date asks for the first verb in a window with a binary search. A verb
 * inside a noun ({@code verb-nouns.txt}: 发布会) does not count. Only the verbs are kept, not a slot
 * per character. Immutable.
 */
final class Verbs {

    /**
     * The verbs (list 0) and verb nouns (list 1) of a rule set in one trie: one walk per offset
     * finds both; an offset whose character starts no word is skipped without a walk.
     */
    static final class Words {

        private final WordTrie trie;
        /** Bit c set: a verb or verb noun starts with character c. */
        private final BitSet first = new BitSet();

        private Words(List<? extends Collection<String>> lists) {
            this.trie = WordTrie.of(lists, false);
            for (Collection<String> words : lists) {
                for (String w : words) {
                    if (!w.isEmpty()) {
                        first.set(w.charAt(0));
                    }
                }
            }
        }

        static Words of(Rules rules) {
            return new Words(List.of(rules.eventVerbs, rules.verbNouns));
        }
    }

    /** The offsets of the verbs, ascending. */
    private final int[] at;
    /** The length of the verb at {@code at[k]}. */
    private final int[] length;
    private final int count;

    private Verbs(int[] at, int[] length, int count) {
        this.at = at;
        this.length = length;
        this.count = count;
    }

    /**
     * The verbs of the ranges {@code [p.start(), p.end())} of {@code folded} text; a word may run on
     * past its range (a noun that does is still a noun). A window asked for later lies in one range.
     */
    static Verbs of(String folded, List<Paragraph> ranges, Words words) {
        int n = folded.length();
        int[] at = new int[16];
        int[] length = new int[16];
        int count = 0;
        int[] longest = new int[2];
        int done = 0;
        for (Paragraph p : inOrder(ranges)) {
            for (int i = Math.max(p.start(), done); i < p.end(); i++) {
                if (!words.first.get(folded.charAt(i))) {
                    continue;
                }
                words.trie.longestAt(folded, i, n, longest);
                if (longest[0] > 0 && longest[1] == 0) {
                    if (count == at.length) {
                        at = Arrays.copyOf(at, count * 2);
                        length = Arrays.copyOf(length, count * 2);
                    }
                    at[count] = i;
                    length[count++] = longest[0];
                }
            }
            done = Math.max(done, p.end());
        }
        return new Verbs(at, length, count);
    }

    /** The ranges by their start (the text layer's body is in text order already). */
    private static List<Paragraph> inOrder(List<Paragraph> ranges) {
        for (int k = 1; k < ranges.size(); k++) {
            if (ranges.get(k).start() < ranges.get(k - 1).start()) {
                return ranges.stream().sorted(Comparator.comparingInt(Paragraph::start)).toList();
            }
        }
        return ranges;
    }

    /** The offset of the first verb lying wholly in {@code [from, to)}, or -1. */
    int first(int from, int to) {
        int k = Arrays.binarySearch(at, 0, count, from);
        for (k = k < 0 ? -k - 1 : k; k < count && at[k] < to; k++) {
            if (at[k] + length[k] <= to) {
                return at[k];
            }
        }
        return -1;
    }
}
