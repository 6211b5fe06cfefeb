package io.github.policyreport.internal.quantity;

/**
 * A quantity mention as found by {@link QuantityExtractor}, before resolution: where it is and
 * its written parts, all offsets into the probed text.
 *
 * @param start     first offset of the whole mention (qualifier words included)
 * @param end       offset just past the whole mention
 * @param numStart  first offset of the number itself
 * @param numEnd    offset just past the number (and its unit)
 * @param low       the numeral as written, scale characters included (200亿 for 200多亿), or
 *                  {@code "1"} for 首位
 * @param high      the numeral of a range's high end, or null
 * @param approx    an approximation marker inside the number (多 余 来 几), or null
 * @param unit      the unit word, or null for a bare number
 * @param pre       the qualifier word before the number, or null
 * @param post      the qualifier word after it, or null
 * @param form      how the number is written
 * @param money     whether a bare 万/亿 figure reads as money from its context
 * @param reached   whether 达/达到 comes right before (达到600项以上 is GE, not GT)
 * @param plus      what composed parts add to the number, in the number's unit (3角2分 after 256元: 0.32;
 *                  八 in 六成八: 0.8), or zero
 * @param currency  the ISO code of a currency written before the number (港币, US$), or null
 * @param per       the denominator of a rate (人 in 30万元/人), or null
 * @param loose     whether the probe reports it but the figure stage does not: a bare number written in
 *                  Chinese only (一百三十七), which measures nothing
 */
record RawMention(int start, int end, int numStart, int numEnd, String low, String high, String approx, String unit,
                  String pre, String post, Form form, boolean money, boolean reached, java.math.BigDecimal plus,
                  String currency, String per, boolean loose) {

    /** A mention without composed parts, currency prefix or denominator. */
    RawMention(int start, int end, int numStart, int numEnd, String low, String high, String approx, String unit,
               String pre, String post, Form form, boolean money, boolean reached) {
        this(start, end, numStart, numEnd, low, high, approx, unit, pre, post, form, money, reached,
                java.math.BigDecimal.ZERO, null, null, false);
    }

    /** How a mention writes its number. */
    enum Form {
        /** A number, maybe with a unit. */
        PLAIN,
        /** 第N, 第N位, 首位 after a rank verb. */
        RANK,
        /** 百分之N. */
        PERCENT_WORD,
        /** 千分之N. */
        PER_MILLE_WORD,
        /** M分之N: {@code high} holds the denominator M. */
        FRACTION,
        /** N成: tenths (六成八 = 68 %, 半成 = 5 %). */
        TENTHS,
        /** N折: a discount as the share paid (八五折 = 85 %, 8.8折 = 88 %, 打对折 = 50 %). */
        DISCOUNT
    }

    /** Whether the number is written in Chinese characters only (no Arabic digit). */
    boolean chineseOnly() {
        return !Numerals.containsAscii(low);
    }
}
