package io.github.policyreport.internal.quantity;

import java.util.Arrays;
import java.util.Collection;
import java.util.TreeMap;

/**
 * The longest word of a fixed list that starts at a position, found by walking a character trie:
 * no substring is built and no hash is computed unless a word is found. Each node keeps its
 * children's characters sorted for a binary search. Immutable once built.
 */
final class WordTrie {

    private static final WordTrie EMPTY = new WordTrie(new char[0], new WordTrie[0], false);

    private final char[] keys;
    private final WordTrie[] next;
    private final boolean word;

    private WordTrie(char[] keys, WordTrie[] next, boolean word) {
        this.keys = keys;
        this.next = next;
        this.word = word;
    }

    /** A trie of these words; empty words are ignored. */
    static WordTrie of(Collection<String> words) {
        Builder root = new Builder();
        for (String w : words) {
            Builder b = root;
            for (int i = 0; i < w.length(); i++) {
                b = b.children.computeIfAbsent(w.charAt(i), c -> new Builder());
            }
            b.word |= !w.isEmpty();
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
            if (n.word) {
                longest = j + 1 - i;
            }
        }
        return longest;
    }

    private static final class Builder {
        final TreeMap<Character, Builder> children = new TreeMap<>();
        boolean word;

        WordTrie build() {
            if (children.isEmpty() && !word) {
                return EMPTY;
            }
            char[] keys = new char[children.size()];
            WordTrie[] next = new WordTrie[children.size()];
            int k = 0;
            for (var e : children.entrySet()) {
                keys[k] = e.getKey();
                next[k++] = e.getValue().build();
            }
            return new WordTrie(keys, next, word);
        }
    }
}
