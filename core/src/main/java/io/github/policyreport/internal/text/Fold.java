package io.github.policyreport.internal.text;

import io.github.policyreport.internal.RuleFile;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one character fold of the normalization, one character to one so that offsets never move
 * (Lucene's {@code CJKWidthCharFilter} is 1:1 the same way): full-width ASCII to half-width;
 * every kind of space (ideographic, NBSP, tab, the U+2002–U+200A spaces, form feeds) to a plain
 * space; the wave dash 〜 to {@code ~}; and the pairs of {@code fold.txt}, variants and Traditional
 * characters that opencc4j leaves. {@link Normalizer} applies it once to every character it
 * emits, after the Traditional→Simplified conversion, then the {@linkplain #phrases phrase folds}
 * of the same file; every stage reads that text, and nothing folds again.
 */
final class Fold {

    /** The folded form of every char, indexed by the char itself: a direct table, no boxing per lookup. */
    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];
    /** Phrase folds of equal length, by their first character (opencc's 参拾 back to the financial 叁拾). */
    private static final Map<Character, List<String[]>> PHRASES;
    /** The first characters of the phrases: the one test made at every character. */
    private static final BitSet FIRST = new BitSet();

    static {
        Map<Character, List<String[]>> phrases = new HashMap<>();
        load(phrases);
        phrases.replaceAll((first, list) -> List.copyOf(list));
        PHRASES = Map.copyOf(phrases);
        PHRASES.keySet().forEach(c -> FIRST.set(c));
    }

    private Fold() {
    }

    private static void load(Map<Character, List<String[]>> phrases) {
        char[] table = TABLE;
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            table[c] = (char) (c - 0xFEE0);
        }
        for (char c : "\u3000\u00A0\t\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u000B\u000C"
                .toCharArray()) {
            table[c] = ' ';
        }
        table['\u301C'] = '~';
        for (RuleFile.Line l : RuleFile.read(Fold.class, "fold.txt")) {
            String[] p = l.text().split("\\s+");
            if (p.length != 2 || p[0].length() != p[1].length() || p[0].equals(p[1])) {
                throw l.error("expected 'from to', different and of the same length");
            }
            if (p[0].length() > 1) {
                phrases.computeIfAbsent(p[0].charAt(0), k -> new ArrayList<>()).add(p);
                continue;
            }
            char from = p[0].charAt(0);
            if (table[from] != from) {
                throw l.error("a second fold for " + p[0]);
            }
            table[from] = p[1].charAt(0);
        }
    }

    /** The folded form of one character. */
    static char fold(char c) {
        return TABLE[c];
    }

    /**
     * Replaces, in place, the phrases of {@code fold.txt} (written in folded form) in
     * {@code text[from, length)}; each has its replacement's length, so no offset moves.
     */
    static void phrases(StringBuilder text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!FIRST.get(text.charAt(i))) {
                continue;
            }
            for (String[] p : PHRASES.get(text.charAt(i))) {
                if (i + p[0].length() <= text.length() && text.substring(i, i + p[0].length()).equals(p[0])) {
                    text.replace(i, i + p[1].length(), p[1]);
                    break;
                }
            }
        }
    }
}
