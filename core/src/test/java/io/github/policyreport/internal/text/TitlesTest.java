package io.github.policyreport.internal.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Headlines as shown, from every title carrier; each row a title written for this test. */
class TitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            // site and column suffixes of <title>
            "某市出台促进科技成果转化十条措施_财经频道_某某网 => 某市出台促进科技成果转化十条措施",
            "上半年全省工业投资增长8% | 经济 | 某省政府网 => 上半年全省工业投资增长8%",
            "高新区新增专精特新企业12家--地方--某某网 => 高新区新增专精特新企业12家",
            "研究團隊開發新型電池材料-中央社 => 研究團隊開發新型電池材料",
            "全省科技创新发展报告2023-2024 => 全省科技创新发展报告2023-2024",
            "某某网 - 频道 - 全市科技创新大会召开部署全年任务 => 全市科技创新大会召开部署全年任务",
            // 原标题 and column tags
            "原标题：县域经济迈上新台阶 => 县域经济迈上新台阶",
            "[某某网]全省技术合同成交额创新高 => 全省技术合同成交额创新高",
            "【专题】聚焦科技创新 推动高质量发展 => 聚焦科技创新 推动高质量发展",
            "财经全媒+丨前三季度外贸进出口稳中有升 => 前三季度外贸进出口稳中有升",
            "两会｜代表委员热议新质生产力发展 => 代表委员热议新质生产力发展",
            "在高质量发展中走在前列（奋进新征程·权威发布） => 在高质量发展中走在前列",
            // a subtitle after —— on the headline's own line stays; runs of spaces become one
            "稳中有进 向新而行——前三季度全市经济运行综述 => 稳中有进 向新而行——前三季度全市经济运行综述",
            "新型材料   助力产业升级 => 新型材料 助力产业升级",
            "全市科技大会召开　　部署全年任务 => 全市科技大会召开 部署全年任务",
            "原題：本港上季出口按年上升 => 本港上季出口按年上升",
            "全市新增高新技术企业200家 => 全市新增高新技术企业200家",
            "# 某县召开科技工作会议 => 某县召开科技工作会议",
            // nothing left
            "_ | _ => null"})
    void cleansATitleCarrierToTheHeadline(String raw, String expected) {
        assertThat(Titles.clean(raw)).isEqualTo(expected);
    }

    @Test
    void choosesTheHeadlineMostCarriersAgreeOn() {
        String chosen = Titles.choose(List.of(
                new Titles.Candidate("社会 · 法治", 1.5), // a column line taken for the headline
                new Titles.Candidate("在高质量发展中走在前列（奋进新征程·权威发布）", 1),
                new Titles.Candidate("在高质量发展中走在前列（奋进新征程·权威发布）--社会·法治--某某网", 1)));
        assertThat(chosen).isEqualTo("在高质量发展中走在前列");
    }

    @Test
    void keepsTheLineAsShownWhenCarriersAgreeUpToPunctuation() {
        String chosen = Titles.choose(List.of(
                new Titles.Candidate("外贸稳中向好——前两个月进出口数据解读", 1.5),
                new Titles.Candidate("新华全媒+丨外贸稳中向好-前两个月进出口数据解读-某某头条", 1),
                new Titles.Candidate("外贸稳中向好——前两个月进出口数据解读", 1)));
        assertThat(chosen).isEqualTo("外贸稳中向好——前两个月进出口数据解读");
    }

    @Test
    void aSingleCarrierWins() {
        assertThat(Titles.choose(List.of(new Titles.Candidate("全市新增高新技术企业200家_某某网", 1))))
                .isEqualTo("全市新增高新技术企业200家");
        assertThat(Titles.choose(List.of())).isNull();
    }
}
