package io.github.policyreport.internal.text;

import io.github.policyreport.internal.WordTrie;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * opencc4j 1.14.0's segmentation for Traditional→Simplified, over a run of Chinese characters
 * ({@link ScriptChars#FIRST}–{@link ScriptChars#LAST}) only: from the start of the run, the
 * longest word of its phrase dictionaries (the words of STPhrases and of TSPhrases alike) is a
 * segment, else the single character; a segment that is a TSPhrases word becomes that word's
 * value, any other one is converted character by character. Built by {@link ScriptChars} the
 * first time a run needs it (a TSPhrases word whose value is not its character-by-character
 * conversion occurs). Its 49,000 words are kept grouped by first character, and the trie of a
 * group is built the first time a run reaches that character: a page touches a few hundred of
 * the 20,000 groups. Thread-safe: threads that race for a group build equal tries.
 */
final class Simplifier {

    private static final int ST = 0;
    private static final int TS = 1;

    /** The words, grouped by first character; a word of both dictionaries is there twice. */
    private final String[] words;
    /** Whether {@code words[k]} is a TSPhrases word (else an STPhrases one). */
    private final boolean[] phrase;
    /** The group of character c is {@code words[group[c - FIRST], group[c - FIRST + 1])}. */
    private final int[] group = new int[ScriptChars.LAST - ScriptChars.FIRST + 2];
    private final AtomicReferenceArray<WordTrie> tries = new AtomicReferenceArray<>(group.length - 1);

    /** A segmenter over these STPhrases words and TSPhrases words. */
    Simplifier(Collection<String> stWords, Collection<String> tsWords) {
        List<String> all = new ArrayList<>(stWords.size() + tsWords.size());
        all.addAll(stWords);
        all.addAll(tsWords);
        for (String w : all) {
            if (chinese(w)) {
                group[w.charAt(0) - ScriptChars.FIRST + 1]++;
            }
        }
        for (int g = 1; g < group.length; g++) {
            group[g] += group[g - 1];
        }
        int[] next = group.clone();
        words = new String[group[group.length - 1]];
        phrase = new boolean[words.length];
        for (int k = 0; k < all.size(); k++) {
            String w = all.get(k);
            if (chinese(w)) {
                int at = next[w.charAt(0) - ScriptChars.FIRST]++;
                words[at] = w;
                phrase[at] = k >= stWords.size();
            }
        }
    }

    /**
     * Appends the conversion of the Chinese characters {@code text[from, to)} to {@code out}. With
     * {@code inPlace}, returns false as soon as a phrase's value would not keep each character in
     * place (another length, or a supplementary character), leaving {@code out} partly written.
     */
    boolean append(String text, int from, int to, ScriptChars chars, StringBuilder out, boolean inPlace) {
        int[] longest = new int[2];
        int i = from;
        while (i < to) {
            trie(text.charAt(i)).longestAt(text, i, to, longest);
            int n = Math.max(longest[ST], longest[TS]);
            if (n > 0 && longest[TS] == n) {
                String value = chars.phraseValue(text, i, i + n);
                if (inPlace && !sameShape(value, n)) {
                    return false;
                }
                out.append(value);
                i += n;
                continue;
            }
            for (int end = i + Math.max(n, 1); i < end; i++) {
                out.append(chars.simple(text.charAt(i)));
            }
        }
        return true;
    }

    /** The trie of the words starting with the Chinese character {@code c}, built on first use. */
    private WordTrie trie(char c) {
        int g = c - ScriptChars.FIRST;
        WordTrie t = tries.get(g);
        if (t == null) {
            List<String> st = new ArrayList<>();
            List<String> ts = new ArrayList<>();
            for (int k = group[g]; k < group[g + 1]; k++) {
                (phrase[k] ? ts : st).add(words[k]);
            }
            t = WordTrie.of(List.of(st, ts), false);
            tries.set(g, t);
        }
        return t;
    }

    /** Whether a word can match in a run of Chinese characters at all. */
    private static boolean chinese(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) < ScriptChars.FIRST || w.charAt(k) > ScriptChars.LAST) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static boolean sameShape(String value, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (Character.isSurrogate(value.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
