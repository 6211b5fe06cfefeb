package io.github.policyreport.internal.text;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.model.Author;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metadata carrier of HTML, one row per carrier: {@code <meta>} tags, JSON-LD, {@code <time>}
 * and class-named elements. Each row is a page written for this test: the carrier in the head or
 * above the article, and an article body that names no date, source or author itself.
 */
class MarkupCarriersTest {

    private static final String BODY = "<div class=\"content\"><p>今年以来，全市新增高新技术企业120家，同比增长15%，"
            + "技术合同成交额突破80亿元。</p><p>下一步，将继续优化创新生态，推动更多科技成果就地转化。</p></div>";

    private static Meta read(String head, String top) {
        String html = "<html><head>" + head + "</head><body>" + top + BODY + "</body></html>";
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofHtml(html), SiteHints.NONE, ParseContext.defaults());
        SpanAssert.assertSpans(a);
        assertThat(a.body()).as("the article body").isNotEmpty();
        return a.meta();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", nullValues = "null", value = {
            "<meta property='og:title' content='某市科技成果转化再提速_某某网'> => 某市科技成果转化再提速",
            "<meta name='ArticleTitle' content='某市科技成果转化再提速'><title>首页</title> => 某市科技成果转化再提速",
            "<title>某市科技成果转化再提速 | 科技 | 某某新闻网</title> => 某市科技成果转化再提速",
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"某市科技成果转化再提速\"}</script> => 某市科技成果转化再提速"})
    void readsTheTitleOfEveryCarrier(String head, String title) {
        assertThat(read(head, "").title()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiterString = " | ", nullValues = "null", value = {
            "<meta property='article:published_time' content='2023-06-01T02:20:00Z'> | '' | 2023-06-01T10:20",
            "<meta name='pubdate' content='2023-06-01 10:20'> | '' | 2023-06-01T10:20",
            "<meta name='PubDate' content='2023-06-01'> | '' | 2023-06-01",
            "<meta name='publishdate' content='2023/6/1'> | '' | 2023-06-01",
            "<script type='application/ld+json'>{\"@type\":\"Article\",\"datePublished\":\"2023-05-31T16:20:00.000Z\"}</script> | '' | 2023-06-01T00:20",
            "'' | <time datetime='2023-06-01T10:20:00+08:00'>6月1日</time> | 2023-06-01T10:20",
            "'' | <span class='pub-time'>2023年06月01日 10:20</span> | 2023-06-01T10:20"})
    void readsThePublicationDateOfEveryCarrier(String head, String top, String published) {
        String h = head.isEmpty() ? "<title>全市创新生态持续优化</title>" : head + "<title>全市创新生态持续优化</title>";
        String t = "<h1>全市创新生态持续优化</h1>" + top;
        assertThat(String.valueOf(read(h, t).published())).isEqualTo(published);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiterString = " | ", nullValues = "null", value = {
            "<meta name='ContentSource' content='某某日报'> | '' | 某某日报",
            "<meta name='source' content='来源：某某日报'> | '' | 某某日报",
            "'' | <span class='article-source'>来源：某某日报</span> | 某某日报",
            "'' | <div class='source'>某某日报</div> | 某某日报"})
    void readsTheSourceOfEveryCarrier(String head, String top, String source) {
        String t = "<h1>全市创新生态持续优化</h1>" + top;
        assertThat(read(head + "<title>全市创新生态持续优化</title>", t).source()).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiterString = " | ", nullValues = "null", value = {
            "<meta name='author' content='张明'> | '' | 张明",
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"张明\"}}</script> | '' | 张明",
            "'' | <span class='author'>作者：张明</span> | 张明"})
    void readsTheAuthorOfEveryCarrier(String head, String top, String author) {
        String t = "<h1>全市创新生态持续优化</h1>" + top;
        assertThat(read(head, t).authors()).extracting(Author::name).containsExactly(author);
    }

    @Test
    void readsNestedJsonLdNamesAndEscapes() {
        Map<String, String> meta = new LinkedHashMap<>();
        MarkupMeta.jsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"\\u5168\\u5e02\\\"新\\\"变化\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"李华\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"某某网\",\"logo\":{\"url\":\"x.png\"}}}", meta);
        assertThat(meta).containsEntry("ld:headline", "全市\"新\"变化").containsEntry("ld:author", "李华")
                .containsEntry("ld:publisher", "某某网");
    }

    @Test
    void keepsTheBodyOfAPageWrappedInAForm() {
        String html = "<html><head><title>中山大學研發港區水質監測平台 | 科技 | 某某通訊社</title></head><body>"
                + "<form name='aspnetForm' method='post' action='news.aspx' id='aspnetForm'>"
                + "<input type='hidden' name='__VIEWSTATE' value='dDwtMTA4MzE0MjEwNTs7Pg=='>"
                + "<select><option>選單</option></select><button>搜尋</button>"
                + "<h1>中山大學研發港區水質監測平台</h1><div class='date'>2019/6/3 09:20</div>"
                + "<p>（某某社記者王大明高雄8日電）中山大學研發出港區水質監測平台，可即時預警污染，已在三個港區試用。</p>"
                + "<p>研究團隊表示，平台明年將推廣到高雄其他港區，並開放資料給學界使用。</p>"
                + "</form></body></html>";
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofHtml(html), SiteHints.NONE, ParseContext.defaults());
        SpanAssert.assertSpans(a);
        assertThat(a.body()).hasSize(2);
        assertThat(a.source()).doesNotContain("__VIEWSTATE", "選單", "搜尋");
        assertThat(a.meta().title()).isEqualTo("中山大學研發港區水質監測平台");
        assertThat(String.valueOf(a.meta().published())).isEqualTo("2019-06-03T09:20");
        assertThat(a.meta().regions()).containsExactly("高雄市");
    }

    @Test
    void fallsBackToTheDensestBlockWhenNoBodyClusterIsFound() {
        String text = "首页\n全市科技工作会议召开\n会议部署了今年科技创新重点任务 全市上下要以更大力度推动创新驱动发展战略落地见效\n返回顶部";
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofText(text), SiteHints.NONE, ParseContext.defaults());
        SpanAssert.assertSpans(a);
        assertThat(a.body()).hasSize(1);
        assertThat(a.text(a.body().get(0))).startsWith("会议部署了今年科技创新重点任务");
        assertThat(a.meta().title()).isEqualTo("全市科技工作会议召开");
    }
}
