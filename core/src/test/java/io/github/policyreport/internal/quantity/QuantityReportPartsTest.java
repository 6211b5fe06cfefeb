package io.github.policyreport.internal.quantity;

import io.github.policyreport.Reports;
import io.github.policyreport.SpanChecks;
import io.github.policyreport.model.FigureNote;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Report;
import io.github.policyreport.model.Target;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A government work report's parts set the tense of their figures: the review is achieved even
 * where it names programmes (培养计划) or estimates (预计全年), the targets paragraph and the
 * tasks part are planned, a past deadline is met. Read the same in text with 一、 headings and
 * in HTML with bold headings.
 */
class QuantityReportPartsTest {

    private static final String TITLE = "2026年某省人民政府工作报告";
    private static final String[] REVIEW = {
        "过去一年，全省地区生产总值增长5.6%，预计全年一般公共预算收入增长3.2%。",
        "一年来，主要做了以下工作：",
        "一是科技创新加快突破。新入选国家培养计划科技人才320名，计划新开工项目186个全部开工。",
        "五年来，人均地区生产总值从2020年的6.8万元提高到2025年的8.9万元。",
        "科技创新加快突破，预计全年技术合同成交额增长15%，力争建设的省实验室已有12家投入运行。",
    };
    private static final String PLAN =
            "今年全省经济社会发展主要预期目标是：地区生产总值增长5%左右，城镇新增就业60万人以上。";
    private static final String[] TASKS = {
        "（一）着力扩大有效需求。全年实施省重点项目800个，新建5G基站2万个。",
        "（二）着力发展新质生产力。新增高新技术企业1500家。",
    };

    private static String text() {
        return String.join("\n", TITLE, "2026年1月20日在省第十四届人民代表大会第五次会议上", "各位代表：",
                "现在，我代表省人民政府，向大会报告工作，请予审议。",
                "一、2025年和“十四五”时期工作回顾", String.join("\n", REVIEW),
                "二、2026年主要目标和重点工作", "2026年是“十五五”开局之年。", PLAN, String.join("\n", TASKS));
    }

    private static String html() {
        StringBuilder b = new StringBuilder("<html><head><title>").append(TITLE).append("</title></head><body><h1>")
                .append(TITLE).append("</h1><div class=\"article\">")
                .append("<p>2026年1月20日在省第十四届人民代表大会第五次会议上</p><p>各位代表：</p>")
                .append("<p>现在，我代表省人民政府，向大会报告工作，请予审议。</p>")
                .append("<p><strong>2025年和“十四五”时期工作回顾</strong></p>");
        for (String p : REVIEW) {
            b.append("<p>").append(p).append("</p>");
        }
        b.append("<p><strong>2026年主要目标和重点工作</strong></p><p>2026年是“十五五”开局之年。</p><p>")
                .append(PLAN).append("</p>");
        for (String p : TASKS) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</div></body></html>").toString();
    }

    @Test
    void readsThePartsOfAWorkReportWithNumberedHeadings() throws Exception {
        check(Reports.parse(text()));
    }

    @Test
    void readsThePartsOfAWorkReportWithBoldHeadings() throws Exception {
        check(Reports.parseHtml(html()));
    }

    private static void check(Report r) {
        assertThat(texts(r.indicators().stream().map(i -> i.evidence().span().text()).toList()))
                .contains("5.6%", "3.2%", "320名", "186个", "6.8万元", "8.9万元", "15%", "12家");
        assertThat(texts(r.targets().stream().map(t -> t.evidence().span().text()).toList()))
                .contains("5%左右", "60万人以上", "800个", "2万个", "1500家")
                .doesNotContain("320名", "186个", "8.9万元", "3.2%", "15%");
        Target jobs = r.targets().stream().filter(t -> t.evidence().span().text().contains("60万人")).findFirst().orElseThrow();
        assertThat(jobs.subject()).isEqualTo("城镇新增就业");
        assertThat(jobs.deadline()).hasToString("2026");
        Indicator perHead = r.indicators().stream().filter(i -> i.evidence().span().text().equals("8.9万元")).findFirst().orElseThrow();
        assertThat(perHead.subject()).isEqualTo("人均地区生产总值");
        assertThat(perHead.section()).contains("工作回顾");
        assertThat(r.indicators()).allSatisfy(i -> {
            SpanChecks.assertEvidence(r.sourceText(), i.evidence());
            assertThat(i.subject()).isNotBlank();
        });
        assertThat(r.targets()).allSatisfy(t -> {
            SpanChecks.assertEvidence(r.sourceText(), t.evidence());
            assertThat(t.subject()).isNotBlank();
            assertThat(t.notes()).doesNotContain(FigureNote.LOW_CONFIDENCE_SUBJECT);
        });
    }

    private static List<String> texts(List<String> spans) {
        return spans.stream().map(s -> s.replaceAll("^(突破|超过|达到)", "")).toList();
    }
}
