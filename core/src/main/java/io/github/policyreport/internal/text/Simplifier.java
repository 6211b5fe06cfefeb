package io.github.policyreport.internal.text;

import io.github.policyreport.internal.WordTrie;

import java.util.Collection;
import java.util.List;

/**
 * opencc4j 1.14.0's segmentation for Traditional→Simplified, over a run of Chinese characters
 * (U+4E00–U+9FA5) only: from the start of the run, the longest word of its phrase dictionaries
 * (the words of STPhrases and of TSPhrases alike) is a segment, else the single character; a
 * segment that is a TSPhrases word becomes that word's value, any other one is converted character
 * by character. Built by {@link ScriptChars} the first time a run needs it (a TSPhrases word whose
 * value is not its character-by-character conversion occurs), since its dictionary is 49,000
 * words. Immutable.
 */
final class Simplifier {

    private static final int ST = 0;
    private static final int TS = 1;

    private final WordTrie words;

    /** A segmenter over these STPhrases words and TSPhrases words. */
    Simplifier(Collection<String> stWords, Collection<String> tsWords) {
        words = WordTrie.of(List.of(stWords, tsWords), false);
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
            words.longestAt(text, i, to, longest);
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
