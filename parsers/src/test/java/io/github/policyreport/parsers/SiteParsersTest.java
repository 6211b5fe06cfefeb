package io.github.policyreport.parsers;

import io.github.policyreport.model.Report;
import io.github.policyreport.model.Span;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ParserRegistry;
import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.ReportParser;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SiteParsersTest {

    @Test
    void serviceLoaderFindsEverySiteParserAndTheGenericOne() {
        List<String> ids = new ArrayList<>();
        ServiceLoader.load(ReportParser.class).forEach(p -> ids.add(p.id()));
        assertThat(ids).containsExactlyInAnyOrder("generic", "hz1w", "most", "xa-kjj", "xbjs", "xixian-press");
        assertThat(ParserRegistry.defaults().parsers()).hasSize(6);
    }

    @Test
    void aDeclaredHostBeatsTemplateMarkers() {
        SourceDocument doc = SourceDocument.ofText("https://www.most.gov.cn/dfkj/sx/zxdt/page.html", "汉中第一网\n正文");
        assertThat(ParserRegistry.defaults().select(doc).parser().id()).isEqualTo("most");
    }

    static Stream<Span> spans(Report r) {
        return Stream.of(r.sections().stream().map(s -> s.span()),
                r.indicators().stream().flatMap(i -> Stream.of(i.evidence().span(), i.evidence().sentence())),
                r.targets().stream().flatMap(t -> Stream.of(t.evidence().span(), t.evidence().sentence())),
                r.timeline().stream().flatMap(e -> Stream.of(e.evidence().span(), e.evidence().sentence())))
                .flatMap(s -> s);
    }

    /**
     * Pages of other sites, written for this test, carrying furniture that many government CMSs
     * share (扫一扫在手机打开当前页, 打印本页, 来源:科技部 in a reprint): no site parser claims them.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "某市人民政府\n首页 > 政务公开 > 工作动态\n全市召开科技创新大会\n日期:2024-03-01 来源:某市科技局\n"
                    + "会议部署了今年科技创新重点任务，全市高新技术企业要达到800家。\n扫一扫在手机打开当前页\n打印本页 关闭窗口",
            "某县融媒体中心\n科技特派员服务乡村振兴\n发布时间:2024-05-06\n扫一扫在手机打开当前页\n"
                    + "今年以来，全县选派科技特派员120名，服务农户3000余户。",
            "某省科学技术厅\n国家重点研发计划项目申报启动\n来源:科技部\n2024-02-01\n"
                    + "日前，国家重点研发计划重点专项项目申报工作启动，各单位可登录系统申报。\n打印本页"})
    void noSiteParserClaimsAnotherSitesPageOnSharedCmsPhrases(String text) {
        SourceDocument doc = SourceDocument.ofText("page.html", text.replace("\\n", "\n"));
        assertThat(ParserRegistry.defaults().select(doc).parser().id()).isEqualTo("generic");
    }
}
