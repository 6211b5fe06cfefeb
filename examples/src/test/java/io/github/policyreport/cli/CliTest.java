package io.github.policyreport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(new byte[0], args);
    }

    static Path sample(Path dir, String name) throws IOException {
        Path p = dir.resolve(Samples.fileName(name));
        try (InputStream in = Samples.open(name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    void parseJsonlPrintsOneObjectPerFileWithEveryContractField(@TempDir Path dir) throws IOException {
        List<String> names = Samples.names();
        List<String> args = new ArrayList<>(List.of("parse", "--format", "jsonl", "--with-text"));
        for (String n : names) {
            args.add(sample(dir, n).toString());
        }
        Run r = run(args.toArray(String[]::new));
        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(names.size());
        for (String line : r.lines()) {
            JsonNode o = Json.COMPACT.readTree(line);
            assertThat(fields(o)).containsExactly("file", "parser", "title", "published", "source", "authors",
                    "editors", "regions", "referenceYear", "script", "body", "sections", "indicators", "targets", "timeline",
                    "warnings", "sourceText");
            String text = o.get("sourceText").asString();
            for (String list : List.of("indicators", "targets")) {
                for (JsonNode i : o.get(list)) {
                    assertThat(fields(i)).contains("subject", "value", "unit", "qualifier", "text", "start", "end",
                            "sentence");
                    if (list.equals("targets")) {
                        assertThat(fields(i)).contains("deadline", "modality");
                    }
                    assertThat(text.substring(i.get("start").asInt(), i.get("end").asInt()))
                            .isEqualTo(i.get("text").asString());
                }
            }
            for (JsonNode e : o.get("timeline")) {
                assertThat(fields(e)).containsExactly("date", "description", "text", "start", "end");
                assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asString());
            }
        }
    }

    @Test
    void sourceTextIsOnlyPrintedWhenAsked(@TempDir Path dir) throws IOException {
        Path p = sample(dir, Samples.names().get(0));
        Run r = run("parse", p.toString());
        assertThat(fields(Json.COMPACT.readTree(r.out()))).doesNotContain("sourceText");
    }

    @Test
    void aMissingFileInTheMiddleOfABatchIsReportedAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Path a = sample(dir, Samples.names().get(0));
        Path b = sample(dir, Samples.names().get(1));
        String missing = dir.resolve("missing.txt").toString();
        Run r = run("parse", a.toString(), missing, b.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines()).hasSize(2);
        assertThat(r.err()).isEqualTo("policyreport: " + missing + ": no such file" + System.lineSeparator());
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void binaryInputIsAFailureWithAReason(@TempDir Path dir) throws IOException {
        Path bin = dir.resolve("image.png");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0});
        Run r = run("parse", bin.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("policyreport: " + bin + ": ").contains("binary");
    }

    @Test
    void debugPrintsTheStackTrace(@TempDir Path dir) {
        Run r = run("parse", "--debug", dir.resolve("none.txt").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("NoSuchFileException");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("parse").status()).isEqualTo(2);
        assertThat(run("parse", "--format", "xml", "x.txt").status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
        Run unknown = run("parse", "--parser", "nope", "x.txt");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown parser 'nope'").contains("generic");
        Run year0 = run("parse", "--reference-date", "0000-01-01", "x.txt");
        assertThat(year0.status()).isEqualTo(2);
        assertThat(year0.err()).contains("outside the years 1-9999").doesNotContain("\tat ");
        assertThat(run("parse", "--max-items", "0", "x.txt").status()).isEqualTo(2);
        assertThat(run("dates", "--reference-date", "0000-12-31", "--text", "去年").status()).isEqualTo(2);
        Run line = run("{\"text\":\"去年\",\"referenceDate\":\"0000-01-01\"}\n".getBytes(StandardCharsets.UTF_8), "dates");
        assertThat(line.status()).isEqualTo(1);
        assertThat(line.out().strip()).isEqualTo("[]");
    }

    @Test
    void jsonFormatStaysOneArrayWhenAFileInTheMiddleFails(@TempDir Path dir) throws IOException {
        Path a = sample(dir, Samples.names().get(0));
        Path b = sample(dir, Samples.names().get(1));
        Run r = run("parse", "--format", "json", a.toString(), dir.resolve("missing.txt").toString(), b.toString());
        assertThat(r.status()).isEqualTo(1);
        JsonNode arr = Json.COMPACT.readTree(r.out());
        assertThat(arr.size()).isEqualTo(2);
        assertThat(arr.get(1).get("file").asString()).isEqualTo(b.toString());
        assertThat(Json.COMPACT.readTree(run("parse", "--format", "json", dir.resolve("none").toString()).out()).size())
                .isZero();
    }

    @Test
    void tooLargeInputsAreRefusedByTheByteLimit(@TempDir Path dir) throws IOException {
        Path a = sample(dir, Samples.names().get(0));
        Run r = run("parse", "--max-bytes", "100", a.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("larger than the limit of 100 bytes");
    }

    @Test
    void dashReadsStandardInput() throws IOException {
        byte[] page;
        try (InputStream in = Samples.open(Samples.names().get(3))) {
            page = in.readAllBytes();
        }
        Run r = run(page, "parse", "-");
        assertThat(r.status()).isZero();
        assertThat(Json.COMPACT.readTree(r.out()).get("file").asString()).isEqualTo("-");
    }

    @Test
    void forcedParserIsUsed(@TempDir Path dir) throws IOException {
        Path p = sample(dir, Samples.names().get(0));
        Run r = run("parse", "--parser", "generic", p.toString());
        assertThat(Json.COMPACT.readTree(r.out()).get("parser").asString()).isEqualTo("generic");
    }

    @Test
    void jsonFormatIsOneArray(@TempDir Path dir) throws IOException {
        Path a = sample(dir, Samples.names().get(0));
        Path b = sample(dir, Samples.names().get(1));
        JsonNode arr = Json.COMPACT.readTree(run("parse", "--format", "json", a.toString(), b.toString()).out());
        assertThat(arr.isArray()).isTrue();
        assertThat(arr.size()).isEqualTo(2);
    }

    @Test
    void textFormatIsReadable(@TempDir Path dir) throws IOException {
        Path p = sample(dir, Samples.names().get(2));
        Run r = run("parse", "--format", "text", p.toString());
        assertThat(r.out()).contains("== " + p).contains("indicators (").contains("timeline (");
    }

    @Test
    void parsersListsOnePerLine() {
        Run r = run("parsers");
        assertThat(r.lines()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(r.lines()).allSatisfy(l -> assertThat(l).matches("[a-z0-9-]+\\t.+"));
    }

    @Test
    void detectPrintsTheChosenParserForEachFile(@TempDir Path dir) throws IOException {
        Path p = sample(dir, Samples.names().get(4));
        Run r = run("detect", p.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith(p + "\tmost\t0.");
    }

    @Test
    void noArgumentsSummarizesTheBundledSamples() throws IOException {
        Run r = run();
        assertThat(r.status()).isZero();
        for (String n : Samples.names()) {
            assertThat(r.out()).contains(Samples.fileName(n));
        }
        assertThat(r.out()).contains("indicators (").contains("targets (").contains("timeline (");
    }

    @Test
    void quantitiesAndDatesPrintOneArrayPerLine() {
        byte[] in = "第一行\n{\"text\": \"第二行\", \"referenceDate\": \"2021-12-14\"}\n".getBytes(StandardCharsets.UTF_8);
        Run q = run(in, "quantities");
        assertThat(q.status()).isZero();
        assertThat(q.lines()).hasSize(2).allSatisfy(l -> assertThat(Json.COMPACT.readTree(l).isArray()).isTrue());
        Run d = run(in, "dates", "--reference-date", "2022-01-01");
        assertThat(d.status()).isZero();
        assertThat(d.lines()).hasSize(2).allSatisfy(l -> assertThat(Json.COMPACT.readTree(l).isArray()).isTrue());
    }

    /** The quantity probe prints a magnitude, a span over the sign and {@code negative} only for a signed number. */
    @Test
    void quantitiesMarkASignedNumberNegative() {
        Run q = run("quantities", "--text", "出口增速为-3.5%,进口增长2.1%");
        assertThat(q.status()).isZero();
        JsonNode found = Json.COMPACT.readTree(q.lines().get(0));
        assertThat(found.get(0).get("text").asString()).isEqualTo("-3.5%");
        assertThat(found.get(0).get("value").asDouble()).isEqualTo(3.5);
        assertThat(found.get(0).get("negative").asBoolean()).isTrue();
        assertThat(found.get(1).get("text").asString()).isEqualTo("2.1%");
        assertThat(found.get(1).has("negative")).isFalse();
    }

    /** The quantity probe prints each mention's unit kind by its enum name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "全年投入资金2.5亿元 => MONEY",
            "新建孵化基地3个 => COUNT",
            "比上年提高1.5个百分点 => PERCENTAGE_POINT",
            "全省排名第4位 => RANK",
            "共计1000 => NONE"})
    void quantitiesPrintTheKindByName(String text, String kind) {
        Run q = run("quantities", "--text", text);
        assertThat(q.status()).isZero();
        assertThat(Json.COMPACT.readTree(q.lines().get(0)).get(0).get("kind").asString()).isEqualTo(kind);
    }

    /** The date probe prints a point's {@code date}, a range's {@code from}/{@code to}, and flags a vague range. */
    @Test
    void datesPrintPointsRangesAndVagueness() {
        Run d = run("dates", "--reference-date", "2024-03-29", "--text", "28日开幕,上周,近日");
        assertThat(d.status()).isZero();
        JsonNode found = Json.COMPACT.readTree(d.lines().get(0));
        assertThat(found.get(0).get("date").asString()).isEqualTo("2024-03-28");
        assertThat(found.get(1).get("from").asString()).isEqualTo("2024-03-18");
        assertThat(found.get(1).get("to").asString()).isEqualTo("2024-03-24");
        assertThat(found.get(1).has("vague")).isFalse();
        assertThat(found.get(2).get("vague").asBoolean()).isTrue();
    }

    @Test
    void outputIsUtf8EvenWhenThePlatformDefaultIsAscii(@TempDir Path dir) throws Exception {
        Path p = sample(dir, Samples.names().get(1));
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, Main.class.getName(), "parse", p.toString());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_") || k.equals("JAVA_TOOL_OPTIONS"));
        env.put("LC_ALL", "C");
        pb.redirectErrorStream(false);
        Process proc = pb.start();
        byte[] out = proc.getInputStream().readAllBytes();
        String err = new String(proc.getErrorStream().readAllBytes(), Charset.defaultCharset());
        assertThat(proc.waitFor()).as(err).isZero();
        String json = new String(out, StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("??").contains("西安");
    }

    static List<String> fields(JsonNode o) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = o.propertyNames().iterator(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
