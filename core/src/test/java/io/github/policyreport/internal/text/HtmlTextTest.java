package io.github.policyreport.internal.text;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    private static final String PAGE = """
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <title>汉中又新增一项国字号荣誉_汉中第一网</title>
            <meta name="ArticleTitle" content="汉中又新增一项国字号荣誉">
            <meta name="PubDate" content="2022-01-14 17:50">
            <meta name="ContentSource" content="汉中发布">
            <script>var x = "<p>不是正文</p>";</script><style>p { color: red }</style>
            </head><body>
            <header><a href="/">首页</a></header>
            <nav>首页 &gt; 汉中新闻</nav>
            <div class="crumb">您的位置:首页 &gt; 汉中新闻</div>
            <h1>汉中又新增一项国字号荣誉</h1>
            <div class="info"><span id="pubtime_baidu">2022-01-14 17:50</span> <span id="source_baidu">来源:汉中发布</span>
            <span id="author_baidu">作者:张三</span></div>
            <div class="content"><p>2021年12月31日,汉中市又新增一项国字号荣誉——汉中市被科技部命名为“国家创新型城市”。</p>
            <p>近年来,汉中市委、市政府高度重视国家创新型城市建设工作,<b>将其列入</b>党代会和历年政府工作报告中。<br>确保一以贯之、常抓不懈。</p></div>
            <form><input value="搜索"></form>
            <footer>版权所有 汉中第一网</footer>
            </body></html>""";

    @Test
    void keepsTitleMetaAndBaiduElementsAsEvidence() {
        SourceDocument d = SourceDocument.ofHtml(PAGE);
        assertThat(d.meta()).containsEntry("title", "汉中又新增一项国字号荣誉_汉中第一网")
                .containsEntry("articletitle", "汉中又新增一项国字号荣誉").containsEntry("pubdate", "2022-01-14 17:50")
                .containsEntry("contentsource", "汉中发布").containsEntry("pubtime_baidu", "2022-01-14 17:50")
                .containsEntry("author_baidu", "作者:张三");
    }

    @Test
    void dropsScriptsStylesNavigationHeadersFootersAndForms() {
        String text = SourceDocument.ofHtml(PAGE).text();
        assertThat(text).doesNotContain("不是正文", "color", "搜索", "版权所有");
        assertThat(text).startsWith("您的位置:首页 > 汉中新闻\n汉中又新增一项国字号荣誉\n");
        assertThat(text).contains("将其列入党代会和历年政府工作报告中。\n确保一以贯之、常抓不懈。");
    }

    @Test
    void readsTheSameMetadataFromMarkupAsFromText() {
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofHtml(PAGE), SiteHints.NONE, ParseContext.defaults());
        assertThat(a.meta().title()).isEqualTo("汉中又新增一项国字号荣誉");
        assertThat(a.meta().published()).hasToString("2022-01-14T17:50");
        assertThat(a.meta().source()).isEqualTo("汉中发布");
        assertThat(a.meta().authors()).extracting(au -> au.name()).containsExactly("张三");
        assertThat(a.meta().regions()).containsExactly("汉中市");
        assertThat(a.body()).hasSize(3);
        SpanAssert.assertSpans(a);
    }

    @Test
    void neverTakesTheHeadlineTheMarkupNamesForBody() {
        String html = "<html><head><title>西安市召开科技大会,部署全年工作,推动高质量发展_西安市人民政府</title></head><body>"
                + "<div>西安市召开科技大会,部署全年工作,推动高质量发展</div>"
                + "<p>12月14日上午,西安市召开科技大会,介绍有关情况,部署全年重点工作。</p></body></html>";
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofHtml(html), SiteHints.NONE, ParseContext.defaults());
        assertThat(a.meta().title()).isEqualTo("西安市召开科技大会,部署全年工作,推动高质量发展");
        assertThat(a.body()).hasSize(1);
        SpanAssert.assertSpans(a);
    }

    @Test
    void doesNotTakeAnH1LogoForTheHeadline() {
        String html = "<html><head><title>汉中又新增一项国字号荣誉_汉中第一网</title></head><body>"
                + "<h1>汉中第一网</h1><h2>汉中又新增一项国字号荣誉</h2><div>2022-01-14 17:50 来自: 汉中发布</div>"
                + "<p>2021年12月31日,汉中市又新增一项国字号荣誉——汉中市被科技部命名为“国家创新型城市”。</p></body></html>";
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofHtml(html), SiteHints.NONE, ParseContext.defaults());
        assertThat(a.meta().title()).isEqualTo("汉中又新增一项国字号荣誉");
        assertThat(a.meta().source()).isEqualTo("汉中发布");
    }

    @Test
    void stripsTheSiteSuffixOfTheTitleElementWhenNoHeadingAgrees() {
        String html = "<html><head><title>西安市举办新闻发布会 - 西安市人民政府</title></head><body>"
                + "<p>12月14日上午,西安市举办新闻发布会,介绍有关情况,并答记者问。</p></body></html>";
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofHtml(html), SiteHints.NONE, ParseContext.defaults());
        assertThat(a.meta().title()).isEqualTo("西安市举办新闻发布会");
    }
}
