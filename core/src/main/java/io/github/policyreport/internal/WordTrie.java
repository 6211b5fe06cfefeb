package io.github.policyreport.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * The longest word of fixed lists that starts (or, for a trie built {@link #reversed}, ends) at a
 * position, found by walking a character trie: no substring is built and nothing is boxed. A node
 * with few children keeps their characters sorted for a binary search, one with many (the root of
 * a gazetteer) an open-addressing table of them; each node keeps the lists (kinds) of
 * the words ending there as a bit set, so one walk answers for several lists at once. At most 32
 * lists. Immutable once built. Dictionaries of every stage use it: figure cues and units
 * ({@code internal.quantity}), region names ({@code internal.text}).
 */
public final class WordTrie {

    private static final WordTrie EMPTY = new WordTrie(new char[0], new WordTrie[0], 0);
    /** Above this many children a node looks a character up in a hash table. */
    private static final int HASHED = 16;

    /** The children's characters: sorted, or a hash table of {@code mask + 1} slots. */
    private final char[] keys;
    /** The child of each key; null for an empty slot of a hash table. */
    private final WordTrie[] next;
    /** The slot mask of a hash table, or -1 for a sorted node. */
    private final int mask;
    /** For a hash table: bit c set when character c has a child, so that most misses cost one load. */
    private final long[] present;
    /** Bit k set: a word of list k ends here. */
    private final int kinds;

    private WordTrie(char[] keys, WordTrie[] next, int kinds) {
        this.kinds = kinds;
        if (keys.length <= HASHED) {
            this.keys = keys;
            this.next = next;
            this.mask = -1;
            this.present = null;
            return;
        }
        this.present = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        int size = Integer.highestOneBit(keys.length * 2) * 2;
        this.keys = new char[size];
        this.next = new WordTrie[size];
        this.mask = size - 1;
        for (int k = 0; k < keys.length; k++) {
            int h = slot(keys[k]);
            while (this.next[h] != null) {
                h = (h + 1) & mask;
            }
            this.keys[h] = keys[k];
            this.next[h] = next[k];
            present[keys[k] >>> 6] |= 1L << keys[k];
        }
    }

    private int slot(char c) {
        return (c * 0x9E3779B1 >>> 16) & mask;
    }

    /** The child for character {@code c}, or null. */
    private WordTrie child(char c) {
        if (mask < 0) {
            int k = Arrays.binarySearch(keys, c);
            return k < 0 ? null : next[k];
        }
        if ((present[c >>> 6] & 1L << c) == 0) {
            return null;
        }
        for (int h = slot(c); next[h] != null; h = (h + 1) & mask) {
            if (keys[h] == c) {
                return next[h];
            }
        }
        return null;
    }

    /** A trie of these words; empty words are ignored. */
    public static WordTrie of(Collection<String> words) {
        return of(List.of(words), false);
    }

    /** A trie of these words read backwards, for {@link #longestEndingAt}. */
    public static WordTrie reversed(Collection<String> words) {
        return of(List.of(words), true);
    }

    /** A trie of several lists: list k is kind k of {@link #longestAt(CharSequence, int, int, int[])}. */
    public static WordTrie of(List<? extends Collection<String>> lists, boolean backwards) {
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
    public int longestAt(CharSequence t, int i, int to) {
        return walk(t, i, to, null);
    }

    /**
     * Per list, the length of its longest word starting at {@code i} and ending at or before
     * {@code to}, or 0, written to {@code longest} (one slot per list) in one walk.
     */
    public void longestAt(CharSequence t, int i, int to, int[] longest) {
        Arrays.fill(longest, 0);
        walk(t, i, to, longest);
    }

    /**
     * The lists that have a word starting at {@code i} and ending at or before {@code to}: bit k
     * set for list k, in one walk (a cheaper question than {@link #longestAt(CharSequence, int, int, int[])}
     * when only presence matters).
     */
    public int kindsAt(CharSequence t, int i, int to) {
        int found = 0;
        WordTrie n = this;
        int end = Math.min(to, t.length());
        for (int j = i; j < end; j++) {
            n = n.child(t.charAt(j));
            if (n == null) {
                break;
            }
            found |= n.kinds;
        }
        return found;
    }

    /** Walks from {@code i}: fills {@code perList} when given, and returns the longest word of any list. */
    private int walk(CharSequence t, int i, int to, int[] perList) {
        int longest = 0;
        WordTrie n = this;
        int end = Math.min(to, t.length());
        for (int j = i; j < end; j++) {
            n = n.child(t.charAt(j));
            if (n == null) {
                break;
            }
            if (n.kinds != 0) {
                longest = j + 1 - i;
                for (int bits = perList == null ? 0 : n.kinds; bits != 0; bits &= bits - 1) {
                    perList[Integer.numberOfTrailingZeros(bits)] = longest;
                }
            }
        }
        return longest;
    }

    /**
     * For a {@link #reversed} trie: the length of the longest word ending at {@code end} and
     * starting at or after {@code from}, or 0.
     */
    public int longestEndingAt(CharSequence t, int from, int end) {
        int longest = 0;
        WordTrie n = this;
        for (int j = end - 1; j >= Math.max(0, from); j--) {
            n = n.child(t.charAt(j));
            if (n == null) {
                break;
            }
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
