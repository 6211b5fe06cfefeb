package io.github.policyreport.internal.text;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumberingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            // work reports and plans: part, chapter and sub-part headings
            "一、过去一年的工作回顾 => CHINESE [一、]",
            "十二、加强组织保障 => CHINESE [十二、]",
            "三. 强化企业创新主体地位 => CHINESE [三.]",
            "二 、主要目标 => CHINESE [二 、]",
            "四 重点任务 => CHINESE_SPACED [四 ]",
            "一、二〇二五年工作安排 => CHINESE [一、]",
            "一、十四五时期主要目标 => CHINESE [一、]",
            "第三章 保障措施 => CHAPTER [第三章]",
            "第二部分 主要任务 => CHAPTER [第二部分]",
            "第十节 附则 => CHAPTER [第十节]",
            "(一)完善科技投入机制 => CHINESE_PAREN [(一)]",
            "(十一)深化开放合作 => CHINESE_PAREN [(十一)]",
            "1.加快平台建设 => DIGIT [1.]",
            "12、推进成果转化 => DIGIT [12、]",
            "3 、培育创新主体 => DIGIT [3 、]",
            // points inside running text and lists of press conferences and news features
            "一是加大研发投入,全年投入资金2亿元。 => ENUMERATION [一是]",
            "十二是强化督查考核。 => ENUMERATION [十二是]",
            "(2)实施人才引进计划 => DIGIT_PAREN [(2)]",
            "③建成中试基地5个 => CIRCLED [③]",
            "第一,坚持创新驱动。 => ORDINAL_WORD [第一,]",
            "第二、优化营商环境 => ORDINAL_WORD [第二、]",
            "首先要把握好节奏。 => ORDINAL_WORD [首先]",
            "最后,感谢各位媒体朋友。 => ORDINAL_WORD [最后,]",
            // bullets of features and Taiwanese or Hong Kong releases
            "■ 发布环节 => BULLET [■]",
            "●科技型中小企业增长三成 => BULLET [●]",
            "*创新管理机制 => BULLET [*]",
            "•  推動產學合作 => BULLET [•]",
            "'   ◆ 開展智慧城市試點' => BULLET [◆]",
            "——创新投入持续加大。研发经费投入强度达到3% => BULLET [——]"})
    void readsEachNumberingFamily(String line, String expected) {
        Numbering n = Numbering.of(line).orElseThrow();
        int start = line.length() - line.stripLeading().length();
        assertThat(n.family() + " [" + line.substring(start, n.end()) + "]").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiterString = " => ", value = {
            "1.5亿元的资金已经到位 => decimal",
            "2024.3 全市召开大会 => year and month",
            "1、2月份全市工业增加值增长5% => months in a series",
            "2023、2024两年累计投入 => years in a series",
            "123、某某路段 => three digits",
            "一、二等奖获得者名单 => numeral series with 等",
            "一、二季度全市经济稳中有进 => quarters in a series",
            "二、三线城市房价平稳 => tiers in a series",
            "第一批国家级示范区 => ordinal running on",
            "第三季度技术合同成交额 => ordinal running on",
            "最后一公里问题得到解决 => 最后 running on",
            "(2023年版)发布 => parenthesis with a year",
            "(一 => unclosed parenthesis",
            "一二三四五、 => too many numerals",
            "一些企业反映 => 一 running on",
            "十分重要的是 => 十 running on",
            "全市高新技术企业达到106家 => no numbering",
            "——在全市科技创新大会上的讲话 => subtitle without a full stop",
            "———— => a rule of dashes",
            "'   ' => blank"})
    void rejectsNearMisses(String line, String why) {
        assertThat(Numbering.of(line)).as(why).isEmpty();
    }

    @Test
    void readsOnlyTheRangeItIsGiven() {
        String t = "前文\n1.加快建设\n";
        assertThat(Numbering.at(t, 3, 9)).map(Numbering::end).contains(5);
        assertThat(Numbering.at(t, 3, 4)).isEmpty(); // 1 without its mark
        assertThat(Numbering.at(t, 0, 3)).isEmpty();
    }

    @Test
    void ranksHeadingsOutermostFirst() {
        assertThat(Numbering.of("一、总体要求").orElseThrow().rank()).isEqualTo(1);
        assertThat(Numbering.of("(一)主要目标").orElseThrow().rank()).isEqualTo(2);
        assertThat(Numbering.of("1.主要目标").orElseThrow().rank()).isEqualTo(2);
        assertThat(Numbering.of("■ 主要目标").orElseThrow().rank()).isEqualTo(3);
        assertThat(Numbering.of("一是主要目标").orElseThrow().rank()).isZero();
    }

    @Test
    void givesHeadingsTheLevelOfTheSectionTheyOpen() {
        String page = "科技局2026年工作计划\n一、主要目标\n(一)创新主体\n全年新增高新技术企业200家,科技型中小企业突破3000家,成效明显。\n"
                + "二、重点任务\n加快建设中试平台,力争新增省级以上创新平台10个,持续优化创新生态。";
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofText(page), SiteHints.NONE, ParseContext.defaults());
        List<String> got = a.body().stream().filter(Paragraph::heading)
                .map(p -> a.text(p) + ":" + p.level() + "=" + a.sections().get(p.section()).level()).toList();
        assertThat(got).containsExactly("一、主要目标:1=1", "(一)创新主体:2=2", "二、重点任务:1=1");
    }

    @Test
    void readsTheNumberingOfTraditionalTextAfterNormalization() {
        String page = "科技局新聞發布會\n（一）推動產學研合作\n去年全市技術合同成交額達到120億元,同比增長15%,創歷史新高。\n"
                + "最後，感謝各位媒體朋友長期以來對科技工作的關心和支持。";
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofText(page), SiteHints.NONE, ParseContext.defaults());
        SpanAssert.assertSpans(a);
        List<String> got = a.body().stream().map(p -> p.kind() + p.numbering().map(n -> ":" + n.family()).orElse(""))
                .toList();
        assertThat(got).containsExactly("HEADING:CHINESE_PAREN", "BODY", "LIST_ITEM:ORDINAL_WORD");
    }

    @Test
    void storesEachParagraphsTypeForLaterStages() {
        String page = "科技局2025年工作总结\n一、主要工作\n一是加大研发投入。全年投入资金2亿元,同比增长12%,成效明显。\n"
                + "全市高新技术企业达到1200家,技术合同成交额突破80亿元,创历史新高。\n①建成中试基地5个,新增孵化面积3万平方米。";
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofText(page), SiteHints.NONE, ParseContext.defaults());
        SpanAssert.assertSpans(a);
        List<String> got = a.body().stream().map(p -> p.kind() + (p.level() > 0 ? "" + p.level() : "")
                + p.numbering().map(n -> ":" + n.family()).orElse("")).toList();
        assertThat(got).containsExactly("HEADING1:CHINESE", "LIST_ITEM:ENUMERATION", "BODY", "LIST_ITEM:CIRCLED");
    }
}
