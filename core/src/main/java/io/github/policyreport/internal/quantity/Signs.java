package io.github.policyreport.internal.quantity;

/**
 * The minus sign written before a number: a symbol ({@code -}, {@code −}; full-width folds to
 * {@code -}) or a word ({@code sign} in {@code context.tsv}: 负, 零下, 负增长). Words that merely hold
 * the sign character (担负, 正负: {@code notsign}) are no sign, nor is a hyphen after a letter, digit or
 * numeral (COVID-19, 2-3, 三-五), which joins rather than negates. A range is never signed: its
 * magnitudes cannot hold -5到10 (the engine leaves such a range unsigned).
 */
final class Signs {


    private Signs() {
    }

    /** Where the sign before the number at {@code start} of normalized text begins, or -1 when none. */
    static int signStart(Rules rules, String t, int start) {
        int len = rules.signEndingAt(t, start);
        if (len == 0) {
            return -1;
        }
        int s = start - len;
        char first = t.charAt(s);
        if (first == '-' || first == '\u2212') {
            char before = s > 0 ? t.charAt(s - 1) : ' ';
            boolean joins = (before < 128 && Character.isLetterOrDigit(before)) || Numerals.chinese(before)
                    || before == '%' || before == '.' || before == ')';
            return joins ? -1 : s;
        }
        for (int e = s + 1; e <= start; e++) {
            if (rules.notSignEndsAt(t, e)) {
                return -1;
            }
        }
        return s;
    }
}
