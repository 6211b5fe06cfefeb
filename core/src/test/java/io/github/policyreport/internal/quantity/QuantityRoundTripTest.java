package io.github.policyreport.internal.quantity;

import io.github.policyreport.Mentions;
import io.github.policyreport.mention.QuantityMention;
import io.github.policyreport.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Composed forms against a naive reference renderer written here: random integers written out in
 * Chinese (plain and financial), money with 角 and 分, and the omitted trailing unit (三百五). The
 * engine must read back exactly the value the renderer wrote.
 */
class QuantityRoundTripTest {

    private static final int ROUNDS = 300;
    private static final String[] PLAIN_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] FINANCIAL_DIGITS = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    private static final String[] PLAIN_SMALL = {"", "十", "百", "千"};
    private static final String[] FINANCIAL_SMALL = {"", "拾", "佰", "仟"};
    private static final String[] BIG = {"", "万", "亿"};

    /** {@code n} (0 < n < 10^12) in Chinese numerals, with 零 for every run of missing places. */
    static String chinese(long n, boolean financial) {
        long[] groups = {n / 100_000_000L, n / 10_000L % 10_000L, n % 10_000L};
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (int g = 0; g < 3; g++) {
            long group = groups[g];
            if (group == 0) {
                gap = sb.length() > 0;
                continue;
            }
            if (sb.length() > 0 && (gap || group < 1000)) {
                sb.append("零");
            }
            sb.append(section((int) group, financial)).append(BIG[2 - g]);
            gap = false;
        }
        return sb.toString();
    }

    /** One group of four places: 3050 → 三千零五十. */
    private static String section(int group, boolean financial) {
        String[] digits = financial ? FINANCIAL_DIGITS : PLAIN_DIGITS;
        String[] small = financial ? FINANCIAL_SMALL : PLAIN_SMALL;
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int d = group / (int) Math.pow(10, place) % 10;
            if (d == 0) {
                zero = sb.length() > 0;
                continue;
            }
            if (zero) {
                sb.append("零");
                zero = false;
            }
            sb.append(digits[d]).append(small[place]);
        }
        return sb.toString();
    }

    private static QuantityMention only(String text) {
        List<QuantityMention> found = Mentions.quantities(text);
        QuantityTables.assertSpansIndex(text, found);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 20240501, 987654321})
    void readsRandomIntegersWrittenInChineseAndFinancialNumerals(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < ROUNDS; i++) {
            long n = 11 + (long) (random.nextDouble() * (random.nextBoolean() ? 100_000 : 999_999_999_999L));
            boolean financial = random.nextBoolean();
            String text = "共计" + chinese(n, financial) + "元";
            QuantityMention m = only(text);
            assertThat(m.quantity().value()).as(text).isEqualByComparingTo(BigDecimal.valueOf(n));
            assertThat(m.quantity().unit()).isEqualTo(Unit.CNY);
            String bare = chinese(n, financial);
            assertThat(only(bare).quantity().value()).as(bare).isEqualByComparingTo(BigDecimal.valueOf(n));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 31337, 55555})
    void readsMoneyComposedOfYuanJiaoAndFen(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < ROUNDS; i++) {
            long yuan = 1 + random.nextInt(99_999);
            int jiao = 1 + random.nextInt(9);
            int fen = random.nextInt(10);
            boolean spoken = random.nextBoolean();
            boolean arabic = random.nextBoolean();
            String y = arabic ? Long.toString(yuan) : chinese(yuan, false);
            String j = arabic ? Integer.toString(jiao) : PLAIN_DIGITS[jiao];
            String text = spoken
                    ? y + "块" + j + "毛"
                    : y + "元" + j + "角" + (fen == 0 ? "" : (arabic ? Integer.toString(fen) : PLAIN_DIGITS[fen]) + "分");
            BigDecimal want = BigDecimal.valueOf(yuan).add(BigDecimal.valueOf(jiao, 1))
                    .add(spoken ? BigDecimal.ZERO : BigDecimal.valueOf(fen, 2));
            QuantityMention m = only("单价" + text + "。");
            assertThat(m.span().text()).isEqualTo(text);
            assertThat(m.quantity().value()).as(text).isEqualByComparingTo(want);
            assertThat(m.quantity().unit()).isEqualTo(Unit.CNY);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 4242, 800000})
    void readsTheOmittedTrailingUnit(long seed) {
        Random random = new Random(seed);
        long[] scales = {100, 1000, 10_000, 100_000_000};
        for (int i = 0; i < ROUNDS; i++) {
            long scale = scales[random.nextInt(scales.length)];
            long lead = 1 + random.nextInt(scale >= 10_000 ? 999 : 9);
            int next = 1 + random.nextInt(9);
            // 三百五: the lead, its scale, then one digit worth a tenth of that scale
            String text = (scale >= 10_000 ? chinese(lead, false) + BIG[scale == 10_000 ? 1 : 2]
                    : PLAIN_DIGITS[(int) lead] + PLAIN_SMALL[scale == 100 ? 2 : 3]) + PLAIN_DIGITS[next];
            long want = lead * scale + next * scale / 10;
            QuantityMention m = only(text + "人");
            assertThat(m.quantity().value()).as(text).isEqualByComparingTo(BigDecimal.valueOf(want));
        }
    }
}
