package io.github.policyreport.internal.text;

import io.github.policyreport.internal.Lazy;
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
 * of the same file; every stage reads that text, and nothing folds again. Loaded on first use
 * ({@link #defaults()}); the normalizer fetches it once per text, so {@link #fold} stays one array
 * read per character. Immutable.
 */
final class Fold {

    private static final Lazy<Fold> DEFAULTS = Lazy.of(() -> of(RuleFile.read(Fold.class, "fold.txt")));

    /** The folded form of every char, indexed by the char itself: a direct table, no boxing per lookup. */
    private final char[] table = new char[Character.MAX_VALUE + 1];
    /** Phrase folds of equal length, by their first character (opencc's 参拾 back to the financial 叁拾). */
    private final Map<Character, List<String[]>> phrases;
    /** The first characters of the phrases: the one test made at every character. */
    private final BitSet first = new BitSet();

    private Fold(List<RuleFile.Line> lines) {
        Map<Character, List<String[]>> m = new HashMap<>();
        load(lines, m);
        m.replaceAll((c, list) -> List.copyOf(list));
        phrases = Map.copyOf(m);
        phrases.keySet().forEach(first::set);
    }

    /** The fold of {@code fold.txt}, loaded on first use; a bad line fails with file:line at every call. */
    static Fold defaults() {
        return DEFAULTS.get();
    }

    /** The fold of these {@code fold.txt} lines; a bad line is a {@code RuleException} with file:line. */
    static Fold of(List<RuleFile.Line> lines) {
        return new Fold(lines);
    }

    private void load(List<RuleFile.Line> lines, Map<Character, List<String[]>> phrases) {
        char[] table = this.table;
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
        for (RuleFile.Line l : lines) {
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
    char fold(char c) {
        return table[c];
    }

    /**
     * Replaces, in place, the phrases of {@code fold.txt} (written in folded form) in
     * {@code text[from, length)}; each has its replacement's length, so no offset moves.
     */
    void phrases(StringBuilder text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!first.get(text.charAt(i))) {
                continue;
            }
            for (String[] p : phrases.get(text.charAt(i))) {
                if (i + p[0].length() <= text.length() && text.substring(i, i + p[0].length()).equals(p[0])) {
                    text.replace(i, i + p[1].length(), p[1]);
                    break;
                }
            }
        }
    }
}
