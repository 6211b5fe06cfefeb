package io.github.policyreport.internal.time;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.TextLayer;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Events of a timeline: which dates anchor a happening, with what description and evidence. */
class DateTimelineTest {

    private static List<TimelineEvent> timeline(Integer year, String... lines) {
        Analysis a = Spans.analysis(null, lines);
        List<TimelineEvent> events = TimeStage.defaults().timeline(a, year);
        Spans.assertEvents(a, events);
        return events;
    }

    private static String render(List<TimelineEvent> events) {
        return events.stream().map(e -> e.date() + "=" + e.description()).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            12月14日上午,西安市系列新闻发布会(第二场)举办。                 | 2021 | 2021-12-14=西安市系列新闻发布会(第二场)举办
            今年3月30日,秦创原建设大会召开,明确将西咸新区作为总窗口。        | 2021 | 2021-03-30=秦创原建设大会召开
            今年8月初,秦创原综合服务中心面向社会投入运营,这是创新举措。      | 2021 | 2021-08=秦创原综合服务中心面向社会投入运营
            咸阳渭河高新大桥、地铁1号线三期9月底即将通车,实现无缝连接。      | 2023 | 2023-09=咸阳渭河高新大桥、地铁1号线三期9月底即将通车
            2021年12月31日,汉中市被科技部命名为“国家创新型城市”。          | 2022 | 2021-12-31=汉中市被科技部命名为“国家创新型城市”
            工作于2021年5月13日通过科技部专家组评估验收。6月5日科技部在南京召开推进会。 | 2021 | 2021-05-13=工作于2021年5月13日通过科技部专家组评估验收; 2021-06-05=6月5日科技部在南京召开推进会
            组织培训3期;10月27日,《人民日报》进行了专题报道。今年7月,我市获批成为试点城市。 | 2014 | 2014-10-27=《人民日报》进行了专题报道; 2014-07=我市获批成为试点城市
            2021年5月13日大会开幕,同日发布白皮书,3天后闭幕。                | 2021 | 2021-05-13=2021年5月13日大会开幕; 2021-05-13=同日发布白皮书; 2021-05-16=3天后闭幕
            二〇一九年十月,科技部在汉中召开交流推进会。                       | 2021 | 2019-10=科技部在汉中召开交流推进会
            今年3月30日,秦創原創新驅動平臺建設大會召開。                       | 2021 | 2021-03-30=秦創原創新驅動平臺建設大會召開
            11月15日,2023年全国科技活动周暨第二届科技创新大会在西安开幕。      | 2023 | 2023-11-15=2023年全国科技活动周暨第二届科技创新大会在西安开幕
            自2022年1月1日起正式实施。                                          | 2021 | 2022-01-01=自2022年1月1日起正式实施
            10月27日来汉中考察调研,12月3日前往北京召开座谈会。                 | 2021 | 2021-10-27=10月27日来汉中考察调研; 2021-12-03=12月3日前往北京召开座谈会
            该项目将于10月举办开工仪式,预计明年6月建成。                      | 2021 | 2021-10=该项目将于10月举办开工仪式; 2022-06=预计明年6月建成
            """)
    void findsDatedHappenings(String text, int year, String expected) {
        assertThat(render(timeline(year, text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            durations                 | 近三年,共实施省级科技计划项目131个,连续10年居全省第一,召开会议。
            duration before a verb    | 通过5年接续奋斗,汉中成功创建创新型城市。历时3个月建成平台。
            cut-offs                  | 截止11月底,全区签约项目255个。截至2021年底,成立机构30家。
            deadlines                 | 到2025年,建成国家创新型城市。力争年底前建成投产。
            statistic periods         | 1-4月,全市签约项目30个;上半年,举办活动12场;一季度新设立企业50家;2020年度获批项目达到12个。
            period starts             | 去年以来,共组织路演225场次;2020年以来,累计举办活动30场。
            comparisons               | 比2013年增长12%,与去年同期召开的会议相比。
            plan periods              | “十四五”时期,组建一批平台。今年是“十四五”开局之年,召开大会。
            dates without a happening | 2022年,我市科技创新水平综合指数位列全省第3。今年已引进孵化器14家。
            goals                     | 力争2025年建成国家创新型城市。目标是年底前投入运营。
            names in titles           | 市政府印发《2021年科技工作要点》。出台《关于2022年召开大会的通知》。
            recurring dates           | 每年9月举办科技活动周,每月5日召开例会。
            period starts with 自     | 自2015年启动创建工作以来,全市新增平台30个。从3月召开动员会以来,成效明显。
            nouns that start a verb   | 3月5日,在新闻发布会上,市长表示将加快建设。
            recent days               | 近日,市科技局召开专题会议。日前,科技部发布通知。
            page timestamps           | 2022-1-14 17:50 发布者:admin,来自:汉中发布
            """)
    void isNoEvent(String what, String text) {
        assertThat(timeline(2021, text)).as(what).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            related list              | 相关阅读
            related news, Traditional | 相關新聞:
            next article              | 下一篇:全县召开科技工作推进会
            editor without colon      | 责任编辑 王强
            """)
    void ignoresDatesAfterTheTextLayersEndOfArticle(String what, String marker) {
        // the text layer cuts the body once; the timeline reads the body it was given
        String page = String.join("\n", "地铁建设稳步推进", "今年9月底,地铁1号线三期即将通车,全线共设车站12座,"
                        + "沿线将新建公交接驳站30个,进一步完善城市交通网络。", marker,
                "5月22日上午,某县在文化广场召开了宣传周活动。", "5月18日,某大道市政工程项目通车。");
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofText(page), SiteHints.NONE, ParseContext.defaults());
        List<TimelineEvent> events = TimeStage.defaults().timeline(a, 2023);
        Spans.assertEvents(a, events);
        assertThat(render(events)).as(what).startsWith("2023-09=地铁1号线三期即将通车").doesNotContain("05-");
    }

    @Test
    void keepsTheArticleAfterAMarkerLineInItsHeader() {
        String page = String.join("\n", "创新平台建设提速", "责任编辑:李欢颜", "今年3月30日,创新平台建设大会召开,明确将新区作为总窗口。",
                "今年8月初,综合服务中心面向社会投入运营,这是我们聚集科技资源的创新举措。");
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofText(page), SiteHints.NONE, ParseContext.defaults());
        List<TimelineEvent> events = TimeStage.defaults().timeline(a, 2023);
        assertThat(events).extracting(e -> e.date().toString()).containsExactly("2023-03-30", "2023-08");
    }

    @Test
    void readsOneEventPerEntryOfATimelineList() {
        List<TimelineEvent> events = timeline(2021, "近年来,汉中市高度重视国家创新型城市建设工作。",
                "~2015年4月", "汉中市召开全市创新型城市建设动员大会,提出目标。",
                "~2018年7月", "陕西理工大学获得科技部专项项目,总结了发展模式。",
                "~2020年", "在疫情影响下,全市上下持续推进国家创新型城市建设。");
        assertThat(render(events)).isEqualTo("2015-04=汉中市召开全市创新型城市建设动员大会; "
                + "2018-07=陕西理工大学获得科技部专项项目; 2020=在疫情影响下,全市上下持续推进国家创新型城市建设");
        assertThat(events.get(0).evidence().span().text()).isEqualTo("2015年4月");
    }

    @Test
    void readsTimelineEntriesThatAreBodyParagraphs() {
        List<TimelineEvent> events = timeline(2021, "2015年4月", "汉中市召开全市创新型城市建设动员大会。",
                "2016年12月", "汉中市委市政府再次召开全市科技创新大会。");
        assertThat(render(events)).isEqualTo("2015-04=汉中市召开全市创新型城市建设动员大会; "
                + "2016-12=汉中市委市政府再次召开全市科技创新大会");
    }

    @Test
    void takesALoneDateLineForThePublishedDateNotAnEntry() {
        List<TimelineEvent> events = timeline(2015, "~2015年01月10日", "全市举办各类交流活动827场次,参与人数超过21万。");
        assertThat(events).isEmpty();
    }

    @Test
    void keepsOneEventPerHappening() {
        List<TimelineEvent> events = timeline(2022,
                "摘要: 2021年12月31日,汉中市又新增一项国字号荣誉——汉中市被科技部命名为“国家创新型城市”。",
                "2021年12月31日,汉中市又新增一项国字号荣誉——汉中市被科技部命名为“国家创新型城市”。",
                "今年7月,我市获批成为试点城市。", "今年7月,我市获批成为试点城市。");
        assertThat(events).extracting(e -> e.date().toString()).containsExactly("2021-12-31", "2022-07");
    }

    @Test
    void leavesRelativeDatesOutWithoutAReferenceYear() {
        assertThat(timeline(null, "今年7月,我市获批成为试点城市。2021年3月30日,大会召开。"))
                .extracting(e -> e.date().toString()).containsExactly("2021-03-30");
    }
}
