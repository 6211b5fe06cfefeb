package io.github.policyreport.internal.quantity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * The longest word of fixed lists that starts (or, for a trie built {@link #reversed}, ends) at a
 * position, found by walking a character trie: no substring is built and no hash is computed.
 * Each node keeps its children's characters sorted for a binary search, and the lists (kinds) of
 * the words ending there as a bit set, so one walk answers for several lists at once. At most 32
 * lists. Immutable once built.
 */
final class WordTrie {

    private static final WordTrie EMPTY = new WordTrie(new char[0], new WordTrie[0], 0);

    private final char[] keys;
    private final WordTrie[] next;
    /** Bit k set: a word of list k ends here. */
    private final int kinds;

    private WordTrie(char[] keys, WordTrie[] next, int kinds) {
        this.keys = keys;
        this.next = next;
        this.kinds = kinds;
    }

    /** A trie of these words; empty words are ignored. */
    static WordTrie of(Collection<String> words) {
        return of(List.of(words), false);
    }

    /** A trie of these words read backwards, for {@link #longestEndingAt}. */
    static WordTrie reversed(Collection<String> words) {
        return of(List.of(words), true);
    }

    /** A trie of several lists: list k is kind k of {@link #longestAt(CharSequence, int, int, int[])}. */
    static WordTrie of(List<? extends Collection<String>> lists, boolean backwards) {
        if (lists.size() > Integer.SIZE) {
            throw new IllegalArgumentException("at most 32 lists");
        }
        Builder root = new Builder();
        for (int k = 0; k < lists.size(); k++) {
            for (String w : lists.get(k)) {
                Builder b = root;
                for (int i = 0; i < w.length(); i++) {
                    b = b.children.computeIfAbsent(w.charAt(backwards ? w.length() - 1 - i : i), c -> new Builder());
                }
                b.kinds |= w.isEmpty() ? 0 : 1 << k;
            }
        }
        return root.build();
    }

    /** The length of the longest word starting at {@code i} and ending at or before {@code to}, or 0. */
    int longestAt(CharSequence t, int i, int to) {
        int longest = 0;
        WordTrie n = this;
        int end = Math.min(to, t.length());
        for (int j = i; j < end; j++) {
            int k = Arrays.binarySearch(n.keys, t.charAt(j));
            if (k < 0) {
                break;
            }
            n = n.next[k];
            if (n.kinds != 0) {
                longest = j + 1 - i;
            }
        }
        return longest;
    }

    /**
     * Per list, the length of its longest word starting at {@code i} and ending at or before
     * {@code to}, or 0, written to {@code longest} (one slot per list) in one walk.
     */
    void longestAt(CharSequence t, int i, int to, int[] longest) {
        Arrays.fill(longest, 0);
        WordTrie n = this;
        int end = Math.min(to, t.length());
        for (int j = i; j < end; j++) {
            int k = Arrays.binarySearch(n.keys, t.charAt(j));
            if (k < 0) {
                break;
            }
            n = n.next[k];
            for (int bits = n.kinds; bits != 0; bits &= bits - 1) {
                longest[Integer.numberOfTrailingZeros(bits)] = j + 1 - i;
            }
        }
    }

    /**
     * For a {@link #reversed} trie: the length of the longest word ending at {@code end} and
     * starting at or after {@code from}, or 0.
     */
    int longestEndingAt(CharSequence t, int from, int end) {
        int longest = 0;
        WordTrie n = this;
        for (int j = end - 1; j >= Math.max(0, from); j--) {
            int k = Arrays.binarySearch(n.keys, t.charAt(j));
            if (k < 0) {
                break;
            }
            n = n.next[k];
            if (n.kinds != 0) {
                longest = end - j;
            }
        }
        return longest;
    }

    private static final class Builder {
        final TreeMap<Character, Builder> children = new TreeMap<>();
        int kinds;

        WordTrie build() {
            if (children.isEmpty() && kinds == 0) {
                return EMPTY;
            }
            char[] keys = new char[children.size()];
            WordTrie[] next = new WordTrie[children.size()];
            int k = 0;
            for (var e : children.entrySet()) {
                keys[k] = e.getKey();
                next[k++] = e.getValue().build();
            }
            return new WordTrie(keys, next, kinds);
        }
    }
}
