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

    private static final WordTrie EMPTY = new WordTrie(new char[0], new WordTrie[0], 0, -1, 0);
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
    /** For a trie built {@link #indexed}: the index of the word ending here, or -1. */
    private final int index;
    /** The length of the words ending here. */
    private final int depth;
    /**
     * For a hashed root: a bit per hashed pair of first two characters of its words, so that a scan
     * walks only where the next character can continue a word (or a one-character word ends).
     */
    private final long[] pairs;

    private WordTrie(char[] keys, WordTrie[] next, int kinds, int index, int depth) {
        this.kinds = kinds;
        this.index = index;
        this.depth = depth;
        this.pairs = depth == 0 && keys.length > HASHED ? pairs(keys, next) : null;
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

    private static long[] pairs(char[] keys, WordTrie[] next) {
        long[] out = new long[PAIRS / Long.SIZE];
        for (int k = 0; k < keys.length; k++) {
            WordTrie n = next[k];
            for (int j = 0; j < n.next.length; j++) {
                if (n.next[j] != null) {
                    int h = pair(keys[k], n.keys[j]);
                    out[h >>> 6] |= 1L << h;
                }
            }
        }
        return out;
    }

    /** Slots of {@link #pairs}. */
    private static final int PAIRS = 1 << 16;

    private static int pair(char first, char second) {
        return (first * 0x9E3779B1 ^ second * 0x85EBCA6B) >>> 16;
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

    /**
     * A trie of these words that also tells which word matched ({@link #indexAt}), so that a
     * caller keeping a value per word finds it in an array, without building the matched string.
     * A repeated word keeps its first index.
     */
    public static WordTrie indexed(List<String> words) {
        Builder root = new Builder();
        for (int k = 0; k < words.size(); k++) {
            Builder b = root.add(words.get(k), false, 0);
            b.index = b.index < 0 && !words.get(k).isEmpty() ? k : b.index;
        }
        return root.build(0);
    }

    /** A trie of several lists: list k is kind k of {@link #longestAt(CharSequence, int, int, int[])}. */
    public static WordTrie of(List<? extends Collection<String>> lists, boolean backwards) {
        if (lists.size() > Integer.SIZE) {
            throw new IllegalArgumentException("at most 32 lists");
        }
        Builder root = new Builder();
        for (int k = 0; k < lists.size(); k++) {
            for (String w : lists.get(k)) {
                root.add(w, backwards, k);
            }
        }
        return root.build(0);
    }

    /**
     * For a trie built {@link #indexed}: the index of the longest word starting at {@code i} and
     * ending at or before {@code to}, or -1.
     */
    public int indexAt(CharSequence t, int i, int to) {
        WordTrie w = walk(t, i, to, null);
        return w == null ? -1 : w.index;
    }

    /**
     * The first offset in {@code [from, to)} at which a word ending at or before {@code to} may
     * start, or {@code to}: a scan asks the root once per offset and walks only there. A filter:
     * it never passes an offset where a word starts, and seldom stops where none does (its first
     * character starts a word; for a wide root, also its first two characters, by a hashed bit).
     */
    public int nextStart(CharSequence t, int from, int to) {
        return nextStart(t, from, to, to);
    }

    /** {@link #nextStart(CharSequence, int, int)} for words that may run on to {@code wordEnd}. */
    private int nextStart(CharSequence t, int from, int to, int wordEnd) {
        int end = Math.min(to, t.length());
        int last = Math.min(wordEnd, t.length()) - 1;
        long[] bits = present;
        for (int i = Math.max(0, from); i < end; i++) {
            char c = t.charAt(i);
            if (bits == null) {
                if (child(c) != null) {
                    return i;
                }
            } else if ((bits[c >>> 6] & 1L << c) != 0) {
                // a hashed root: its presence bits, then the pair with the next character
                if (pairs == null || i < last && hasPair(c, t.charAt(i + 1)) || child(c).kinds != 0) {
                    return i;
                }
            }
        }
        return Math.max(to, from);
    }

    private boolean hasPair(char first, char second) {
        int h = pair(first, second);
        return (pairs[h >>> 6] & 1L << h) != 0;
    }

    /**
     * The first offset in {@code [from, to)} at which a word starts that ends at or before
     * {@code end}, or -1: whether a range mentions any word of the list.
     */
    public int find(CharSequence t, int from, int to, int end) {
        for (int i = nextStart(t, from, to, end); i < to; i = nextStart(t, i + 1, to, end)) {
            if (walk(t, i, end, null) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The length of the longest word starting at {@code i} and ending at or before {@code to}, or 0. */
    public int longestAt(CharSequence t, int i, int to) {
        WordTrie w = walk(t, i, to, null);
        return w == null ? 0 : w.depth;
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

    /**
     * Walks from {@code i}: fills {@code perList} when given, and returns the node where the longest
     * word of any list ends, or null.
     */
    private WordTrie walk(CharSequence t, int i, int to, int[] perList) {
        WordTrie longest = null;
        WordTrie n = this;
        int end = Math.min(to, t.length());
        for (int j = i; j < end; j++) {
            n = n.child(t.charAt(j));
            if (n == null) {
                break;
            }
            if (n.kinds != 0) {
                longest = n;
                for (int bits = perList == null ? 0 : n.kinds; bits != 0; bits &= bits - 1) {
                    perList[Integer.numberOfTrailingZeros(bits)] = n.depth;
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
        int index = -1;

        /** Adds word {@code w} of list {@code k}; returns the node it ends at. */
        Builder add(String w, boolean backwards, int k) {
            Builder b = this;
            for (int i = 0; i < w.length(); i++) {
                b = b.children.computeIfAbsent(w.charAt(backwards ? w.length() - 1 - i : i), c -> new Builder());
            }
            b.kinds |= w.isEmpty() ? 0 : 1 << k;
            return b;
        }

        WordTrie build(int depth) {
            if (children.isEmpty() && kinds == 0 && index < 0) {
                return EMPTY;
            }
            char[] keys = new char[children.size()];
            WordTrie[] next = new WordTrie[children.size()];
            int k = 0;
            for (var e : children.entrySet()) {
                keys[k] = e.getKey();
                next[k++] = e.getValue().build(depth + 1);
            }
            return new WordTrie(keys, next, kinds, index, depth);
        }
    }
}
