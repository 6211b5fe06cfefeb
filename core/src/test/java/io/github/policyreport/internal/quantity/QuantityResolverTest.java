package io.github.policyreport.internal.quantity;

import io.github.policyreport.model.Qualifier;
import io.github.policyreport.model.Quantity;
import io.github.policyreport.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver alone: written parts to value, canonical unit and qualifier. */
class QuantityResolverTest {

    private static RawMention raw(String low, String high, String approx, String unit, String pre, String post,
                                  RawMention.Form form, boolean money, boolean reached) {
        return new RawMention(0, 1, 0, 1, low, high, approx, unit, pre, post, form, money, reached);
    }

    @ParameterizedTest(name = "{0}{3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "~", textBlock = """
            20.8亿 | ~ | ~ | 元 | ~ | ~ | PLAIN | false | false | 2080000000 | ~ | CNY | EQ
            5000万 | ~ | ~ | 元 | ~ | ~ | PLAIN | false | false | 50000000 | ~ | CNY | EQ
            26亿 | ~ | ~ | 元 | ~ | ~ | PLAIN | false | false | 2600000000 | ~ | CNY | EQ
            30亿 | ~ | ~ | ~ | ~ | ~ | PLAIN | true | false | 3000000000 | ~ | CNY | EQ
            21万 | ~ | ~ | ~ | 超过 | ~ | PLAIN | false | false | 210000 | ~ | '' | GT
            3亿 | ~ | ~ | 美元 | ~ | ~ | PLAIN | false | false | 300000000 | ~ | USD | EQ
            43.2 | ~ | ~ | % | ~ | ~ | PLAIN | false | false | 43.2 | ~ | % | EQ
            3.9 | ~ | ~ | 个百分点 | ~ | ~ | PLAIN | false | false | 3.9 | ~ | pp | EQ
            1.6 | ~ | ~ | 倍 | ~ | ~ | PLAIN | false | false | 1.6 | ~ | x | EQ
            3 | ~ | ~ | ~ | ~ | ~ | RANK | false | false | 3 | ~ | rank | EQ
            2266 | ~ | ~ | 亩 | ~ | ~ | PLAIN | false | false | 2266 | ~ | mu | EQ
            2217万 | ~ | ~ | 平方米 | ~ | ~ | PLAIN | false | false | 22170000 | ~ | m2 | EQ
            2 | ~ | ~ | 平方公里 | ~ | ~ | PLAIN | false | false | 2000000 | ~ | m2 | EQ
            3.5 | ~ | ~ | 千米 | ~ | ~ | PLAIN | false | false | 3500 | ~ | m | EQ
            15 | ~ | ~ | GW | ~ | ~ | PLAIN | false | false | 15000000000 | ~ | W | EQ
            10万 | ~ | ~ | 千瓦 | ~ | ~ | PLAIN | false | false | 100000000 | ~ | W | EQ
            12.5亿 | ~ | ~ | 千瓦时 | ~ | ~ | PLAIN | false | false | 1250000000 | ~ | kWh | EQ
            187.41万 | ~ | ~ | 吨标准煤 | ~ | ~ | PLAIN | false | false | 1874100 | ~ | t | EQ
            1.1万 | ~ | ~ | 家 | 超过 | ~ | PLAIN | false | false | 11000 | ~ | 家 | GT
            20.53万 | ~ | ~ | 户 | ~ | ~ | PLAIN | false | false | 205300 | ~ | 户 | EQ
            6344 | ~ | ~ | 台(套) | ~ | ~ | PLAIN | false | false | 6344 | ~ | 台 | EQ
            600 | ~ | ~ | 项 | ~ | 以上 | PLAIN | false | false | 600 | ~ | 项 | GE
            600 | ~ | ~ | 项 | ~ | 以上 | PLAIN | false | true | 600 | ~ | 项 | GE
            5 | ~ | ~ | % | ~ | 以内 | PLAIN | false | false | 5 | ~ | % | LE
            5 | ~ | ~ | % | 不到 | ~ | PLAIN | false | false | 5 | ~ | % | LT
            360 | ~ | 余 | 名 | ~ | ~ | PLAIN | false | false | 360 | ~ | 名 | APPROX
            23亿 | ~ | ~ | 元 | 约 | ~ | PLAIN | false | false | 2300000000 | ~ | CNY | APPROX
            2 | 3 | ~ | 类 | ~ | ~ | PLAIN | false | false | 2 | 3 | 类 | EQ
            3万 | 5万 | ~ | 元 | ~ | ~ | PLAIN | false | false | 30000 | 50000 | CNY | EQ
            三十 | ~ | ~ | ~ | ~ | ~ | PERCENT_WORD | false | false | 30 | ~ | % | EQ
            五 | ~ | ~ | ~ | ~ | ~ | PER_MILLE_WORD | false | false | 5 | ~ | ‰ | EQ
            一 | 四 | ~ | ~ | ~ | ~ | FRACTION | false | false | 25 | ~ | % | EQ
            五 | ~ | ~ | ~ | ~ | ~ | TENTHS | false | false | 50 | ~ | % | EQ
            """)
    void resolvesValueUnitAndQualifier(String low, String high, String approx, String unit, String pre, String post,
                                       RawMention.Form form, boolean money, boolean reached, String value,
                                       String highValue, String code, Qualifier qualifier) {
        Optional<Quantity> q = QuantityResolver.resolve(Rules.defaults(), raw(low, high, approx, unit, pre, post, form, money, reached));
        assertThat(q).isPresent();
        assertThat(q.get().value()).isEqualByComparingTo(new BigDecimal(value));
        if (highValue == null) {
            assertThat(q.get().high()).isNull();
        } else {
            assertThat(q.get().high()).isEqualByComparingTo(new BigDecimal(highValue));
        }
        assertThat(q.get().unit().code()).isEqualTo(code);
        assertThat(q.get().qualifier()).isEqualTo(qualifier);
        if (code.isEmpty()) {
            assertThat(q.get().unit()).isEqualTo(Unit.NONE);
        }
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(delimiter = '|', textBlock = """
            一 | 零
            十四五 | 三
            8 | 3
            """)
    void rejectsWhatDoesNotResolveInsteadOfThrowing(String low, String high) {
        RawMention fraction = raw(low, high, null, null, null, null, RawMention.Form.FRACTION, false, false);
        RawMention range = raw(low, high, null, "个", null, null, RawMention.Form.PLAIN, false, false);
        assertThat(QuantityResolver.resolve(Rules.defaults(), fraction).isEmpty() || QuantityResolver.resolve(Rules.defaults(), fraction).get().value().signum() >= 0).isTrue();
        assertThat(QuantityResolver.resolve(Rules.defaults(), range)).isEmpty();
    }
}
