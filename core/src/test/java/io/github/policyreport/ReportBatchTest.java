package io.github.policyreport;

import io.github.policyreport.model.Report;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportBatchTest {

    private static String page(int i) {
        return "第" + i + "号简报\n2023年，全市新增高新技术企业" + (100 + i) + "家，技术合同成交额" + i + "亿元。\n";
    }

    @Test
    void handsResultsOverInInputOrderWhateverFinishesFirst() {
        List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        ReportBatch.withThreads(3).run(inputs, i -> {
            if (i % 3 == 0) {
                sleepQuietly(5); // the early ones finish last
            }
            return SourceDocument.ofText("p" + i, page(i));
        }, r -> seen.add(r.input()));
        assertThat(seen).isEqualTo(inputs);
    }

    @Test
    void givesTheSameReportsAsParsingOneByOne() throws ReportException {
        List<Integer> inputs = IntStream.range(0, 12).boxed().toList();
        List<Report> batch = new ArrayList<>();
        ReportBatch.withThreads(4).run(inputs, i -> SourceDocument.ofText(page(i)),
                r -> batch.add(((ReportBatch.Parsed<Integer>) r).report()));
        for (int i : inputs) {
            assertThat(batch.get(i)).isEqualTo(Reports.parse(SourceDocument.ofText(page(i)), ParseContext.defaults()));
        }
    }

    @Test
    void aFailingInputCostsOnlyItself() {
        List<Integer> inputs = IntStream.range(0, 9).boxed().toList();
        List<ReportBatch.Result<Integer>> results = new ArrayList<>();
        ReportBatch.withThreads(2).run(inputs, i -> {
            if (i == 4) {
                throw new IOException("unreadable " + i);
            }
            if (i == 6) {
                throw new OutOfMemoryError("simulated");
            }
            return SourceDocument.ofText(page(i));
        }, results::add);
        assertThat(results).hasSize(9);
        assertThat(results.get(4)).isInstanceOfSatisfying(ReportBatch.Failed.class,
                f -> assertThat(f.error()).hasMessage("unreadable 4"));
        assertThat(results.get(6)).isInstanceOfSatisfying(ReportBatch.Failed.class,
                f -> assertThat(f.error()).isInstanceOf(OutOfMemoryError.class));
        assertThat(results).filteredOn(r -> r instanceof ReportBatch.Parsed).hasSize(7);
    }

    @Test
    void keepsAtMostTwoInputsPerThreadInFlight() {
        AtomicInteger loadedNotDelivered = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ReportBatch.withThreads(2).run(IntStream.range(0, 50).boxed().toList(), i -> {
            most.accumulateAndGet(loadedNotDelivered.incrementAndGet(), Math::max);
            return SourceDocument.ofText(page(i));
        }, r -> {
            sleepQuietly(1); // a slow consumer must not let the workers run ahead
            loadedNotDelivered.decrementAndGet();
        });
        assertThat(most.get()).isBetween(1, 4);
    }

    @Test
    void readsFilesAndReportsAMissingOneAsAFailure(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), page(1), StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.txt");
        Path b = Files.writeString(dir.resolve("b.txt"), page(2), StandardCharsets.UTF_8);
        List<ReportBatch.Result<Path>> results = new ArrayList<>();
        ReportBatch.withThreads(2).parseFiles(List.of(a, missing, b), results::add);
        assertThat(results).extracting(ReportBatch.Result::input).containsExactly(a, missing, b);
        assertThat(results.get(0)).isInstanceOf(ReportBatch.Parsed.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(ReportBatch.Failed.class,
                f -> assertThat(f.error()).isInstanceOf(IOException.class));
        assertThat(results.get(2)).isInstanceOf(ReportBatch.Parsed.class);
    }

    @Test
    void aForcedParserReadsEveryInputAndAnUnknownOneIsRefusedAtOnce() {
        List<String> ids = new ArrayList<>();
        ReportBatch.withThreads(2).parser("generic").run(List.of(1, 2, 3), i -> SourceDocument.ofText(page(i)),
                r -> ids.add(((ReportBatch.Parsed<Integer>) r).report().parserId()));
        assertThat(ids).containsOnly("generic").hasSize(3);
        assertThatThrownBy(() -> ReportBatch.withThreads(1).parser("no-such-parser"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("generic");
    }

    @Test
    void refusesFewerThanOneThread() {
        assertThatThrownBy(() -> ReportBatch.withThreads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
