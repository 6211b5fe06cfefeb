package io.github.policyreport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {

    @Test
    void printsAPositiveCharactersPerSecondOnTwoThreads(@TempDir Path dir) throws IOException {
        Path a = CliTest.sample(dir, Samples.names().get(0));
        Path b = CliTest.sample(dir, Samples.names().get(1));
        CliTest.Run r = CliTest.run("bench", "--warmup", "1", "--seconds", "1", "--threads", "2",
                a.toString(), b.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("files=2 ").contains("threads=2 ").contains("warmup=1 ");
        Matcher m = Pattern.compile("(?m)^chars_per_second=(\\d+)$").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isPositive();
    }

    @Test
    void zeroThreadsIsAUsageError(@TempDir Path dir) throws IOException {
        Path a = CliTest.sample(dir, Samples.names().get(0));
        CliTest.Run r = CliTest.run("bench", "--threads", "0", a.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("at least 1");
    }

    @Test
    void measuresWithoutAWarmUpWhenToldZero(@TempDir Path dir) throws IOException {
        Path a = CliTest.sample(dir, Samples.names().get(0));
        CliTest.Run r = CliTest.run("bench", "--warmup", "0", "--seconds", "1", a.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("warmup=0 ").containsPattern("(?m)^chars_per_second=[1-9]\\d*$");
    }

    @Test
    void aNegativeWarmUpIsAUsageError(@TempDir Path dir) throws IOException {
        Path a = CliTest.sample(dir, Samples.names().get(0));
        CliTest.Run r = CliTest.run("bench", "--warmup", "-1", a.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--warmup");
    }

    @Test
    void aMissingFileFailsWithItsName() {
        CliTest.Run r = CliTest.run("bench", "--warmup", "0", "--seconds", "1", "no-such-page.txt");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("no-such-page.txt");
    }
}
