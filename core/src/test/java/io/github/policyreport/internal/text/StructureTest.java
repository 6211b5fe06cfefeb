package io.github.policyreport.internal.text;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.model.Section;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StructureTest {

    private static Analysis analyze(String page) {
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofText(page.replace("\\n", "\n")), SiteHints.NONE,
                ParseContext.defaults());
        SpanAssert.assertSpans(a);
        return a;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            // numbered headings with 一是 lead phrases under them
            "科技工作总结报告\\n一、着力打造核心力量\\n一是大力培育企业。投入资金3.8亿元,支持企业发展。\\n二是积极争取试点。获批成为试点城市,成效明显。\\n二、持续推动市场发展\\n一是主动服务企业。设立1亿元专题资金,成效明显。"
                    + " => 一、着力打造核心力量:1 一是大力培育企业:2 二是积极争取试点:2 二、持续推动市场发展:1 一是主动服务企业:2",
            // lead phrases alone, after a lead paragraph
            "咸阳打造先行区\\n近年来,咸阳市持续强政策、建平台,科技创新事业得到全面发展。\\n抓顶层设计。成立了领导小组,率先挂牌成立科技工委。\\n抓“两链”融合。围绕新兴产业,鼓励企业制定图谱,成效明显。"
                    + " => :1 抓顶层设计:1 抓“两链”融合:1",
            // standalone short lines and bullet headings
            "汉中又新增一项国字号荣誉\\n近年来,汉中市委、市政府高度重视国家创新型城市建设工作,常抓不懈。\\n2015年4月\\n汉中市召开全市创新型城市建设动员大会,提出目标。\\n*创新管理机制,凝聚思想共识\\n全省首家成立市委科技创新委员会,发布行动计划。"
                    + " => :1 2015年4月:1 *创新管理机制,凝聚思想共识:1",
            // short statements with figures and salutations are not headings
            "西咸新区新闻发布会\\n12月14日上午,西安市举办新闻发布会,介绍有关情况,并答记者问。\\n媒体朋友们:\\n全区高新技术企业达到106家\\n发布环节\\n今年以来,新区新增科技型企业361家,成效明显。"
                    + " => :1 发布环节:1"})
    void findsSectionsAndTheirLevels(String page, String expected) {
        Analysis a = analyze(page);
        List<String> got = a.sections().stream().map(s -> s.heading() + ":" + s.level()).toList();
        assertThat(String.join(" ", got)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "科技工作总结报告\\n一、着力打造核心力量\\n一是大力培育企业。投入资金3.8亿元,支持企业发展。\\n二是积极争取试点。获批成为试点城市,成效明显。\\n二、持续推动市场发展\\n一是主动服务企业。设立1亿元专题资金,成效明显。"
                    + " => 0H 1 2 3H 4"})
    void givesEveryParagraphItsInnermostSection(String page, String expected) {
        Analysis a = analyze(page);
        List<String> got = a.body().stream().map(p -> p.section() + (p.heading() ? "H" : "")).toList();
        assertThat(String.join(" ", got)).isEqualTo(expected);
        for (Paragraph p : a.body()) {
            Section s = a.sections().get(p.section());
            assertThat(a.span(p.start(), p.end()).within(s.span())).isTrue();
        }
        // a section at level 2 ends before its next sibling starts
        assertThat(a.sections().get(1).span().end()).isLessThanOrEqualTo(a.sections().get(2).span().start());
    }
}
