package io.github.policyreport.internal.quantity;

import io.github.policyreport.SpanChecks;
import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.spi.ParseContext;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The figure stage stays near-linear on long sentences and many paragraphs. Timeouts catch blow-ups only. */
class QuantityFigureStageHostileInputTest {

    static Stream<String> hostile() {
        return Stream.of(
                "企业1家".repeat(50_000),
                "增长1%、".repeat(50_000),
                "企业1家/".repeat(50_000),
                "是去年的1倍".repeat(30_000),
                "(".repeat(100_000) + "企业1家)",
                "力争将已".repeat(50_000) + "1家",
                "2015年将".repeat(30_000) + "企业1家",
                "位列第1".repeat(50_000),
                "较上年增加1家".repeat(30_000));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("hostile")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void finishesOnHostileBodies(String paragraphs) {
        Analysis a = QuantityFigureStageTest.analysis(paragraphs);
        ParseContext context = ParseContext.defaults();
        Figures f = FigureStage.defaults().extract(a, 2023, context);
        // reading stops after the sentence that passes maxItems
        assertThat(f.indicators().size() + f.targets().size())
                .isLessThanOrEqualTo(context.maxItems() + context.maxMentionsPerSentence());
        f.indicators().forEach(i -> SpanChecks.assertEvidence(a.source(), i.evidence()));
        f.targets().forEach(t -> SpanChecks.assertEvidence(a.source(), t.evidence()));
    }
}
