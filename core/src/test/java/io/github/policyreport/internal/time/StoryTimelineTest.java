package io.github.policyreport.internal.time;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.model.TimelineEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timelines of short stories written for the test, one per style of report: a dateline-first news
 * story, the 这一年 paragraphs of a work report, a press-conference transcript, a company's
 * milestones and a Taiwanese news story. Each lists every event expected, in reading order.
 */
class StoryTimelineTest {

    private static String timeline(String published, Integer year, String... lines) {
        Analysis a = Spans.analysis(published, lines);
        List<TimelineEvent> events = TimeStage.defaults().timeline(a, year);
        Spans.assertEvents(a, events);
        return events.stream().map(e -> e.date() + "=" + e.description()).collect(Collectors.joining("\n"));
    }

    @Test
    void datelineFirstNews() {
        assertThat(timeline("2024-03-29", 2024,
                "本报杭州3月28日讯 28日,全省科技创新大会在杭州召开,会议表彰了一批科技奖励获得者。",
                "记者从会上获悉,去年全省研发投入增长12%。1-2月,全省高新技术产业增加值增长9.1%。",
                "今年9月,第二届数字经济博览会将在杭州举办。"))
                .isEqualTo("""
                        2024-03-28=全省科技创新大会在杭州召开
                        2024-09=第二届数字经济博览会将在杭州举办""");
    }

    @Test
    void reviewParagraphsOfAYear() {
        assertThat(timeline("2026-01-20", 2026,
                "一、2025年工作回顾",
                "2025年是不平凡的一年。全省经济总量迈上新台阶。",
                "这一年,全省首个国家实验室揭牌运行。",
                "这一年,跨海大桥建成通车,沿线城市实现一小时通达。",
                "这一年,全省地区生产总值增长5.5%。",
                "到2030年,基本建成科技强省。"))
                .isEqualTo("""
                        2025=全省首个国家实验室揭牌运行
                        2025=跨海大桥建成通车""");
    }

    @Test
    void pressConferenceTranscript() {
        assertThat(timeline("2023-06-15", 2023,
                "主持人:各位记者朋友,大家上午好!今天我们举行新闻发布会,介绍全省外贸运行情况。",
                "记者:请问今年以来有哪些亮点?",
                "发言人:上周三,首趟中欧班列开行。5月,省里出台稳外贸十条措施。1-5月,全省进出口增长8.2%。",
                "每年9月举办的投资贸易洽谈会,今年将继续举办。"))
                .isEqualTo("""
                        2023-06-15=今天我们举行新闻发布会
                        2023-06-07=首趟中欧班列开行
                        2023-05=省里出台稳外贸十条措施
                        2023=今年将继续举办""");
    }

    @Test
    void companyMilestones() {
        assertThat(timeline(null, 2024,
                "公司大事记",
                "2008年,公司在深圳成立。",
                "2012年3月,首款产品上市。",
                "2016年,公司在深交所挂牌上市。",
                "2020年12月18日,第二工厂竣工投产,2020年12月18日当天即实现满产。",
                "截至2023年底,公司员工超过5000人。"))
                .isEqualTo("""
                        2008=公司在深圳成立
                        2012-03=首款产品上市
                        2016=公司在深交所挂牌上市
                        2020-12-18=第二工厂竣工投产""");
    }

    @Test
    void taiwaneseNews() {
        assertThat(timeline("2014-12-12", 2014,
                "(中央社記者台北12日電)行政院今天通過《產業創新條例》修正草案,將送立法院審議。",
                "民國103年3月,新竹科學園區第三期擴建工程動工。",
                "當天下午,園區管理局舉行說明會。"))
                .isEqualTo("""
                        2014-12-12=(中央社記者台北12日電)行政院今天通過《產業創新條例》修正草案
                        2014-03=新竹科學園區第三期擴建工程動工
                        2014-03=園區管理局舉行說明會""");
    }

    @Test
    void missionMomentsToTheMinute() {
        assertThat(timeline("2023-06-24", 2023,
                "飞船2023年6月16日发射入轨后,于18日14时14分与空间站完成自动对接。",
                "24日11时12分,组合体分离。12时48分,两个航天器对接环接触。",
                "12时48分对接环接触后,各项参数正常。"))
                .isEqualTo("""
                        2023-06-16=飞船2023年6月16日发射入轨后
                        2023-06-18T14:14=于18日14时14分与空间站完成自动对接
                        2023-06-24T11:12=组合体分离
                        2023-06-24T12:48=两个航天器对接环接触""");
    }
}
