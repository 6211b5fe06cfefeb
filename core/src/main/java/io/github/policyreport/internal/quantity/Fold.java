package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.RuleFile;

/**
 * One-to-one character folding applied before matching, so offsets never move: full-width ASCII
 * and ideographic space to half-width, and the Traditional characters listed in {@code fold.txt}
 * to Simplified.
 */
final class Fold {

    /** The folded form of every char, indexed by the char itself: a direct table, no boxing per lookup. */
    private static final char[] TABLE = load();

    private Fold() {
    }

    private static char[] load() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            table[c] = (char) (c - 0xFEE0);
        }
        table['\u3000'] = ' ';
        table['\u00A0'] = ' ';
        table['\u301C'] = '~';
        for (RuleFile.Row l : Rules.read("fold.txt", 2, 2)) {
            if (l.col(0).length() != 1 || l.col(1).length() != 1) {
                throw l.error("fold pairs are single characters");
            }
            char from = l.col(0).charAt(0);
            char to = l.col(1).charAt(0);
            if (table[from] != from && table[from] != to) {
                throw l.error("conflicting fold for " + l.col(0));
            }
            table[from] = to;
        }
        return table;
    }

    /** The folded form of one character. */
    static char fold(char c) {
        return TABLE[c];
    }

    /** {@code text} folded character by character; same length. */
    static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }
}
