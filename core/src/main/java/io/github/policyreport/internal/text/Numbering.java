package io.github.policyreport.internal.text;

import java.util.Optional;

/**
 * The numbering a heading or list line opens with: the one grammar of headings and list items.
 * The text layer applies it once per line ({@link BlockClassifier} for the body's start,
 * {@link Structure} for sections) and stores the result in each {@link Paragraph}, where later
 * stages read it. Input is normalized text (half-width punctuation, Simplified script).
 *
 * <p>Families, in the order a line is tried:
 * <ul>
 *   <li>{@link Family#CHAPTER} 第一章, 第二节, 第三部分, 第四篇 — section rank 1;</li>
 *   <li>{@link Family#ORDINAL_WORD} 第一, 第二、 首先, 其次, 再次, 最后 (a pause mark after 第X) — a point;</li>
 *   <li>{@link Family#ENUMERATION} 一是, 十二是 — a point of running text;</li>
 *   <li>{@link Family#CHINESE} 一、 二. 十二、 — rank 1;</li>
 *   <li>{@link Family#CHINESE_SPACED} 一 总体要求 (ordinal, a space, then text) — rank 1;</li>
 *   <li>{@link Family#CHINESE_PAREN} (一) (十二) — rank 2;</li>
 *   <li>{@link Family#DIGIT_PAREN} (1) (12) — a point;</li>
 *   <li>{@link Family#DIGIT} 1. 2、 12、 — rank 2;</li>
 *   <li>{@link Family#CIRCLED} ① … ⑳ — a point;</li>
 *   <li>{@link Family#BULLET} ■ □ ● ◆ ◇ ▲ △ ★ ☆ ▶ ► * ※ · • — rank 3 (rank 1 on a page without
 *       rank-1 headings); also —— before a sentence with a full stop (a plan's point: ——创新投入持续加大。…),
 *       never before an unstopped line (——在…会议上 is a subtitle).</li>
 * </ul>
 * Near misses that are no numbering: a decimal or date after digits (1.5亿元, 2024.3, 1、2月),
 * three or more digits (2023、), a series of Chinese numerals (一、二等奖, 一、二季度, 二、三线城市),
 * an ordinal word running on (第一批, 最后一公里), an unclosed parenthesis ((2023年…).
 *
 * @param family what kind of numbering
 * @param end    the offset just after the numbering and its mark
 *
 * <p>Public because {@link Paragraph} carries it to the quantity and time stages.
 */
public record Numbering(Family family, int end) {

    /** A kind of numbering, with the section rank it gives a heading line (0: a list point only). */
    public enum Family {
        CHAPTER(1), ORDINAL_WORD(0), ENUMERATION(0), CHINESE(1), CHINESE_SPACED(1), CHINESE_PAREN(2),
        DIGIT_PAREN(0), DIGIT(2), CIRCLED(0), BULLET(3);

        private final int rank;

        Family(int rank) {
            this.rank = rank;
        }

        /** The rank a heading line with this numbering takes (1 outermost), or 0 when it is no heading rank. */
        public int rank() {
            return rank;
        }
    }

    private static final String BULLETS = "■□●◆◇▲△★☆▶►*※·•";
    private static final String CHAPTER_WORDS = "章节篇";
    private static final String ORDINAL_WORDS_FREE = "首先其次";
    /** Words after the second numeral of a series (一、二等奖, 一、二季度, 一、三产业, 二、三线城市). */
    private static final String SERIES_NEXT = "、等季产线";
    private static final int MAX_CHINESE = 3;
    private static final int MAX_DIGITS = 2;

    /** The numbering {@code text} opens with, after leading spaces. */
    public static Optional<Numbering> of(String text) {
        return at(text, 0, text.length());
    }

    /** The numbering that {@code t[from, to)} opens with, after leading spaces. */
    public static Optional<Numbering> at(String t, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        if (i >= to) {
            return Optional.empty();
        }
        Numbering n = read(t, i, to);
        return Optional.ofNullable(n);
    }

    private static Numbering read(String t, int i, int to) {
        char c = t.charAt(i);
        if (BULLETS.indexOf(c) >= 0) {
            return new Numbering(Family.BULLET, i + 1);
        }
        if (t.startsWith("——", i) && i + 2 < to && !t.startsWith("—", i + 2) && stopped(t, i + 2, to)) {
            // ——创新投入持续加大。研发经费…: a plan's point; an unstopped ——在…会议上 is a subtitle
            return new Numbering(Family.BULLET, i + 2);
        }
        if (c >= '①' && c <= '⑳') {
            return new Numbering(Family.CIRCLED, i + 1);
        }
        if (c == '第') {
            return ordinalWord(t, i, to);
        }
        if (t.startsWith("首先", i) || t.startsWith("其次", i)) {
            return new Numbering(Family.ORDINAL_WORD, i + 2);
        }
        if ((t.startsWith("再次", i) || t.startsWith("最后", i)) && i + 2 < to && pause(t.charAt(i + 2))) {
            return new Numbering(Family.ORDINAL_WORD, i + 3);
        }
        if (c == '(') {
            return parenthesized(t, i, to);
        }
        int k = run(t, i, to, true);
        if (k > i) {
            return chinese(t, i, k, to);
        }
        k = run(t, i, to, false);
        if (k > i && k - i <= MAX_DIGITS) {
            int m = spaces(t, k, to);
            if (m < to && (t.charAt(m) == '、' || t.charAt(m) == '.') && !(m + 1 < to && ascii(t.charAt(m + 1)))) {
                return new Numbering(Family.DIGIT, m + 1);
            }
        }
        return null;
    }

    /** 第一章 (a chapter), 第一, (a point), else none (第一批). */
    /** Whether {@code t[from, to)} holds a full stop: a sentence, not a subtitle or a heading. */
    private static boolean stopped(String t, int from, int to) {
        int k = t.indexOf('。', from);
        return k >= 0 && k < to;
    }

    private static Numbering ordinalWord(String t, int i, int to) {
        int k = run(t, i + 1, to, true);
        if (k == i + 1 || k - i - 1 > MAX_CHINESE || k >= to) {
            return null;
        }
        char next = t.charAt(k);
        if (CHAPTER_WORDS.indexOf(next) >= 0) {
            return new Numbering(Family.CHAPTER, k + 1);
        }
        if (t.startsWith("部分", k)) {
            return new Numbering(Family.CHAPTER, k + 2);
        }
        if (k - i - 1 <= 2 && pause(next)) {
            return new Numbering(Family.ORDINAL_WORD, k + 1);
        }
        return null;
    }

    /** (一) or (1); an unclosed or long parenthesis is none. */
    private static Numbering parenthesized(String t, int i, int to) {
        int k = run(t, i + 1, to, true);
        Family f = Family.CHINESE_PAREN;
        int max = MAX_CHINESE;
        if (k == i + 1) {
            k = run(t, i + 1, to, false);
            f = Family.DIGIT_PAREN;
            max = MAX_DIGITS;
        }
        return k > i + 1 && k - i - 1 <= max && k < to && t.charAt(k) == ')' ? new Numbering(f, k + 1) : null;
    }

    /** 一、 一. 一是 一 总体要求, after the numeral run {@code [i, k)}. */
    private static Numbering chinese(String t, int i, int k, int to) {
        if (k < to && t.charAt(k) == '是' && k - i <= 2) {
            return new Numbering(Family.ENUMERATION, k + 1);
        }
        if (k - i > MAX_CHINESE) {
            return null;
        }
        int m = spaces(t, k, to);
        if (m < to && (t.charAt(m) == '、' || t.charAt(m) == '.')) {
            return series(t, i, k, m + 1, to) ? null : new Numbering(Family.CHINESE, m + 1);
        }
        return m > k && m < to ? new Numbering(Family.CHINESE_SPACED, m) : null;
    }

    /** 一、二等奖: the mark is followed by one larger numeral and a series word, not by a heading. */
    private static boolean series(String t, int i, int k, int after, int to) {
        if (k - i != 1 || after + 1 >= to) {
            return false;
        }
        int first = ordinal(t.charAt(i));
        int second = ordinal(t.charAt(after));
        return second > first && SERIES_NEXT.indexOf(t.charAt(after + 1)) >= 0;
    }

    private static int run(String t, int i, int to, boolean chinese) {
        int k = i;
        while (k < to && (chinese ? ordinal(t.charAt(k)) > 0 : ascii(t.charAt(k)))) {
            k++;
        }
        return k;
    }

    private static int spaces(String t, int k, int to) {
        while (k < to && Character.isWhitespace(t.charAt(k))) {
            k++;
        }
        return k;
    }

    /** The value of a Chinese ordinal character 一 … 十, or 0. */
    private static int ordinal(char c) {
        return "一二三四五六七八九十".indexOf(c) + 1;
    }

    private static boolean ascii(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean pause(char c) {
        return c == ',' || c == '、' || c == ':' || c == '，';
    }

    /** The rank of a heading line with this numbering, 0 when the family gives none. */
    public int rank() {
        return family.rank();
    }
}
