package io.github.policyreport.internal.quantity;

import io.github.policyreport.Mentions;
import io.github.policyreport.mention.QuantityMention;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe reports a number written in Chinese only with no unit as a bare number; the figure
 * stage, which keeps only figures that measure something, leaves it out and keeps the measured
 * figure of the same sentence.
 */
class QuantityBareNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全年受理来信一百三十七,新增企业25家。 | 一百三十七 | 137
            参训人数一千零五十,新增企业25家。 | 一千零五十 | 1050
            合同编号之外另列两千零五,投入资金3亿元。 | 两千零五 | 2005
            服务企业数贰仟叁佰伍拾,完成产值8.5亿元。 | 贰仟叁佰伍拾 | 2350
            """)
    void probeReportsTheBareNumberButTheFigureStageDropsIt(String sentence, String bare, String value) {
        assertThat(Mentions.quantities(sentence)).filteredOn(m -> m.span().text().equals(bare)).singleElement()
                .satisfies(m -> {
                    assertThat(m.quantity().unit()).isEqualTo(Unit.NONE);
                    assertThat(m.quantity().value()).isEqualByComparingTo(value);
                    assertThat(m.kind()).isEqualTo(Unit.Kind.NONE);
                });
        Figures f = FigureStage.defaults().extract(QuantityFigureStageTest.analysis(sentence), 2023);
        assertThat(f.indicators()).extracting(i -> i.evidence().span().text()).doesNotContain(bare).hasSize(1);
        assertThat(f.indicators()).extracting(Indicator::quantity).allMatch(q -> q.unit().kind() != Unit.Kind.NONE);
        assertThat(f.targets()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一是完善政策
            千方百计
            惠及千家万户
            第二十届
            六中全会
            """)
    void singleCharactersAndWordsAreNoBareNumbers(String text) {
        assertThat(Mentions.quantities(text)).extracting(QuantityMention::kind).doesNotContain(Unit.Kind.NONE);
    }
}
