package io.github.policyreport.internal.quantity;

import io.github.policyreport.Reports;
import io.github.policyreport.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Random pages built from the words the figure stage reacts to never make it throw or mis-index. */
class QuantityFigureStageFuzzTest {

    private static final String[] WORDS = {"全市", "高新技术企业", "达到", "303家", "超过", "50亿元", "同比增长", "43.2%",
        "分别增长", "44%", "、", "112%", "位列全省", "第3", "力争", "将", "预计", "到2025年", "2022年", "今年", "已",
        "下一步", "一是", "二、", "(三)", "是去年全年的", "1.6倍", "较上年提高", "0.3个百分点", "占", "的", "包括", "等",
        "萬戶", "20.53", "億元", "約", "余", "多", "近万家", "“", "”", "《", "》", "(", ")", ",", "。", ";", ":", "\n",
        "\n\n", " ", "■", "３０３家", "２０．８億元", "５．５％", "　", "（三）", "臺(套)", "兩屆", "發展", "聯合", "1-6月", "截至", "年底", "总数", "共", "1个", "2-3类", "百分之三十", "第二十届", "029-33567925"};

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void neverThrowsAndEverySpanIndexesTheSource() throws Exception {
        Random r = new Random(11L);
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder sb = new StringBuilder();
            int n = 20 + r.nextInt(400);
            for (int i = 0; i < n; i++) {
                sb.append(WORDS[r.nextInt(WORDS.length)]);
            }
            String page = sb.toString();
            Report report = Reports.parse(page);
            report.indicators().forEach(i -> {
                QuantityTables.assertSpan(report.sourceText(), i.evidence().span());
                QuantityTables.assertSpan(report.sourceText(), i.evidence().sentence());
                assertThat(i.subject()).isNotBlank();
            });
            report.targets().forEach(t -> {
                QuantityTables.assertSpan(report.sourceText(), t.evidence().span());
                QuantityTables.assertSpan(report.sourceText(), t.evidence().sentence());
            });
        }
    }
}
