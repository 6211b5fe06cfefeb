package io.github.policyreport.bench;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.NormalizedText;
import io.github.policyreport.internal.text.Normalizer;
import io.github.policyreport.internal.text.TextLayer;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.SourceDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The text layer on the seed pages: normalization alone (Traditional→Simplified, width and
 * variant folding, offset map), and the whole text layer (normalization, block classification,
 * duplicate body, metadata, regions, sections), from text and from bytes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TextLayerBenchmark}. opencc4j's one-time
 * start-up is measured by {@link OpenccStartup} (single shot, one fresh JVM per measurement).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextLayerBenchmark {

    /** The seed page. */
    @Param({"xbjs/000_5c173cae656b120b", "xa-kjj/001_5ba87032492a5695", "xixian-press/002_9709985b860889a0",
            "hz1w/003_758cc39c9fd3bc2f", "most/004_e198b29a7063dd32"})
    public String seed;

    private String text;
    private byte[] bytes;
    private SourceDocument doc;
    private final SiteHints profile = SiteHints.NONE;
    private final ParseContext context = ParseContext.defaults();

    /** Reads the seed page. */
    @Setup
    public void setUp() {
        bytes = read("/seeds/" + seed + ".txt");
        text = new String(bytes, StandardCharsets.UTF_8);
        doc = SourceDocument.ofText(seed, text);
    }

    static byte[] read(String resource) {
        try (InputStream in = TextLayerBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Normalization with its offset map. */
    @Benchmark
    public NormalizedText normalize() {
        return Normalizer.normalize(text);
    }

    /** The whole text layer: normalization, block classification, dedup, metadata, sections. */
    @Benchmark
    public Analysis analyze() {
        return TextLayer.defaults().analyze(doc, profile, context);
    }

    /** Charset detection and decoding, then the whole text layer. */
    @Benchmark
    public Analysis decodeAndAnalyze() throws ReportException {
        return TextLayer.defaults().analyze(SourceDocument.of(seed, bytes), profile, context);
    }

    /** opencc4j's one-time start-up: the first conversion in a fresh JVM (dictionaries loaded). */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public static class OpenccStartup {

        /** The first Traditional→Simplified conversion of the JVM. */
        @Benchmark
        public String firstConversion() {
            return com.github.houbb.opencc4j.util.ZhConverterUtil.toSimple("西安市舉辦“奮力譜寫西安高質量發展新篇章”系列新聞發布會");
        }

        /** The first normalization of the JVM (conversion tables, variant table, class loading). */
        @Benchmark
        public NormalizedText firstNormalization() {
            return Normalizer.normalize("西安市舉辦“奮力譜寫西安高質量發展新篇章”系列新聞發布會");
        }

        /** The same with a phrase that converts as a whole (計畫→计划): the segmenter's words are read too. */
        @Benchmark
        public NormalizedText firstNormalizationWithAPhrase() {
            return Normalizer.normalize("依照計畫，國立大學研發團隊去年新增專利120件");
        }
    }
}
