package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Years;

import java.math.BigDecimal;

/**
 * The number grammar: Arabic digits (with thousands commas and a decimal point), Chinese numerals
 * (零 〇 一 … 九 两, financial 壹 … 玖, 十 百 千 拾 佰 仟, 万 亿, 点 for a decimal point) and mixed
 * forms (3.8亿, 2千万, 1亿2000万, 3万2千5百), spaces inside (3 万2 千5 百), chained scales (5万万, 万亿, 兆),
 * spoken decimals (五百点五), the omitted trailing unit (三百五 = 350, 一万二 = 12000) and Western
 * shorthand (25k, 12w). Input is normalized text (Simplified, half-width). Pure functions.
 *
 * <p>Ill-formed numerals (十四五, 二〇二二, 亿亿, 十百) and runs longer than {@link #MAX_LENGTH}
 * characters are rejected with {@code null}; nothing here throws on any input.
 */
final class Numerals {

    /** Longest numeral accepted, in characters; longer runs are identifiers or noise. */
    static final int MAX_LENGTH = 40;

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    /**
     * What each character is in a numeral, looked up rather than switched on (the extractor asks at
     * every character of the text): 0 for none, 1 + the value of a digit, {@link #TEN}, {@link #HUNDRED},
     * {@link #THOUSAND} for 十 百 千 (and financial forms), {@link #BIG} for 万 亿 兆.
     */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];
    private static final byte TEN = 11;
    private static final byte HUNDRED = 12;
    private static final byte THOUSAND = 13;
    private static final byte BIG = 14;

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int d = digitOf(c);
            int small = smallScaleOf(c);
            KIND[c] = (byte) (d >= 0 ? d + 1 : small == 10 ? TEN : small == 100 ? HUNDRED : small == 1000 ? THOUSAND
                    : c == '万' || c == '亿' || c == '兆' ? BIG : 0);
        }
    }

    private Numerals() {
    }

    /** The value of a Chinese digit character (0..9), or -1. */
    static int digit(char c) {
        int k = KIND[c];
        return k > 0 && k < TEN ? k - 1 : -1;
    }

    /** The value of a small scale character 十 百 千 (and financial forms), or 0. */
    static int smallScale(char c) {
        return switch (KIND[c]) {
            case TEN -> 10;
            case HUNDRED -> 100;
            case THOUSAND -> 1000;
            default -> 0;
        };
    }

    /** The digits and their values, as {@link #KIND} records them. */
    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '俩', '贰' -> 2;
            case '三', '叁', '叄', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** The small scales, as {@link #KIND} records them. */
    private static int smallScaleOf(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /** Whether {@code c} is 万 or 亿. */
    static boolean bigScale(char c) {
        return c == '万' || c == '亿';
    }

    /** Whether {@code c} is any scale character (兆, 10^12 in Traditional-script finance, included). */
    static boolean scale(char c) {
        return KIND[c] >= TEN;
    }

    /** Whether {@code c} can be part of a Chinese numeral. */
    static boolean chinese(char c) {
        return KIND[c] != 0;
    }

    static boolean ascii(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The numeral {@code s} with spaces removed, chained scales written as one (万万 and 兆 → 亿 and
     * 万亿) and Western shorthand after a digit (k → 千, w → 万); null when too long.
     */
    private static String canonical(CharSequence s) {
        if (s.length() == 0 || s.length() > MAX_LENGTH) {
            return null;
        }
        if (plain(s)) {
            return s.toString();
        }
        StringBuilder b = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = b.isEmpty() ? 0 : b.charAt(b.length() - 1);
            if (c == ' ') {
                continue;
            }
            if ((c == 'k' || c == 'K' || c == 'w') && ascii(prev)) {
                b.append(c == 'w' ? '万' : '千');
            } else if (c == '兆') {
                b.append("万亿");
            } else if (c == '万' && prev == '万') {
                b.setCharAt(b.length() - 1, '亿');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether {@code s} needs no rewriting: no space, shorthand, 兆 or 万万. */
    private static boolean plain(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == 'k' || c == 'K' || c == 'w' || c == '兆' || c == '万' && i > 0 && s.charAt(i - 1) == '万') {
                return false;
            }
        }
        return true;
    }

    /** The value of the numeral {@code s}, or null when it is not one well-formed number. */
    static BigDecimal parse(CharSequence raw) {
        String s = canonical(raw);
        if (s == null || s.isEmpty()) {
            return null;
        }
        int n = s.length();
        BigDecimal result = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal number = null;
        int lastSmall = Integer.MAX_VALUE;
        char lastBig = 0;
        boolean any = false;
        // the scale written right before a lone Chinese digit (三百五: 百), for the omitted trailing unit
        long elided = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            long scaleBefore = i == 0 ? 0 : scaleValue(s.charAt(i - 1));
            if (ascii(c)) {
                if (number != null) {
                    return null;
                }
                int j = i;
                while (j < n && (ascii(s.charAt(j)) || s.charAt(j) == ',' || s.charAt(j) == '.')) {
                    j++;
                }
                number = arabic(s, i, j);
                if (number == null) {
                    return null;
                }
                elided = 0;
                any = true;
                i = j;
                continue;
            }
            if (c == '点' && any && number == null && i + 1 < n && digit(s.charAt(i + 1)) >= 0) {
                // a spoken decimal after a scale: 五百点五
                StringBuilder frac = new StringBuilder("0.");
                int j = i + 1;
                while (j < n && digit(s.charAt(j)) >= 0) {
                    frac.append(digit(s.charAt(j)));
                    j++;
                }
                if (j < n) {
                    return null;
                }
                return strip(result.add(section).add(new BigDecimal(frac.toString())));
            }
            int d = digit(c);
            if (d >= 0) {
                if (number != null) {
                    return null;
                }
                any = true;
                int j = i + 1;
                elided = 0;
                if (j + 1 < n && s.charAt(j) == '点' && digit(s.charAt(j + 1)) >= 0) {
                    StringBuilder frac = new StringBuilder().append(d).append('.');
                    j++;
                    while (j < n && digit(s.charAt(j)) >= 0) {
                        frac.append(digit(s.charAt(j)));
                        j++;
                    }
                    number = new BigDecimal(frac.toString());
                } else if (d == 0) {
                    // 零 only separates (一千零五); it never starts a number of its own unless alone
                    number = null;
                    if (i + 1 < n && digit(s.charAt(i + 1)) == 0) {
                        return null;
                    }
                    if (n == 1) {
                        return BigDecimal.ZERO;
                    }
                    if (i > 0 && digit(s.charAt(i - 1)) > 0) {
                        return null;
                    }
                } else {
                    number = BigDecimal.valueOf(d);
                    elided = scaleBefore > 10 ? scaleBefore / 10 : 0;
                }
                i = j;
                continue;
            }
            int small = smallScale(c);
            if (small > 0) {
                if (small >= lastSmall) {
                    return null;
                }
                section = section.add((number == null ? BigDecimal.ONE : number).multiply(BigDecimal.valueOf(small)));
                number = null;
                lastSmall = small;
                lastBig = 0;
                any = true;
                i++;
                continue;
            }
            if (c == '万') {
                if (lastBig == '万') {
                    return null;
                }
                BigDecimal base = section.add(number == null ? BigDecimal.ZERO : number);
                if (base.signum() == 0 && number == null) {
                    if (result.signum() != 0) {
                        return null;
                    }
                    base = BigDecimal.ONE;
                }
                section = base.multiply(WAN);
                number = null;
                lastSmall = Integer.MAX_VALUE;
                lastBig = '万';
                any = true;
                i++;
                continue;
            }
            if (c == '亿') {
                if (lastBig == '亿' || (result.signum() != 0 && section.signum() == 0 && number == null)) {
                    return null;
                }
                BigDecimal base = result.add(section).add(number == null ? BigDecimal.ZERO : number);
                if (base.signum() == 0 && number == null) {
                    base = BigDecimal.ONE;
                }
                result = base.multiply(YI);
                section = BigDecimal.ZERO;
                number = null;
                lastSmall = Integer.MAX_VALUE;
                lastBig = '亿';
                any = true;
                i++;
                continue;
            }
            return null;
        }
        if (!any) {
            return null;
        }
        if (number != null && elided > 0) {
            // the omitted trailing unit: 三百五 is 350, 一万二 is 12000
            number = number.multiply(BigDecimal.valueOf(elided));
        }
        BigDecimal v = result.add(section).add(number == null ? BigDecimal.ZERO : number);
        return strip(v);
    }

    /** The value of a scale character, or 0. */
    private static long scaleValue(char c) {
        return c == '万' ? 10_000 : c == '亿' ? 100_000_000 : smallScale(c);
    }

    /**
     * The Arabic number written in {@code [from, to)} of {@code s}: digits and at most one decimal
     * point, thousands commas left out; null for anything else or more than {@link #MAX_LENGTH}
     * characters besides the commas. Up to 18 digits are read without building a string.
     */
    static BigDecimal arabic(CharSequence s, int from, int to) {
        long unscaled = 0;
        int length = 0;
        int digits = 0;
        int dot = -1;       // digits before the decimal point, once one is seen
        char first = 0;
        char last = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ',') {
                continue;
            }
            first = length == 0 ? c : first;
            last = c;
            length++;
            if (c == '.') {
                if (dot >= 0) {
                    return null;
                }
                dot = digits;
            } else if (ascii(c)) {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
            } else {
                return null;
            }
        }
        if (length == 0 || length > MAX_LENGTH || first == '.' || last == '.') {
            return null;
        }
        if (digits <= 18) {
            return BigDecimal.valueOf(unscaled, dot < 0 ? 0 : digits - dot);
        }
        StringBuilder b = new StringBuilder(length);
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != ',') {
                b.append(s.charAt(i));
            }
        }
        return new BigDecimal(b.toString());
    }

    static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static boolean isSmallTenths(String low) {
        BigDecimal v = Numerals.parse(low);
        return v != null && v.signum() > 0 && v.compareTo(BigDecimal.TEN) <= 0 && low.length() <= 3;
    }

    static boolean approxMarker(char c) {
        return c == '多' || c == '余' || c == '几' || c == '来';
    }

    /**
     * Whether a Chinese numeral standing alone is worth reporting as a bare number: at least two
     * characters, a digit first (or 十), and a scale or 零 inside (一百三十七, 两千零五), so that 一 in 一批
     * or 千 in 千家万户 stay words.
     */
    static boolean bareNumeral(String low) {
        if (low.length() < 2 || !(Numerals.digit(low.charAt(0)) > 0 || low.charAt(0) == '十' || low.charAt(1) == '点')) {
            return false;
        }
        for (int i = 0; i < low.length(); i++) {
            if (Numerals.scale(low.charAt(i)) || Numerals.digit(low.charAt(i)) == 0 || low.charAt(i) == '点') {
                return true;
            }
        }
        return false;
    }

    static boolean containsAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Numerals.ascii(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean noDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Numerals.digit(s.charAt(i)) > 0 || Numerals.ascii(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 2023.12 written alone is a year and month, not a decimal. */
    static boolean yearDotMonth(String s) {
        int dot = s.indexOf('.');
        if (dot != 4 || s.length() < 6 || s.length() > 7) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (i != dot && !Numerals.ascii(s.charAt(i))) {
                return false;
            }
        }
        int y = Integer.parseInt(s.substring(0, 4));
        int m = Integer.parseInt(s.substring(5));
        return Years.plausible(y) && m >= 1 && m <= 12;
    }

    static int integerDigits(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && s.charAt(i) != '.'; i++) {
            if (Numerals.ascii(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static String trailingScale(String s) {
        int e = s.length();
        int b = e;
        while (b > 0 && Numerals.scale(s.charAt(b - 1))) {
            b--;
        }
        return containsAscii(s) || b > 0 ? s.substring(b, e) : "";
    }
}
