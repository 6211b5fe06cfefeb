package io.github.policyreport.bench;

import io.github.policyreport.mention.DateMention;
import io.github.policyreport.Mentions;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Date extraction and resolution ({@link Mentions#dates}) over the seed corpus: one operation reads
 * all five seed pages ({@link SeedCorpus#chars()} characters), line by line as the CLI's {@code dates} command does,
 * and once as whole pages. Run: {@code java -jar benchmarks/target/benchmarks.jar DateBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DateBenchmark {

    private static final LocalDate REFERENCE = LocalDate.of(2021, 12, 14);

    private List<String> pages;
    private List<String> lines;

    /** Loads the seed pages from the classpath. */
    @Setup
    public void load() {
        pages = SeedCorpus.texts();
        lines = new ArrayList<>();
        for (String page : pages) {
            lines.addAll(List.of(page.split("\n")));
        }
    }

    /** The whole corpus, one call per page. */
    @Benchmark
    public void pages(Blackhole bh) {
        for (String p : pages) {
            List<DateMention> found = Mentions.dates(p, REFERENCE);
            bh.consume(found);
        }
    }

    /** The whole corpus, one call per line, as the CLI's dates command reads it. */
    @Benchmark
    public void lines(Blackhole bh) {
        for (String l : lines) {
            bh.consume(Mentions.dates(l, REFERENCE));
        }
    }
}
