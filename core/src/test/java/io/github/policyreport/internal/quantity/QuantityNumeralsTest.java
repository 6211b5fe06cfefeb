package io.github.policyreport.internal.quantity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The number grammar on its own, by table and against a naive reference renderer. */
class QuantityNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0|0
            零|0
            〇|0
            一|1
            两|2
            十|10
            十三|13
            二十|20
            二十五|25
            一百|100
            一百零五|105
            一千零五|1005
            一千零五十|1050
            两千|2000
            三千二百一十|3210
            一万|10000
            十万|100000
            二十万零三百|200300
            一百万|1000000
            千万|10000000
            一亿|100000000
            三亿五千万|350000000
            一万亿|1000000000000
            两万亿|2000000000000
            壹仟贰佰|1200
            叁拾|30
            伍佰肆拾|540
            拾万|100000
            三点五|3.5
            零点五|0.5
            三点一四亿|314000000
            1964|1964
            1,964|1964
            1964.5|1964.5
            3.8亿|380000000
            1.1万|11000
            2千万|20000000
            20.53万|205300
            1亿2000万|120000000
            1.2万亿|1200000000000
            0.5|0.5
            """)
    void resolvesWellFormedNumerals(String text, String value) {
        assertThat(Numerals.parse(text)).isEqualByComparingTo(new BigDecimal(value));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"十四五", "二〇二二", "亿亿", "万万万", "十百", "百千", "三五", "1.2.3", ".5", "5.", "", "一二三",
            "1亿2亿", "点", "十点"})
    void rejectsIllFormedNumerals(String text) {
        assertThat(Numerals.parse(text)).isNull();
    }

    @Test
    void rejectsRunsLongerThanTheLimitInsteadOfOverflowing() {
        assertThat(Numerals.parse("9".repeat(Numerals.MAX_LENGTH))).isEqualTo(new BigDecimal("9".repeat(Numerals.MAX_LENGTH)));
        assertThat(Numerals.parse("9".repeat(Numerals.MAX_LENGTH + 1))).isNull();
        assertThat(Numerals.parse("亿".repeat(200_000))).isNull();
    }

    @Test
    void resolvesRandomChineseNumeralsExactly() {
        Random r = new Random(20_231_121L);
        for (int i = 0; i < 5000; i++) {
            long n = randomMagnitude(r, 1_000_000_000_000L);
            boolean financial = r.nextInt(4) == 0;
            String text = Reference.chinese(n, financial, r.nextBoolean());
            assertThat(Numerals.parse(text)).as(text).isEqualByComparingTo(BigDecimal.valueOf(n));
            assertThat(QuantityEngine.find(text + "元")).as(text).singleElement()
                    .satisfies(m -> assertThat(m.quantity().value()).isEqualByComparingTo(BigDecimal.valueOf(n)));
        }
    }

    @Test
    void resolvesRandomArabicAndMixedFormsExactly() {
        Random r = new Random(7L);
        String[] scales = {"", "万", "亿", "千万", "万亿"};
        long[] factors = {1L, 10_000L, 100_000_000L, 10_000_000L, 1_000_000_000_000L};
        for (int i = 0; i < 5000; i++) {
            long whole = randomMagnitude(r, 100_000_000L);
            int decimals = r.nextInt(3);
            long frac = decimals == 0 ? 0 : r.nextInt(decimals == 1 ? 10 : 100);
            BigDecimal value = new BigDecimal(whole + (decimals == 0 ? "" : "." + pad(frac, decimals)));
            int s = r.nextInt(scales.length);
            String digits = r.nextBoolean() ? Reference.grouped(whole) : Long.toString(whole);
            String text = digits + (decimals == 0 ? "" : "." + pad(frac, decimals)) + scales[s];
            BigDecimal expected = value.multiply(BigDecimal.valueOf(factors[s]));
            assertThat(Numerals.parse(text)).as(text).isEqualByComparingTo(expected);
            assertThat(QuantityEngine.find("投资" + text + "元")).as(text).singleElement()
                    .satisfies(m -> assertThat(m.quantity().value()).isEqualByComparingTo(expected));
        }
    }

    @Test
    void classifiesEveryCharacterAsTheNumeralGrammarLists() {
        String digits = "零〇一壹二两俩贰三叁叄參四肆五伍六陆七柒八捌九玖";
        int[] values = {0, 0, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9};
        String small = "十拾百佰千仟";
        int[] scales = {10, 10, 100, 100, 1000, 1000};
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int d = digits.indexOf(c);
            int s = small.indexOf(c);
            boolean big = c == '万' || c == '亿' || c == '兆';
            if (Numerals.digit(c) != (d < 0 ? -1 : values[d]) || Numerals.smallScale(c) != (s < 0 ? 0 : scales[s])
                    || Numerals.scale(c) != (s >= 0 || big) || Numerals.chinese(c) != (d >= 0 || s >= 0 || big)) {
                wrong.append(c);
            }
        }
        assertThat(wrong.toString()).isEmpty();
    }

    @Test
    void readsADigitRunInPlaceAsBigDecimalReadsItsDigits() {
        Random r = new Random(20_261_130L);
        for (int i = 0; i < 5000; i++) {
            StringBuilder run = new StringBuilder();
            int length = r.nextInt(4) == 0 ? 17 + r.nextInt(28) : r.nextInt(12);
            for (int k = 0; k < length; k++) {
                int pick = r.nextInt(20);
                run.append(pick < 16 ? (char) ('0' + pick % 10) : pick < 18 ? ',' : '.');
            }
            String text = "增长" + run + "万元";
            String digits = run.toString().replace(",", "");
            BigDecimal expected = digits.isEmpty() || digits.length() > Numerals.MAX_LENGTH || digits.startsWith(".")
                    || digits.endsWith(".") || digits.indexOf('.') != digits.lastIndexOf('.') ? null : new BigDecimal(digits);
            // equal value and scale: 12.50 stays 12.50, 007 is 7
            assertThat(Numerals.arabic(text, 2, 2 + run.length())).as(run.toString()).isEqualTo(expected);
        }
    }

    private static long randomMagnitude(Random r, long bound) {
        long cap = (long) Math.pow(10, 1 + r.nextInt((int) Math.log10(bound)));
        return 1 + Math.floorMod(r.nextLong(), Math.min(cap, bound) - 1);
    }

    private static String pad(long v, int width) {
        String s = Long.toString(v);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }

    /** A plain renderer written independently of the parser: the school-book rules. */
    static final class Reference {
        private static final String DIGITS = "零一二三四五六七八九";
        private static final String FINANCIAL = "零壹贰叁肆伍陆柒捌玖";

        static String chinese(long n, boolean financial, boolean dropLeadingOne) {
            long yi = n / 100_000_000L;
            long wan = n / 10_000L % 10_000L;
            long unit = n % 10_000L;
            StringBuilder sb = new StringBuilder();
            if (yi > 0) {
                sb.append(group(yi, false, financial)).append('亿');
            }
            if (wan > 0) {
                sb.append(group(wan, yi > 0, financial)).append('万');
            }
            if (unit > 0) {
                sb.append(group(unit, yi > 0 || wan > 0, financial));
            }
            String s = sb.toString();
            if (dropLeadingOne && !financial && s.startsWith("一十")) {
                s = s.substring(1);
            }
            return s;
        }

        private static String group(long g, boolean lead, boolean financial) {
            String digits = financial ? FINANCIAL : DIGITS;
            String units = financial ? "仟佰拾" : "千百十";
            StringBuilder sb = new StringBuilder();
            boolean zero = lead;
            boolean started = false;
            for (int p = 3; p >= 0; p--) {
                int d = (int) (g / (long) Math.pow(10, p) % 10);
                if (d == 0) {
                    zero = zero || started;
                    continue;
                }
                if (zero && (started || lead)) {
                    sb.append(digits.charAt(0));
                }
                sb.append(digits.charAt(d));
                if (p > 0) {
                    sb.append(units.charAt(3 - p));
                }
                zero = false;
                started = true;
            }
            return sb.toString();
        }

        static String grouped(long n) {
            String s = Long.toString(n);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                if (i > 0 && (s.length() - i) % 3 == 0) {
                    sb.append(',');
                }
                sb.append(s.charAt(i));
            }
            return sb.toString();
        }
    }
}
