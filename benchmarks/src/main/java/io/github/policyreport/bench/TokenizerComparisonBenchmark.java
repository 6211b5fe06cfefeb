package io.github.policyreport.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ParserRegistry;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole pipeline against HanLP's portable segmenter (tokenizing only, with number-quantifier
 * recognition, one call per document) on the same decoded documents, single-threaded. One operation
 * is one pass over the corpus, so the ratio of the two scores is the speed-up. Both still speed up
 * after 9 s of warm-up on a mixed corpus (HanLP more than the pipeline), hence 25 s.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TokenizerComparison -p corpus=seeds
 * java -jar benchmarks/target/benchmarks.jar TokenizerComparison -p corpus=/data/reports:*.txt
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class TokenizerComparisonBenchmark {

    /** {@code seeds}, or {@code DIR[:GLOB]}: see {@link Corpus}. */
    @Param({"seeds"})
    public String corpus;

    private List<SourceDocument> docs;
    private ParserRegistry registry;
    private Segment segment;

    /** Loads the corpus, the registry and the segmenter, and runs each once. */
    @Setup
    public void setUp() throws ReportException {
        docs = Corpus.load(corpus);
        registry = ParserRegistry.defaults();
        segment = HanLP.newSegment().enableNumberQuantifierRecognize(true);
        for (SourceDocument d : docs) {
            registry.parse(d, ParseContext.defaults());
            segment.seg(d.text());
        }
    }

    /** Detection plus the whole pipeline on every page. */
    @Benchmark
    public void policyreport(Blackhole bh) throws ReportException {
        for (SourceDocument d : docs) {
            bh.consume(registry.parse(d, ParseContext.defaults()));
        }
    }

    /** HanLP's segmenter on the same decoded text of every page. */
    @Benchmark
    public void hanlpSegment(Blackhole bh) {
        for (SourceDocument d : docs) {
            bh.consume(segment.seg(d.text()));
        }
    }
}
