package io.github.policyreport.cli;

import io.github.policyreport.Reports;
import io.github.policyreport.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line on the kind of batch a crawler brings home, in a JVM with a 256 MB heap:
 * every readable page gives a report, every refused input one line on standard error, no stack
 * trace, and the batch always goes on. The big inputs are made here, never committed; they are
 * smaller than in the in-process hostile tests (RobustnessTest and the stages' hostile tests check
 * each input's own bounds), so this test stays about the process, its heap and the batch.
 */
class HostileBatchTest {

    private static final String PAGE = "某区科技局2023年工作总结\n发布时间:2024-01-10\n"
            + "2023年,全区高新技术企业达到1200家,同比增长15.2%。技术合同成交额突破50亿元。\n"
            + "今年3月召开科技创新大会,力争到2025年研发投入强度达到3%以上。\n";

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aHostileBatchGivesAReportPerReadablePageAndOneLinePerRefusedInput(@TempDir Path dir) throws Exception {
        List<String> readable = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("parse", "--format", "jsonl"));
        readable.add(write(dir, "good1.txt", PAGE.getBytes(StandardCharsets.UTF_8)));
        readable.add(write(dir, "empty.txt", new byte[0]));
        byte[] noise = new byte[100_000];
        new Random(11).nextBytes(noise);
        refused.add(write(dir, "random.bin", noise));
        readable.add(write(dir, "digits.txt", ascii("7".repeat(250_000))));
        readable.add(write(dir, "yi.txt", utf8("亿".repeat(75_000))));
        readable.add(write(dir, "divs.html", utf8("<html><body>" + "<div>".repeat(60_000) + "<p>全区新增企业120家。</p></body></html>")));
        readable.add(write(dir, "gbk.txt", PAGE.getBytes(Charset.forName("GBK"))));
        refused.add(dir.resolve("missing.txt").toString());
        StringBuilder figures = new StringBuilder("全区");
        for (int i = 0; i < 21_000; i++) { // just over maxItems (20,000)
            figures.append("企业").append(i % 97 + 3).append("家,");
        }
        readable.add(write(dir, "figures.txt", utf8(figures.append('。').toString())));
        readable.add(write(dir, "adjacent.txt", utf8("9元".repeat(5_000))));
        readable.add(write(dir, "jinnian.txt", utf8("今年".repeat(25_000))));
        Path fifo = dir.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        refused.add(fifo.toString());
        refused.add("/dev/zero");
        readable.add(write(dir, "good2.txt", PAGE.replace("1200", "1350").getBytes(StandardCharsets.UTF_8)));
        // the order of the batch: good pages around everything else
        List<String> order = List.of(readable.get(0), readable.get(1), refused.get(0), readable.get(2), readable.get(3),
                readable.get(4), readable.get(5), refused.get(1), readable.get(6), readable.get(7), readable.get(8),
                refused.get(2), refused.get(3), readable.get(9));
        args.addAll(order);

        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classPath(), Main.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor()).isEqualTo(1);

        List<String> files = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode o = Json.COMPACT.readTree(line);
                files.add(o.get("file").asString());
                assertThat(o.get("indicators").size()).isLessThanOrEqualTo(20_000);
            }
        }
        assertThat(files).containsExactlyElementsOf(readable);
        List<String> errLines = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertThat(errLines).hasSize(refused.size());
        for (int i = 0; i < refused.size(); i++) {
            assertThat(errLines.get(i)).startsWith("policyreport: " + refused.get(i) + ": ");
        }
        assertThat(String.join("\n", errLines)).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void jsonOutputIsTheSameOnEightThreads() throws Exception {
        List<String> names = Samples.names();
        List<byte[]> pages = new ArrayList<>();
        for (String n : names) {
            try (InputStream in = Samples.open(n)) {
                pages.add(in.readAllBytes());
            }
        }
        List<String> expected = json(names, pages);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> json(names, pages)));
            }
            for (Future<List<String>> f : runs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(String.join("\n", expected)).contains("\"deadline\":");
    }

    private static List<String> json(List<String> names, List<byte[]> pages) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Report r = Reports.parse(pages.get(i));
            out.add(Json.COMPACT.writeValueAsString(ReportJson.of(names.get(i), r, false)));
        }
        return out;
    }

    /** The test class path: surefire's own property, else the JVM's. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }

    private static String write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
