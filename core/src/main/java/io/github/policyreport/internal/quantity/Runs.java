package io.github.policyreport.internal.quantity;

/**
 * The numeral runs of normalized text: where a number written with Arabic digits, Chinese numerals or
 * both ends (digits, thousands separators, a decimal point, scales, 点), the unit word after it, and
 * the small looks around a number (clause start, rank verb, score 分, k/w shorthand). Every look is
 * bounded, so a run costs time linear in its length.
 */
class Runs {

    /** The word lists read with. */
    final Rules rules;
    /** How far back a rank verb or a clause start is looked for. */
    static final int WINDOW = 14;

    final String t;
    final int from;
    final int to;

    Runs(Rules rules, String t, int from, int to) {
        this.rules = rules;
    this.t = t;
    this.from = from;
    this.to = to;
    }

    /** The character at {@code i}, or {@code '\0'} outside {@code [from, to)}. */
    char ch(int i) {
    return i >= from && i < to ? t.charAt(i) : '\0';
    }

    /** End of the numeral run starting at {@code i}: digits, commas, decimal point, scales. */
    int runEnd(int i) {
        int k = i;
        if (k < to && Numerals.ascii(t.charAt(k))) {
            int e = scaleEnd(spacedScale(arabicEnd(k)));
            // more groups, each ending in a scale: 1亿2000万, 1亿零500万, 3万2千5百 (3.5亿5G stays 3.5亿)
            while (e > k && e - k <= Numerals.MAX_LENGTH && Numerals.scale(t.charAt(e - 1))
                    && (Numerals.ascii(ch(e)) || ch(e) == '零' && Numerals.ascii(ch(e + 1)))) {
                int d = spacedScale(arabicEnd(ch(e) == '零' ? e + 1 : e));
                int e2 = scaleEnd(d);
                if (e2 == d) {
                    break;
                }
                e = e2;
            }
            return e;
        }
        while (k < to && k - i <= Numerals.MAX_LENGTH) {
            char c = t.charAt(k);
            if (Numerals.digit(c) >= 0) {
                k++;
            } else if (c == ' ' && k > i && Numerals.scale(ch(k + 1)) && unitAt(k + 1) == null) {
                k++;
            } else if (Numerals.scale(c)) {
                Rules.UnitWord w = k > i ? unitAt(k) : null;
                if (w != null && w.word().length() >= 2 && w.word().charAt(0) == c) {
                    break;
                }
                k++;
            } else if (c == '点' && k > i && Numerals.chinese(t.charAt(k - 1)) && Numerals.digit(ch(k + 1)) >= 0) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /** Past one space before a scale character (50 亿元, 3 万2 千5 百), else {@code k}. */
    int spacedScale(int k) {
        return ch(k) == ' ' && Numerals.scale(ch(k + 1)) ? k + 1 : k;
    }

    /**
     * End of the Arabic digits at {@code k}: digits, thousands commas, one decimal point, and
     * thousands spaces when the number is then followed by its scale or unit (1 964万元).
     */
    int arabicEnd(int k) {
        boolean dot = false;
        boolean grouped = false;
        int first = k;
        while (true) {
            while (k < to && Numerals.ascii(t.charAt(k))) {
                k++;
            }
            char c = ch(k);
            if (c == ',' && thousands(k)) {
                k++;
                continue;
            }
            if (c == ' ' && !dot && (grouped || k - first <= 3) && thousands(k)
                    && (Numerals.scale(ch(k + 4)) || unitAt(k + 4) != null || ch(k + 4) == ' ' && thousands(k + 4))) {
                k++;
                grouped = true;
                continue;
            }
            if (c == '.' && Numerals.ascii(ch(k + 1)) && !dot) {
                dot = true;
                k++;
                continue;
            }
            return k;
        }
    }

    /** End of a run of scale characters from {@code k}, stopping before a unit such as 千瓦. */
    int scaleEnd(int k) {
        int e = k;
        while (e < to && Numerals.scale(t.charAt(e)) && e - k < 4) {
            Rules.UnitWord w = unitAt(e);
            if (w != null && w.word().length() >= 2 && w.word().charAt(0) == t.charAt(e)) {
                break;
            }
            e++;
        }
        return e;
    }

    boolean thousands(int comma) {
        return comma + 3 < to + 1 && Numerals.ascii(ch(comma + 1)) && Numerals.ascii(ch(comma + 2))
                && Numerals.ascii(ch(comma + 3)) && !Numerals.ascii(ch(comma + 4));
    }

    Rules.UnitWord unitAt(int k) {
        if (k >= to) {
            return null;
        }
        Rules.UnitWord w = rules.unitAt(t, k);
        if (w == null || k + w.word().length() > to) {
            return null;
        }
        char last = w.word().charAt(w.word().length() - 1);
        char after = ch(k + w.word().length());
        if (last < 0x80 && Character.isLetter(last) && after < 0x80 && Character.isLetter(after)) {
            return null;
        }
        return w;
    }

    /** Where the clause of {@code i} starts, looking back at most {@link #WINDOW} characters. */
    int clauseStart(int i) {
        int b = i;
        while (b > Math.max(from, i - WINDOW) && !QuantityExtractor.clausePunct(ch(b - 1))) {
            b--;
        }
        return b;
    }

    /**
     * Whether 分 at {@code u} is a score: not minutes (9时30分, checked by the caller), a share (3分之1)
     * or a word (3分公司).
     */
    boolean scoreAt(int u) {
        char after = ch(u + 1);
        return after != '之' && after != '钟' && (!Subjects.isCjk(after) || "的以左上下多余".indexOf(after) >= 0);
    }

    /** Western shorthand after digits: 25k, 8K, 12w (not kW, km, kg). */
    boolean shorthandAt(int j) {
        char c = ch(j);
        char n = ch(j + 1);
        return (c == 'k' || c == 'K' || c == 'w') && !(n < 0x80 && Character.isLetterOrDigit(n)) && unitAt(j) == null;
    }

    /** Whether a rank verb (位列, 居, 上升到) ends within the clause before {@code i}. */
    boolean rankVerbBefore(int i) {
        for (int b = i; b > Math.max(from, i - WINDOW); b--) {
            if (QuantityExtractor.clausePunct(ch(b - 1)) && ch(b - 1) != '、') {
                return false;
            }
            if (rules.rankVerbEndsAt(t, b)) {
                return true;
            }
        }
        return false;
    }
}
