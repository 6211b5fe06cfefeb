package io.github.policyreport.internal.time;

/** The numbers of date expressions: Chinese numerals up to 三十一, counts, lunar days, weekdays, era parts. Stateless. */
final class DateNumerals {

    private DateNumerals() {
    }

    /** 初五 → 5, 廿三 → 23, 二十三 → 23. */
    static int lunarDay(String d) {
        return d.startsWith("初") ? cn(d.substring(1)) : d.startsWith("廿") ? 20 + cn(d.substring(1)) : cn(d);
    }

    /** 初 (and 初期, 前期) the first, 中 the middle, 末 (末期, 后期) the last third of a decade or century. */
    static char eraPart(String p) {
        if (p == null) {
            return 0;
        }
        if (p.startsWith("初") || p.startsWith("前") || p.equals("上半叶")) {
            return '上';
        }
        return p.startsWith("中") ? '中' : '下';
    }

    /** 八十 or 80 → 80. */
    static int decade(String s) {
        return Character.isDigit(s.charAt(0)) ? num(s) : cn(s);
    }

    /** 1 Monday … 7 Sunday. */
    static int weekday(char c) {
        if (c >= '1' && c <= '7') {
            return c - '0';
        }
        return c == '日' || c == '天' ? 7 : digit(c);
    }

    static int num(String digits) {
        return Integer.parseInt(digits);
    }

    static int opt(String digits) {
        return digits == null ? -1 : Integer.parseInt(digits);
    }

    static int cnYear(String s) {
        int y = 0;
        for (int i = 0; i < s.length(); i++) {
            y = y * 10 + digit(s.charAt(i));
        }
        return y;
    }

    /** A Chinese numeral up to 三十一; 0 for null. */
    static int cn(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    /** A count written in digits or as a small Chinese numeral (三, 十五, 两); -1 for 几/数/多. */
    static int count(String s) {
        if (s.charAt(0) >= '0' && s.charAt(0) <= '9') {
            return Integer.parseInt(s);
        }
        if (s.length() > 3 || s.chars().anyMatch(c -> "几数多".indexOf(c) >= 0)) {
            return -1;
        }
        String t = s.replace('两', '二');
        int ten = t.indexOf('十');
        if (ten >= 0 && t.indexOf('十', ten + 1) >= 0) {
            return -1;
        }
        if (ten < 0) {
            return t.length() == 1 ? digit(t.charAt(0)) : -1;
        }
        return cn(t);
    }

    static int digit(char c) {
        return "〇一二三四五六七八九".indexOf(c == '零' ? '〇' : c);
    }
}
