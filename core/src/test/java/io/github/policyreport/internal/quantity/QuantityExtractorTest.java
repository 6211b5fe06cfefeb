package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The extractor alone: where a mention is and its written parts, before any resolution. */
class QuantityExtractorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "~", textBlock = """
            技术合同成交额突破50亿元 | 突破50亿元 | 50亿 | ~ | ~ | 元 | 突破 | ~ | PLAIN
            全市高新技术企业(303家) | 303家 | 303 | ~ | ~ | 家 | ~ | ~ | PLAIN
            预计可实现产值200多亿元 | 200多亿元 | 200亿 | ~ | 多 | 元 | ~ | ~ | PLAIN
            安排资金4000余万元 | 4000余万元 | 4000万 | ~ | 余 | 元 | ~ | ~ | PLAIN
            小巨人企业家360余名 | 360余名 | 360 | ~ | 余 | 名 | ~ | ~ | PLAIN
            促进科技成果转化项目600项以上 | 600项以上 | 600 | ~ | ~ | 项 | ~ | 以上 | PLAIN
            惠及近万家农户 | 近万家 | 万 | ~ | ~ | 家 | 近 | ~ | PLAIN
            增长率在10%左右 | 10%左右 | 10 | ~ | ~ | % | ~ | 左右 | PLAIN
            针对2-3类主导产业 | 2-3类 | 2 | 3 | ~ | 类 | ~ | ~ | PLAIN
            补助3-5万元 | 3-5万元 | 3万 | 5万 | ~ | 元 | ~ | ~ | PLAIN
            占比10%-20% | 10%-20% | 10 | 20 | ~ | % | ~ | ~ | PLAIN
            主导产业5大类 | 5大类 | 5 | ~ | ~ | 类 | ~ | ~ | PLAIN
            入网仪器设备6344台(套) | 6344台(套) | 6344 | ~ | ~ | 台(套) | ~ | ~ | PLAIN
            提高3.9个百分点 | 3.9个百分点 | 3.9 | ~ | ~ | 个百分点 | ~ | ~ | PLAIN
            位列全省第3 | 第3 | 3 | ~ | ~ | ~ | ~ | ~ | RANK
            排名上升到第84位 | 第84位 | 84 | ~ | ~ | ~ | ~ | ~ | RANK
            居全省首位 | 首位 | 1 | ~ | ~ | ~ | ~ | ~ | RANK
            达标率百分之三十 | 百分之三十 | 三十 | ~ | ~ | ~ | ~ | ~ | PERCENT_WORD
            不良率千分之五 | 千分之五 | 五 | ~ | ~ | ~ | ~ | ~ | PER_MILLE_WORD
            覆盖三分之一 | 三分之一 | 一 | 三 | ~ | ~ | ~ | ~ | FRACTION
            五成以上 | 五成以上 | 五 | ~ | ~ | ~ | ~ | 以上 | TENTHS
            超过了50家 | 超过了50家 | 50 | ~ | ~ | 家 | 超过 | ~ | PLAIN
            新增3千瓦 | 3千瓦 | 3 | ~ | ~ | 千瓦 | ~ | ~ | PLAIN
            发电12.5亿千瓦时 | 12.5亿千瓦时 | 12.5亿 | ~ | ~ | 千瓦时 | ~ | ~ | PLAIN
            """)
    void findsTheWrittenPartsOfAMention(String text, String span, String low, String high, String approx, String unit,
                                       String pre, String post, RawMention.Form form) {
        String folded = Normalizer.normalize(text).text();
        List<RawMention> found = QuantityExtractor.find(Rules.defaults(), folded, 0, folded.length());
        assertThat(found).hasSize(1);
        RawMention m = found.get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(span);
        assertThat(m.numStart()).isBetween(m.start(), m.end());
        assertThat(m.numEnd()).isBetween(m.numStart(), m.end());
        assertThat(m.low()).isEqualTo(low);
        assertThat(m.high()).isEqualTo(high);
        assertThat(m.approx()).isEqualTo(approx);
        assertThat(m.unit()).isEqualTo(unit);
        assertThat(m.pre()).isEqualTo(pre);
        assertThat(m.post()).isEqualTo(post);
        assertThat(m.form()).isEqualTo(form);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            今年是“十四五”开局之年 | dates and slogans
            出台三年行动方案(2014-2016年) | year range
            5月11—17日是节水宣传周 | day range
            一是完善政策。二是深化专业服务 | list markers
            组建“1+N”创新促进服务体系 | formula slogan
            总体工作思路是“434” | quoted number
            地铁1号线三期9月底即将通车 | line number, phase, month
            梯次推进四个工程和三项改革 | named lists
            第二十届大会和第四次代表大会 | ordinals
            一批企业、一系列文件、进一步优化 | 一 as an article
            热线:029-33567925 | phone
            国际标准刊号:ISSN 2957-9384 | ISSN
            国家备案许可证编号:陕ICP备18005866号 | ICP
            陕公网安备 61040202000415 | licence
            2024-05-23 09:37:04 | timestamp
            着力强化秦创原“一 (4).jpg | file name
            贯彻党的十九届六中全会精神 | congress name
            惠及千家万户 | idiom
            """)
    void findsNothingWhereNoQuantityIsWritten(String text, String why) {
        String folded = Normalizer.normalize(text).text();
        assertThat(QuantityExtractor.find(Rules.defaults(), folded, 0, folded.length())).as(why).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            签约23家企业 | 23家
            通过3家企业评审 | 3家
            最近3个项目 | 3个
            节约10%的能耗 | 10%
            """)
    void doesNotReadAQualifierIntoTheLastCharacterOfAWord(String text, String span) {
        String folded = Normalizer.normalize(text).text();
        List<RawMention> found = QuantityExtractor.find(Rules.defaults(), folded, 0, folded.length());
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(span);
            assertThat(m.pre()).isNull();
        });
    }
}
