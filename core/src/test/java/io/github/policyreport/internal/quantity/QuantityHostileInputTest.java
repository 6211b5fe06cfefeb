package io.github.policyreport.internal.quantity;

import io.github.policyreport.mention.QuantityMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input: the engine stays linear and never throws. The timeouts only catch blow-ups. */
class QuantityHostileInputTest {

    /** Runs of at most 256K characters: a quadratic pass over one takes minutes, far past the timeout. */
    static Stream<String> hostile() {
        return Stream.of(
                "1".repeat(256_000),
                "亿".repeat(200_000),
                "、".repeat(256_000),
                "1、".repeat(128_000),
                "万亿".repeat(100_000) + "元",
                "1,".repeat(128_000),
                "1.".repeat(128_000),
                "第".repeat(256_000) + "1",
                "超过".repeat(128_000) + "5家",
                "“1".repeat(128_000),
                "《".repeat(100_000) + "1家",
                "2-".repeat(128_000) + "3类",
                "百分之".repeat(85_000),
                "三分之".repeat(85_000),
                "多余".repeat(128_000),
                "123456789万".repeat(25_000));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("hostile")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void finishesQuicklyOnHostileInput(String text) {
        List<QuantityMention> found = QuantityEngine.find(text);
        QuantityTables.assertSpansIndex(text, found);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void neverThrowsOnRandomTextFromTheEnginesAlphabet() {
        String alphabet = "0123456789０１２３.,-~至到%‰零〇一二三四五六七八九十百千万亿两壹贰拾佰仟萬億兩點"
                + "元美家个项名人次台(套)倍亩米瓦时吨第位首分之成多余来几约近超过突破以上以下左右年月日号“”《》、,。 abcGW+:";
        Random r = new Random(42L);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(200);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<QuantityMention> found = QuantityEngine.find(text);
            QuantityTables.assertSpansIndex(text, found);
            for (QuantityMention m : found) {
                assertThat(m.quantity().value().signum()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void resolvesAHugeButWellFormedNumberExactly() {
        String digits = "9".repeat(Numerals.MAX_LENGTH - 2);
        List<QuantityMention> found = QuantityEngine.find(digits + "亿元");
        assertThat(found).singleElement().satisfies(m -> assertThat(m.quantity().value())
                .isEqualByComparingTo(new BigDecimal(digits).multiply(BigDecimal.valueOf(100_000_000L))));
    }

    @Test
    void rejectsAnOverlongNumberWithoutAMention() {
        assertThat(QuantityEngine.find("9".repeat(Numerals.MAX_LENGTH + 5) + "亿元")).isEmpty();
    }
}
