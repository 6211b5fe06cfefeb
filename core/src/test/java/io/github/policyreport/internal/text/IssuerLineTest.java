package io.github.policyreport.internal.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The issuing body's line under a document's title (metadata-words.txt, issuer). */
class IssuerLineTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "宝鸡市统计局|true",
            "陕西省人民政府办公厅|true",
            "科学技术部|true",
            "某市发展和改革委员会|true",
            "某市高新区管委会|true",
            "中国科学院|true",
            "宝鸡市统计局发布2024年统计公报|false",
            "来源:宝鸡市统计局|false",
            "宝鸡市统计局 2025年3月20日|false",
            "全市新增12个局|false",
            "统计局|false",
            "宝鸡市召开科技创新大会|false",
    })
    void aLineIsAnIssuerOnlyWhenItIsABodysNameAlone(String line, boolean issuer) {
        assertThat(MetaWords.defaults().issuerLine(line)).isEqualTo(issuer);
    }
}
