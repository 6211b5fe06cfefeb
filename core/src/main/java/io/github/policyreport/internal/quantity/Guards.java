package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Years;

/**
 * The extractor's guards against numbers that are no quantity: identifiers (phone, ISSN, ICP,
 * licence numbers, file names, URLs), dates and times, list markers, slogans in short quotes and
 * names in book titles; and the money context of a bare 万/亿 figure. Every look is bounded.
 */
final class Guards {


    private Guards() {
    }

    private static char ch(String t, int from, int to, int i) {
        return i >= from && i < to ? t.charAt(i) : '\0';
    }

    /** Arabic numbers that are identifiers, phone numbers, dates or times. */
    static boolean guardedArabic(Rules rules, String t, int from, int to, int i, int j) {
        int b = i - 1;
        while (b >= from && b > i - 3 && t.charAt(b) == ' ') {
            b--;
        }
        char pb = ch(t, from, to, b);
        if (pb < 0x80 && (Character.isLetter(pb) || pb == '#' || pb == '@' || pb == '/' || pb == '_' || pb == '\\'
                || pb == '=' || pb == '&')) {
            return true;
        }
        if ((pb == '-' || pb == '.' || pb == ':' || pb == '/') && Numerals.ascii(ch(t, from, to, b - 1))) {
            return true;
        }
        if (rules.identifierBefore(t, pb == ':' ? b : b + 1)) {
            return true;
        }
        if (t.charAt(i) == '0' && Numerals.ascii(ch(t, from, to, i + 1))) {
            return true;
        }
        char n = ch(t, from, to, j);
        if (n == ':' && Numerals.ascii(ch(t, from, to, j + 1))) {
            return true;
        }
        if (j - i == 4 && (n == '-' || n == '/' || n == '.') && Numerals.ascii(ch(t, from, to, j + 1))) {
            int y = year(t, i, j); // a number like 1.5万 is four characters too: only four digits are a year
            return Years.plausible(y);
        }
        if (n == '.' && ch(t, from, to, j + 1) < 0x80 && Character.isLetter(ch(t, from, to, j + 1))) {
            return true;
        }
        return n < 0x80 && Character.isLetter(n) && rules.unitAt(t, j) == null;
    }

    /** The value of the ASCII digits {@code [i, j)}, or -1 when any other character is among them. */
    private static int year(String t, int i, int j) {
        int y = 0;
        for (int k = i; k < j; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            y = y * 10 + (c - '0');
        }
        return y;
    }

    /** Skips the rest of an identifier: digits, letters and -/.: joining them. */
    static int skipIdentifier(String t, int to, int j) {
        int k = j;
        while (k < to) {
            char c = t.charAt(k);
            boolean join = (c == '-' || c == '/' || c == '.' || c == ':') && k + 1 < to && Character.isLetterOrDigit(t.charAt(k + 1))
                    && t.charAt(k + 1) < 0x80;
            if ((c < 0x80 && Character.isLetterOrDigit(c)) || join) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    static boolean listMarker(String t, int from, int to, int start, int k) {
        char n = ch(t, from, to, k);
        if (n == '、' || (n == '.' && !Numerals.ascii(ch(t, from, to, k + 1))) || n == ')' && ch(t, from, to, start - 1) == '(') {
            return true;
        }
        return ch(t, from, to, start - 1) == '(' && n == ')';
    }

    static boolean inShortQuote(String t, int from, int to, int s, int e) {
        for (int b = s - 1; b >= Math.max(from, s - 10); b--) {
            char c = t.charAt(b);
            if (c == '”' || c == '’' || c == '」' || c == '』' || QuantityExtractor.clausePunct(c)) {
                return false;
            }
            if (c == '“' || c == '‘' || c == '「' || c == '『' || c == '"') {
                for (int f = e; f < Math.min(to, b + 12); f++) {
                    char d = t.charAt(f);
                    if (d == '”' || d == '’' || d == '」' || d == '』' || d == '"') {
                        return true;
                    }
                    if (QuantityExtractor.clausePunct(d) && d != '、') {
                        return false;
                    }
                }
                return false;
            }
        }
        return false;
    }

    static boolean inBookTitle(String t, int from, int s) {
        for (int b = s - 1; b >= Math.max(from, s - 60); b--) {
            char c = t.charAt(b);
            if (c == '》' || c == '\n') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }

    static boolean moneyNear(Rules rules, String t, int from, int to, int s, int e) {
        int b = s;
        while (b > Math.max(from, s - 12) && !QuantityExtractor.clausePunct(ch(t, from, to, b - 1))) {
            b--;
        }
        int f = e;
        while (f < Math.min(to, e + 10) && !QuantityExtractor.clausePunct(ch(t, from, to, f))) {
            f++;
        }
        return rules.moneyIn(t, b, s) || rules.moneyIn(t, e, f);
    }
}
