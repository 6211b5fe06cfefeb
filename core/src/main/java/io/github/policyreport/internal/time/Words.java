package io.github.policyreport.internal.time;

import io.github.policyreport.internal.WordTrie;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A word list of a rule file, longest first, that also answers "the longest word at (or ending
 * at) this offset" by walking a trie instead of trying every word there. Immutable.
 */
final class Words extends AbstractList<String> implements RandomAccess {

    private final List<String> words;
    private final WordTrie forward;
    private final WordTrie backward;

    /** {@code words} must be sorted longest first. */
    Words(List<String> words) {
        this.words = List.copyOf(words);
        this.forward = WordTrie.of(this.words);
        this.backward = WordTrie.reversed(this.words);
    }

    @Override
    public String get(int index) {
        return words.get(index);
    }

    @Override
    public int size() {
        return words.size();
    }

    /** The longest word that {@code text} has at {@code at}, or null. */
    String at(String text, int at) {
        int n = at < 0 ? 0 : forward.longestAt(text, at, text.length());
        return n == 0 ? null : text.substring(at, at + n);
    }

    /** The longest word that ends {@code text} just before {@code end}, or null. */
    String before(String text, int end) {
        int n = end < 0 || end > text.length() ? 0 : backward.longestEndingAt(text, 0, end);
        return n == 0 ? null : text.substring(end - n, end);
    }
}
