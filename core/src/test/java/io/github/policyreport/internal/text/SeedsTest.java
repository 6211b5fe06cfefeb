package io.github.policyreport.internal.text;

import io.github.policyreport.model.Author;
import io.github.policyreport.model.Script;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeedsTest {

    static List<Seeds> seeds() {
        return Seeds.all();
    }

    private static List<String> bodyLines(Analysis a) {
        return a.body().stream().map(p -> a.span(p.start(), p.end()).text().strip()).toList();
    }

    /** Share of the expected body lines kept, and of the kept lines expected: a floor, not every line. */
    static final double BODY_FLOOR = 0.9;

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void keepsTheArticleLinesAndLittleBoilerplate(Seeds seed) {
        Analysis a = seed.analyze(SourceDocument.ofText(seed.name(), seed.text()));
        List<String> got = bodyLines(a);
        long kept = seed.body().stream().filter(got::contains).count();
        long expected = got.stream().filter(seed.body()::contains).count();
        assertThat((double) kept / seed.body().size()).as("body recall %s", got).isGreaterThanOrEqualTo(BODY_FLOOR);
        assertThat((double) expected / got.size()).as("body precision %s", got).isGreaterThanOrEqualTo(BODY_FLOOR);
        SpanAssert.assertSpans(a);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void readsTheGoldMetadata(Seeds seed) {
        Meta m = seed.analyze(SourceDocument.ofText(seed.name(), seed.text())).meta();
        Seeds.Gold g = seed.gold();
        assertThat(m.title()).isEqualTo(g.title());
        assertThat(m.published() == null ? null : m.published().toString()).isEqualTo(g.published());
        assertThat(m.source()).isEqualTo(g.source());
        assertThat(m.authors().stream().map(Author::name).toList()).containsExactlyElementsOf(g.authors());
        assertThat(m.regions()).containsAll(g.regions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void recordsTheScriptOfThePage(Seeds seed) {
        Meta m = seed.analyze(SourceDocument.ofText(seed.name(), seed.text())).meta();
        boolean traditional = !Normalizer.normalize(seed.gold().title()).text().equals(seed.gold().title());
        assertThat(m.script()).isEqualTo(traditional ? Script.TRADITIONAL : Script.SIMPLIFIED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void givesTheSameReportForTheSeedWrappedAsHtml(Seeds seed) {
        Analysis text = seed.analyze(SourceDocument.ofText(seed.name(), seed.text()));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        for (String line : seed.text().split("\n")) {
            html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        html.append("</body></html>");
        Analysis fromHtml = seed.analyze(SourceDocument.ofHtml(seed.name(), html.toString()));
        assertThat(bodyLines(fromHtml)).isEqualTo(bodyLines(text));
        assertThat(fromHtml.meta()).isEqualTo(text.meta());
        SpanAssert.assertSpans(fromHtml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void givesTheSameReportForAGbkCopy(Seeds seed) throws Exception {
        Charset gbk = Charset.forName("GBK");
        // the twins hold the same characters: those of the page that GBK can encode (not • or NBSP)
        String text = new String(seed.text().getBytes(gbk), gbk);
        Analysis utf8 = seed.analyze(SourceDocument.of(seed.name(), text.getBytes(StandardCharsets.UTF_8)));
        byte[] gbkBytes = text.getBytes(gbk);
        SourceDocument doc = SourceDocument.of(seed.name(), gbkBytes);
        assertThat(doc.charset().name()).isEqualTo("GB18030");
        Analysis fromGbk = seed.analyze(doc);
        assertThat(fromGbk.source()).isEqualTo(utf8.source());
        assertThat(bodyLines(fromGbk)).isEqualTo(bodyLines(utf8));
        assertThat(fromGbk.meta()).isEqualTo(utf8.meta());
        assertThat(fromGbk.sections()).isEqualTo(utf8.sections());
    }

    @org.junit.jupiter.api.Test
    void givesTheSameReportForABig5CopyOfTheTraditionalSeed() throws Exception {
        Seeds seed = Seeds.all().stream().filter(s -> s.name().startsWith("002")).findFirst().orElseThrow();
        Charset big5 = Charset.forName("Big5");
        String text = new String(seed.text().getBytes(big5), big5); // what Big5 can hold of the page
        Analysis utf8 = seed.analyze(SourceDocument.of(seed.name(), text.getBytes(StandardCharsets.UTF_8)));
        SourceDocument doc = SourceDocument.of(seed.name(), text.getBytes(big5));
        assertThat(doc.charset().name()).isEqualTo("Big5");
        Analysis fromBig5 = seed.analyze(doc);
        assertThat(fromBig5.source()).isEqualTo(utf8.source());
        assertThat(bodyLines(fromBig5)).isEqualTo(bodyLines(utf8));
        assertThat(fromBig5.meta()).isEqualTo(utf8.meta());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void givesTheSameReportForACopyWithWindowsLineEndsAndControlCharacters(Seeds seed) throws Exception {
        Analysis lf = seed.analyze(SourceDocument.ofText(seed.name(), seed.text()));
        String crlf = seed.text().replace("\n", "\r\n").replace("\r\n\r\n", "\r\n\u0007\r\n");
        Analysis fromCrlf = seed.analyze(SourceDocument.of(seed.name(), crlf.getBytes(StandardCharsets.UTF_8)));
        assertThat(bodyLines(fromCrlf)).isEqualTo(bodyLines(lf));
        assertThat(fromCrlf.meta()).isEqualTo(lf.meta());
        SpanAssert.assertSpans(fromCrlf);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void givesTheSameReportWhenAnalysedConcurrently(Seeds seed) throws Exception {
        SourceDocument doc = SourceDocument.ofText(seed.name(), seed.text());
        Analysis first = seed.analyze(doc);
        java.util.List<java.util.concurrent.Future<Analysis>> runs = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> seed.analyze(doc)));
            }
            for (var r : runs) {
                assertThat(r.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void warnsAboutADuplicatedBodyOnlyWhenThePageHasOne(Seeds seed) {
        Analysis a = seed.analyze(SourceDocument.ofText(seed.name(), seed.text()));
        long distinct = seed.body().stream().distinct().count();
        long pageCopies = seed.text().lines().map(String::strip).filter(l -> l.equals(seed.body().get(seed.body().size() - 1)))
                .count();
        assertThat(distinct).isEqualTo(seed.body().size());
        assertThat(a.warnings().stream().anyMatch(w -> w.code() == Warning.Code.DUPLICATE_BODY)).isEqualTo(pageCopies > 1);
    }
}
