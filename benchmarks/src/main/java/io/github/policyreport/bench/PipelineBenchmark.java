package io.github.policyreport.bench;

import io.github.policyreport.model.Report;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whole-page throughput: detection plus the full pipeline on the five seed pages, single-threaded.
 * One operation parses the whole corpus ({@link SeedCorpus#chars()} characters).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

    private List<SourceDocument> docs;
    private ParserRegistry registry;

    /** Loads the corpus and the registry once. */
    @Setup
    public void setUp() {
        registry = ParserRegistry.defaults();
        docs = SeedCorpus.texts().stream().map(SourceDocument::ofText).toList();
    }

    /** Parses every seed page. */
    @Benchmark
    public void parseSeedCorpus(Blackhole bh) throws ReportException {
        for (SourceDocument d : docs) {
            Report r = registry.parse(d, ParseContext.defaults());
            bh.consume(r);
        }
    }
}
