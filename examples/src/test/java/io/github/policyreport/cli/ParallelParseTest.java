package io.github.policyreport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parse -j N}: the same output, in input order, as one thread, and failures still cost one file. */
class ParallelParseTest {

    @Test
    void threeThreadsPrintWhatOneThreadPrintsInInputOrder(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>();
        for (String n : Samples.names()) {
            args.add(CliTest.sample(dir, n).toString());
        }
        args.add(2, dir.resolve("missing.txt").toString());
        CliTest.Run one = run("1", args);
        CliTest.Run three = run("3", args);
        assertThat(three.status()).isEqualTo(1);
        assertThat(three.out()).isEqualTo(one.out());
        assertThat(three.lines()).hasSize(Samples.names().size());
        assertThat(three.err().lines().toList()).containsExactly("policyreport: " + args.get(2) + ": no such file");
    }

    @Test
    void zeroThreadsIsAUsageError(@TempDir Path dir) throws IOException {
        CliTest.Run r = CliTest.run("parse", "-j", "0", CliTest.sample(dir, Samples.names().get(0)).toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--threads must be at least 1");
    }

    private static CliTest.Run run(String threads, List<String> files) {
        List<String> args = new ArrayList<>(List.of("parse", "--format", "jsonl", "-j", threads));
        args.addAll(files);
        return CliTest.run(args.toArray(String[]::new));
    }
}
