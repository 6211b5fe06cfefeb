package io.github.policyreport.bench;

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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Quantity extraction throughput: the quantity engine ({@link Mentions#quantities(String)}: fold,
 * extract, resolve) over the five seed pages, single-threaded. One operation reads the whole corpus
 * ({@link SeedCorpus#chars()} characters), so characters per second = score × chars; the setup
 * prints the corpus size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuantityBenchmark {

    private List<String> texts;

    /** Loads the corpus once. */
    @Setup
    public void setUp() {
        texts = SeedCorpus.texts();
        System.out.println("corpus chars: " + SeedCorpus.chars());
    }

    /** Finds and resolves every quantity of every seed page. */
    @Benchmark
    public void findQuantitiesInSeedCorpus(Blackhole bh) {
        for (String t : texts) {
            bh.consume(Mentions.quantities(t));
        }
    }
}
