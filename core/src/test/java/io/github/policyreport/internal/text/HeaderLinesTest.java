package io.github.policyreport.internal.text;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.model.Author;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header and footer lines of scraped text in every common form, each row a page written for this
 * test: a headline, the header line(s) ({@code ¶} separates lines), a body, and optionally a
 * footer line after the body.
 */
class HeaderLinesTest {

    private static final String TITLE = "全市科技创新大会召开";
    private static final String BODY = "会上，全市表彰了一批科技创新先进集体和个人，部署了今年科技创新重点任务，"
            + "高新技术企业要达到600家。\n会议要求，各区县要紧盯目标，确保各项任务落地见效。";

    private static Meta page(String header, String footer) {
        String text = TITLE + "\n" + header.replace("¶", "\n") + "\n" + BODY + (footer.isEmpty() ? "" : "\n" + footer);
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofText(text), SiteHints.NONE, ParseContext.defaults());
        SpanAssert.assertSpans(a);
        assertThat(a.body()).hasSize(2);
        assertThat(a.meta().title()).isEqualTo(TITLE);
        return a.meta();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "发布时间：2023-03-15 09:30 来源：某某日报 => '' => 2023-03-15T09:30 => 某某日报",
            "发布日期:2023-03-15 | 来源:某某日报 | 作者:张明 => '' => 2023-03-15 => 某某日报",
            "时间丨2023-03-15 来源丨某某日报 => '' => 2023-03-15 => 某某日报",
            "日期：2023年3月15日 稿源：某某新闻网 => '' => 2023-03-15 => 某某新闻网",
            "2023-03-15 09:30:12 本文来源：某某日报 => '' => 2023-03-15T09:30 => 某某日报",
            "发表时间：2023-03-15¶出处：某某杂志 => '' => 2023-03-15 => 某某杂志",
            "更新时间：2023-03-15¶转自：某某发布 => '' => 2023-03-15 => 某某发布",
            "来源：¶某某日报¶时间：¶2023-03-15 => '' => 2023-03-15 => 某某日报",
            "来源 某某日报 2023-03-15 => '' => 2023-03-15 => 某某日报",
            "2023-03-15 10:05·某某社 => '' => 2023-03-15T10:05 => 某某社",
            "来源：某某晚报(南京) => '' => null => 某某晚报",
            "浏览次数：120 => 发布日期：2023-03-16 来源：某某日报 => 2023-03-16 => 某某日报"})
    void readsDateAndSourceOfHeaderAndFooterLines(String header, String footer, String published, String source) {
        Meta m = page(header, footer);
        assertThat(String.valueOf(m.published())).isEqualTo(String.valueOf(published));
        assertThat(m.source()).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "作者：张明 李华 => 张明:AUTHOR 李华:AUTHOR",
            "记者 张明 通讯员 李华 => 张明:REPORTER 李华:CORRESPONDENT",
            "文/张明 图/李华 => 张明:AUTHOR 李华:PHOTOGRAPHER",
            "撰稿：张明 摄影：李华 => 张明:AUTHOR 李华:PHOTOGRAPHER",
            "作者：张明 责任编辑：王强 审核：赵刚 => 张明:AUTHOR",
            "来源：某某日报 | 作者：张明 | 编辑：王强 => 张明:AUTHOR",
            // a reporter after the date or source of the same header line
            "2023-03-15 09:30　来源：某某日报　记者 陈小明 => 陈小明:REPORTER",
            "来源：某某晚报 记者：周亮 通讯员：吴敏 => 周亮:REPORTER 吴敏:CORRESPONDENT",
            "發布時間：2023-03-15 來源：某某日報 記者 陳小明 => 陳小明:REPORTER",
            "来源：某某日报 | 摄影：李华 | 编辑：王强 => 李华:PHOTOGRAPHER"})
    void creditsAuthorsWithTheirRolesButNotEditors(String header, String expected) {
        Meta m = page("2023-03-15¶" + header, "");
        assertThat(m.authors().stream().map(a -> a.name() + ":" + a.role()).toList())
                .containsExactly(expected.split(" "));
        assertThat(m.authors()).extracting(Author::name).doesNotContain("王强", "赵刚");
    }

    @Test
    void keepsTheSpeechDateOfAWorkReportAsDeliveredAndTheHeadingAsTitle() {
        String text = "2026年某某省政府工作报告\n——2026年1月20日在某某省第十四届人民代表大会第五次会议上\n"
                + "来源：某某日报\n时间：2026-01-28\n某某省省长 欧阳明远\n各位代表：\n"
                + "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。\n"
                + "过去一年，全省生产总值增长5.9%，一般公共预算收入增长3.1%，城乡居民收入稳步增长。";
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofText(text), SiteHints.NONE, ParseContext.defaults());
        SpanAssert.assertSpans(a);
        assertThat(a.meta().title()).isEqualTo("2026年某某省政府工作报告");
        assertThat(String.valueOf(a.meta().published())).isEqualTo("2026-01-28");
        assertThat(String.valueOf(a.meta().delivered())).isEqualTo("2026-01-20");
        assertThat(a.meta().source()).isEqualTo("某某日报");
    }

    @Test
    void aSpeechLineWithoutDashesIsStillTheDeliveryDate() {
        assertThat(String.valueOf(MetaReader.speechDate("2026年2月3日在全市经济工作会议上的讲话", MetaWords.defaults()))).isEqualTo("2026-02-03");
        assertThat(String.valueOf(MetaReader.speechDate("——2025年12月12日在中央经济工作会议上", MetaWords.defaults()))).isEqualTo("2025-12-12");
        assertThat(MetaReader.speechDate("2026年2月3日，全市经济工作会议召开", MetaWords.defaults())).isNull();
    }

    @Test
    void readsYamlFrontMatterOfAMarkdownExport() {
        String text = "---\ntitle: \"某县召开科技工作会议\"\ndate: 2023-1-29 13:18\nauthor: 张明\nsource: 某某日报\n"
                + "categories: [科技]\n---\n\n# 某县召开科技工作会议\n\n" + BODY;
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofText(text), SiteHints.NONE, ParseContext.defaults());
        SpanAssert.assertSpans(a);
        assertThat(a.meta().title()).isEqualTo("某县召开科技工作会议");
        assertThat(String.valueOf(a.meta().published())).isEqualTo("2023-01-29T13:18");
        assertThat(a.meta().source()).isEqualTo("某某日报");
        assertThat(a.meta().authors()).extracting(Author::name).containsExactly("张明");
        assertThat(a.body()).hasSize(2);
        assertThat(a.text(a.body().get(0))).doesNotContain("title", "categories");
    }

    @Test
    void anUnclosedFrontMatterIsNotRead() {
        assertThat(FrontMatter.read(Block.split("---\ntitle: 某县\n正文第一段。", Cues.defaults()))).isEqualTo(FrontMatter.NONE);
    }

    @Test
    void aBadWordListLineIsReportedWithFileAndLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> MetaWords.of(io.github.policyreport.internal.RuleFile.read(MetaWords.class, "bad-words.txt")))
                .isInstanceOf(io.github.policyreport.internal.RuleException.class)
                .hasMessageContaining("bad-words.txt:3");
        assertThat(MetaWords.defaults().notOutlets).contains("本报");
    }
}
