package io.github.policyreport.internal.text;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class HostileInputTest {

    private static final String PARAGRAPH = "<p>近年来,咸阳市持续强政策、建平台、育主体、促转化、优环境,科技创新事业得到全面发展。</p>";

    private static Analysis analyze(SourceDocument doc) {
        Analysis a = TextLayer.defaults().analyze(doc, SiteHints.NONE, ParseContext.defaults());
        SpanAssert.assertSpans(a);
        return a;
    }

    @Test
    void readsSixtyThousandNestedDivsWithoutRecursion() {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(60_000)).append(PARAGRAPH);
        SourceDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> SourceDocument.ofHtml(html.toString()));
        assertThat(doc.notes()).anyMatch(n -> n.code() == Warning.Code.MALFORMED_MARKUP && n.message().contains("levels deep"));
        Analysis a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> analyze(doc));
        assertThat(a.body()).hasSize(1);
    }

    @Test
    void readsUnclosedTagsAsFarAsTheyGo() {
        String html = "<html><body><div><p>近年来,咸阳市持续强政策、建平台、育主体,科技创新事业得到全面发展。<table><tr><td>"
                + "<b><i><span>抓顶层设计。成立了先行区建设工作领导小组,率先在全省挂牌成立地市级科技工委。<p><a href=";
        Analysis a = analyze(SourceDocument.ofHtml(html));
        assertThat(a.body()).hasSize(2);
    }

    @Test
    void readsASixteenMegabytePageInBoundedTime() {
        StringBuilder html = new StringBuilder(17_000_000).append("<html><body>");
        while (html.length() < 16_000_000) {
            html.append(PARAGRAPH);
        }
        // the markup is read whole; the text is cut at maxChars (a small one here, the default cuts at 10 million)
        ParseContext cut = ParseContext.builder().maxChars(1_000_000).build();
        Analysis a = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> TextLayer.defaults().analyze(SourceDocument.ofHtml(html.toString()), SiteHints.NONE, cut));
        assertThat(a.body()).isNotEmpty();
        assertThat(a.source()).hasSizeLessThanOrEqualTo(1_000_000);
        assertThat(a.warnings()).anyMatch(w -> w.code() == Warning.Code.TRUNCATED);
        SpanAssert.assertSpans(a);
    }

    @Test
    void cutsTextLongerThanTheLimitWithAWarning() {
        String text = "近年来,咸阳市持续强政策、建平台、育主体、促转化、优环境,科技创新事业得到全面发展。\n".repeat(2000);
        ParseContext small = ParseContext.builder().maxChars(10_000).build();
        Analysis a = TextLayer.defaults().analyze(SourceDocument.ofText(text), SiteHints.NONE, small);
        assertThat(a.source()).hasSize(10_000);
        assertThat(a.warnings()).anyMatch(w -> w.code() == Warning.Code.TRUNCATED);
        SpanAssert.assertSpans(a);
    }

    @Test
    void readsHostileMetadataCarriersAsFarAsTheyGo() {
        String html = "<html><head><title>" + "标题_".repeat(50_000) + "</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + "\\\\".repeat(100_000)
                + "\",\"author\":{".repeat(20_000) + "</script></head><body>"
                + "<span class=\"time source author\">x</span>".repeat(20_000) + PARAGRAPH + "</body></html>";
        Analysis a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> analyze(SourceDocument.ofHtml(html)));
        assertThat(a.body()).isNotEmpty();
        SpanAssert.assertSpans(a);
    }

    /**
     * A long run of one character or line, as text and as markup: read in bounded time (a quadratic
     * pass over 256K characters would run for minutes), every span indexes the page, and the page
     * is never silently empty: it has a body or says why not.
     */
    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"a", "我", "<", "\n", ",", "一", "■", "首页>", "2", " ", "(", "来源:", "作者:", "2023年1月1日 ",
            "---\n", "丨", "。(", "记者"})
    void readsALongRunOfOneCharacter(String unit) {
        String text = unit.repeat((1 << 18) / unit.length());
        for (SourceDocument doc : new SourceDocument[] {SourceDocument.ofText(text), SourceDocument.ofHtml(text)}) {
            Analysis a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> analyze(doc));
            assertThat(!a.body().isEmpty() || a.warnings().stream().anyMatch(w -> w.code() == Warning.Code.NO_BODY))
                    .as("a body or a NO_BODY warning").isTrue();
        }
    }

    @Test
    void appliesSiteBoilerplateOnlyToLinesOfTemplateLength() {
        SiteHints site = new SiteHints(java.util.List.of(java.util.regex.Pattern.compile("^(a|b)*$"), java.util.regex.Pattern.compile("^站点名称$")),
                "站点");
        String page = "站点名称\n" + "ab".repeat(100_000) + "\n近年来,咸阳市持续强政策、建平台、育主体、促转化,科技创新事业得到全面发展。";
        Analysis a = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> TextLayer.defaults().analyze(SourceDocument.ofText(page), site, ParseContext.defaults()));
        SpanAssert.assertSpans(a);
        assertThat(a.body()).hasSize(1);
        assertThat(a.meta().source()).isEqualTo("站点");
    }

    @Test
    void givesAnEmptyPageAReportWithWarnings() {
        Analysis a = analyze(SourceDocument.ofText(""));
        assertThat(a.body()).isEmpty();
        assertThat(a.warnings()).extracting(Warning::code).contains(Warning.Code.NO_BODY, Warning.Code.NO_TITLE);
    }

    @Test
    void refusesBinaryInput() {
        byte[] zip = "PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SourceDocument.of("a.zip", zip)).isInstanceOf(ReportException.class);
    }
}
