package io.github.policyreport.internal.time;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.TextLayer;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The year that 今年 means, decided per report. Body paragraphs are separated by {@code /}. */
class DateReferenceYearTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                                   | published        | body                                                                          | year
            published date, nothing else             | 2021-06-30       | 全市新增科技型企业361家,同比增长20%。                                         | 2021
            published date, body about that year     | 2023-01-31       | 2023年是全面贯彻党的二十大精神的开局之年。/今年,市科技局将重点推进。/去年,我们聚焦秦创原。 | 2023
            January summary of the year before       | 2015-01-10T15:38 | 2014年,市科技局认真贯彻,狠抓落实。/今年7月,我市获批成为试点城市。/2015年,市科技局将继续深化改革。 | 2014
            January summary with dated happenings    | 2022-01-14T17:50 | 2021年12月31日,汉中市被科技部命名为国家创新型城市。/2020年度研发投入强度达到1.4%。 | 2021
            January report with plans for this year  | 2022-01-20       | 2021年,全市技术合同成交额突破50亿元。/今年将力争突破60亿元。                   | 2022
            January report that says 去年 for 2021    | 2022-01-20       | 2021年,全市技术合同成交额突破50亿元。/截至去年底,全市拥有平台30个。           | 2022
            summary published in June is not shifted | 2015-06-10       | 2014年,市科技局认真贯彻,狠抓落实。                                             | 2015
            plan-period anchor beats the published   | 2022-01-05       | 今年是“十四五”开局之年。/今年3月30日,大会召开。                               | 2021
            plan-period anchor without published     | null             | 今年是“十四五”開局之年。我們將深入貫徹。                                      | 2021
            anchor with 去年                         | null             | 去年是“十三五”收官之年,今年开局良好。                                         | 2021
            stated year without published            | null             | 2023年是全面贯彻党的二十大精神的开局之年,也是收官之年。/去年,我们聚焦平台建设。 | 2023
            latest summary year and 去年以来          | null             | 2022年,我市科技创新水平综合指数位列全省第3。/去年以来,共组织路演225场次。       | 2023
            latest summary year and 今年             | null             | 2014年,市科技局认真贯彻。/今年7月,我市获批成为试点城市。                      | 2014
            latest year without relative words       | null             | 2021年12月31日,汉中市被命名为国家创新型城市。/2019年10月,科技部召开推进会。    | 2021
            plans, deadlines and comparisons ignored | null             | 2020年,全市增长12%,比2019年提高3个百分点。/到2025年,力争突破。/2030年,将建成。 | 2020
            a year inside a name tells nothing       | null             | 成都高新区2023年科技创新大会举行。/2022年,全区研发投入320亿元。/去年5月,创新中心揭牌。 | 2023
            a stated year with plans is a plan       | null             | 2024年,我局全力推进科技创新。/今年2月,实验室开工建设。/2025年是“十四五”规划收官之年,我局将全面完成目标。 | 2024
            timestamps are not content               | null             | 2019年,科技部召开推进会。/2022-1-14 17:50 发布者:admin,查看:8                    | 2019
            """)
    void decidesTheReferenceYear(String name, String published, String body, Integer expected) {
        Analysis a = Spans.analysis(published, body.split("/"));
        List<Warning> warnings = new ArrayList<>();
        assertThat(TimeStage.defaults().referenceYear(a, ParseContext.defaults(), warnings)).as(name).isEqualTo(expected);
        assertThat(warnings).isEmpty();
    }

    @Test
    void fallsBackToTheCallersReferenceDateWithAWarning() {
        Analysis a = Spans.analysis(null, "今年,全市新增科技型企业361家,近三年增长20%。");
        List<Warning> warnings = new ArrayList<>();
        Integer year = TimeStage.defaults().referenceYear(a, ParseContext.withReferenceDate(LocalDate.of(2024, 3, 1)), warnings);
        assertThat(year).isEqualTo(2024);
        assertThat(warnings).extracting(Warning::code).containsExactly(Warning.Code.ASSUMED_REFERENCE_DATE);
    }

    @Test
    void isUnknownWithAWarningWhenNothingTells() {
        Analysis a = Spans.analysis(null, "今年,全市新增科技型企业361家。");
        List<Warning> warnings = new ArrayList<>();
        assertThat(TimeStage.defaults().referenceYear(a, ParseContext.defaults(), warnings)).isNull();
        assertThat(warnings).extracting(Warning::code).containsExactly(Warning.Code.ASSUMED_REFERENCE_DATE);
    }

    @Test
    void ignoresDatesOfRelatedArticleLists() {
        // the text layer cuts the body at the related list; the reference year reads that body
        String page = String.join("\n", "我市科技创新水平稳步提升", "2022年,我市科技创新水平位列全省第3,"
                + "全社会研发投入强度达到2.3%,科技型中小企业突破1200家。", "相关阅读",
                "5月22日上午,某县召开了第二届宣传周活动,2024年5月23日发布。");
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofText(page), SiteHints.NONE, ParseContext.defaults());
        assertThat(TimeStage.defaults().referenceYear(a, ParseContext.defaults(), new ArrayList<>())).isEqualTo(2022);
    }
}
