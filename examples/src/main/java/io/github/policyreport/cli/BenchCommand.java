package io.github.policyreport.cli;

import io.github.policyreport.ReportBatch;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code policyreport bench}: whole-pipeline throughput on the given pages, in characters of source
 * text per second (for HTML, the text read from the markup). A quick check on a user's own documents; the JMH benchmarks in the benchmark
 * module are the reference measurement.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Parse the files repeatedly (after a warm-up) and print chars_per_second.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "N",
            description = "How long to measure (default ${DEFAULT-VALUE}).")
    int seconds;

    // the JIT keeps recompiling for about 20 s on a mixed corpus; measuring earlier counts its work
    // (on a core the parse threads need) against the pipeline
    @Option(names = "--warmup", defaultValue = "20", paramLabel = "N",
            description = "Seconds of parsing before measuring, so the JIT has settled (default ${DEFAULT-VALUE}; 0: none).")
    int warmup;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Worker threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pages to parse.")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || threads < 1) {
            throw new ParameterException(spec.commandLine(), "--seconds and --threads must be at least 1");
        }
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup must be at least 0");
        }
        List<SourceDocument> docs = new ArrayList<>();
        long chars = 0;
        for (String file : files) {
            SourceDocument doc = Inputs.read(file, main.in, ParseContext.DEFAULT_MAX_BYTES);
            docs.add(doc);
            chars += doc.text().length();
        }
        ReportBatch batch = ReportBatch.withThreads(threads).registry(main.registry)
                .context(ParseContext.defaults());
        if (warmup > 0) {
            run(batch, docs, warmup);
        }
        long[] measured = run(batch, docs, seconds);
        double perSecond = chars * (double) measured[0] / (measured[1] / 1e9);
        main.out.printf(Locale.ROOT, "files=%d chars=%d threads=%d warmup=%d passes=%d seconds=%.2f%n",
                docs.size(), chars, threads, warmup, measured[0], measured[1] / 1e9);
        main.out.printf(Locale.ROOT, "chars_per_second=%d%n", Math.round(perSecond));
        main.out.flush();
        return 0;
    }

    /** Whole passes over the documents until the time is up: {passes, elapsed nanoseconds}. */
    private static long[] run(ReportBatch batch, List<SourceDocument> docs, int seconds) {
        // one pass holds enough copies of the corpus to keep every thread busy
        List<SourceDocument> pass = new ArrayList<>(Collections.nCopies(batch.threads(), docs).stream()
                .flatMap(List::stream).toList());
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        long copies = 0;
        long[] failures = {0};
        do {
            batch.run(pass, d -> d, r -> {
                if (r instanceof ReportBatch.Failed<SourceDocument>) {
                    failures[0]++;
                }
            });
            copies += batch.threads();
        } while (System.nanoTime() < deadline);
        if (failures[0] > 0) {
            throw new IllegalStateException(failures[0] + " parses failed during the benchmark");
        }
        return new long[] {copies, System.nanoTime() - start};
    }
}
