package io.github.policyreport.internal.quantity;

import java.util.HashMap;
import java.util.Map;

/**
 * One-to-one character folding applied before matching, so offsets never move: full-width ASCII
 * and ideographic space to half-width, and the Traditional characters listed in {@code fold.txt}
 * to Simplified.
 */
final class Fold {

    private static final Map<Character, Character> MAP = load();

    private Fold() {
    }

    private static Map<Character, Character> load() {
        Map<Character, Character> m = new HashMap<>();
        for (Lexicon.Line l : Lexicon.read("fold.txt", 2, 2)) {
            if (l.col(0).length() != 1 || l.col(1).length() != 1) {
                throw l.error("fold pairs are single characters");
            }
            Character prev = m.put(l.col(0).charAt(0), l.col(1).charAt(0));
            if (prev != null && prev != l.col(1).charAt(0)) {
                throw l.error("conflicting fold for " + l.col(0));
            }
        }
        return Map.copyOf(m);
    }

    /** The folded form of one character. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        if (c == '\u301C') {
            return '~';
        }
        Character f = MAP.get(c);
        return f == null ? c : f;
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
