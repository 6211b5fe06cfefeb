package io.github.policyreport;

import io.github.policyreport.model.Report;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ParserRegistry;
import io.github.policyreport.spi.SourceDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Parses many inputs on several threads, handing each result to the caller in input order.
 *
 * <p>At most {@code 2 × threads} inputs are loaded or parsed at any moment, so a batch of a million
 * files never holds more than a handful in memory. A failure costs its own input only: it is handed
 * over as a {@link Failed} result and the batch goes on. The sink runs on the calling thread, one
 * result at a time.
 *
 * <pre>{@code
 * ReportBatch.withThreads(4).parseFiles(paths, result -> {
 *     if (result instanceof ReportBatch.Parsed<Path> p) store(p.input(), p.report());
 *     else log(result);
 * });
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each call of {@link #run} uses its own threads.
 */
public final class ReportBatch {

    /** Loads one input as a document; runs on a worker thread. */
    @FunctionalInterface
    public interface Loader<T> {
        /** The document for this input. */
        SourceDocument load(T input) throws IOException;
    }

    /** The outcome for one input. */
    public sealed interface Result<T> permits Parsed, Failed {
        /** The input as the caller gave it. */
        T input();
    }

    /** A report was made. */
    public record Parsed<T>(T input, Report report) implements Result<T> {
        /** Validates non-null parts. */
        public Parsed {
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * No report was made: the input could not be read or parsed ({@link IOException}, including
     * {@link io.github.policyreport.spi.ReportException}), or parsing it ran out of memory or stack.
     */
    public record Failed<T>(T input, Throwable error) implements Result<T> {
        /** Validates non-null parts. */
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    private final int threads;
    private final ParserRegistry registry;
    private final ParseContext context;
    private final String parserId;

    private ReportBatch(int threads, ParserRegistry registry, ParseContext context, String parserId) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.registry = Objects.requireNonNull(registry, "registry");
        this.context = Objects.requireNonNull(context, "context");
        if (parserId != null) {
            registry.get(parserId); // fail fast, naming the known ids
        }
        this.parserId = parserId;
    }

    /** A batch on this many threads with the default registry and options. */
    public static ReportBatch withThreads(int threads) {
        return new ReportBatch(threads, ParserRegistry.defaults(), ParseContext.defaults(), null);
    }

    /** The same batch with these parse options. */
    public ReportBatch context(ParseContext newContext) {
        return new ReportBatch(threads, registry, newContext, parserId);
    }

    /** The same batch choosing parsers from this registry. */
    public ReportBatch registry(ParserRegistry newRegistry) {
        return new ReportBatch(threads, newRegistry, context, parserId);
    }

    /**
     * The same batch with every input parsed by the parser with this id instead of the detected
     * one; {@code null} goes back to detection.
     *
     * @throws IllegalArgumentException naming the known ids, if no parser has this id
     */
    public ReportBatch parser(String id) {
        return new ReportBatch(threads, registry, context, id);
    }

    /** The number of worker threads. */
    public int threads() {
        return threads;
    }

    /** Reads and parses these files, as {@link Reports#parse(Path)} does for one. */
    public void parseFiles(Iterable<Path> files, Consumer<? super Result<Path>> sink) {
        run(files, SourceDocument::read, sink);
    }

    /**
     * Loads and parses every input, handing the results to {@code sink} in input order.
     * Returns when every input has been handed over.
     */
    public <T> void run(Iterable<T> inputs, Loader<? super T> loader, Consumer<? super Result<T>> sink) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(sink, "sink");
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Future<Result<T>>> inFlight = new ArrayDeque<>();
            Iterator<T> it = inputs.iterator();
            while (it.hasNext() || !inFlight.isEmpty()) {
                while (it.hasNext() && inFlight.size() < 2 * threads) {
                    T input = it.next();
                    inFlight.add(pool.submit(() -> parseOne(input, loader)));
                }
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> Result<T> parseOne(T input, Loader<? super T> loader) {
        try {
            SourceDocument doc = loader.load(input);
            return new Parsed<>(input, parserId == null ? registry.parse(doc, context)
                    : registry.parse(doc, context, parserId));
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return new Failed<>(input, e);
        }
    }

    private static <T> Result<T> await(Future<Result<T>> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | CancellationException e) {
                    // parseOne catches what parsing throws; anything else is a bug worth surfacing
                    throw new IllegalStateException("batch worker failed", e.getCause() == null ? e : e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "policyreport-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
