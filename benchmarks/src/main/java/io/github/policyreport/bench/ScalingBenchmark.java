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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Collections;
import java.util.concurrent.TimeUnit;

/**
 * Linear cost: one long report (the longest sample page, or the first page of {@code corpus})
 * repeated 1, 4, 16 and 64 times as a single document. Time per operation divided by
 * {@code copies} should stay flat; the score is microseconds per copy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScalingBenchmark {

    /** How many copies of the report make the document. */
    @Param({"1", "4", "16", "64"})
    public int copies;

    /** {@code seeds}, or {@code DIR[:GLOB]}: see {@link Corpus}; the longest page is repeated. */
    @Param({"seeds"})
    public String corpus;

    private SourceDocument doc;
    private ParserRegistry registry;

    /** Builds the repeated document. */
    @Setup
    public void setUp() {
        String longest = Corpus.load(corpus).stream().map(SourceDocument::text)
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        doc = SourceDocument.ofText(String.join("\n", Collections.nCopies(copies, longest)));
        registry = ParserRegistry.defaults();
    }

    /** Parses the repeated document; the score divided by {@code copies} is the cost of one copy. */
    @Benchmark
    public Report parse() throws ReportException {
        return registry.parse(doc, ParseContext.defaults());
    }
}
