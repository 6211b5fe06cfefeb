package io.github.policyreport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a one-page {@code parse} loads, read from the JVM's class-loading log: the heavy libraries
 * stay off the path they are not needed on (start-up times are in BENCHMARKS.md, not here).
 */
class StartupClassesTest {

    /** opencc4j's converter (its 50,000-phrase trie), as distinct from the dictionary files read for script checks. */
    private static final String CONVERTER = "com.github.houbb.opencc4j.core.";
    /** Our segmenter for Traditional→Simplified, built when a phrase decides the conversion. */
    private static final String SEGMENTER = "io.github.policyreport.internal.text.Simplifier";
    private static final String DATABIND = "tools.jackson.databind.";
    private static final String ICU = "com.ibm.icu.";

    @Test
    void aSimplifiedPageLoadsNeitherTheConverterNorDatabindNorIcu(@TempDir Path dir) throws Exception {
        // 覆 alone (覆盖) is Simplified; only phrases such as 回覆 convert
        String page = "市科技局发布2025年科技创新工作总结\n发布时间:2026-01-12\n"
                + "2025年,全市研发经费投入增长8.5%,千兆光网实现乡镇全覆盖。\n"
                + "到2027年,高新技术企业力争超过1200家,技术合同成交额突破300亿元。\n";
        List<String> loaded = classesLoadedParsing(dir, page);
        assertThat(loaded).anyMatch(c -> c.startsWith("io.github.policyreport.internal.quantity."));
        assertThat(loaded).noneMatch(c -> c.startsWith(CONVERTER) || c.equals(SEGMENTER) || c.startsWith(DATABIND)
                || c.startsWith(ICU));
    }

    @Test
    void aTraditionalPageIsConvertedCharacterByCharacterWithoutOpenccsConverter(@TempDir Path dir) throws Exception {
        String page = "國科會公布113年度研發成果\n國立大學研發團隊去年新增專利120件,產學合作金額成長15%。\n";
        List<String> loaded = classesLoadedParsing(dir, page);
        assertThat(loaded).noneMatch(c -> c.startsWith(CONVERTER) || c.equals(SEGMENTER) || c.startsWith(DATABIND));
    }

    @Test
    void aTraditionalPageWithAPhraseLoadsTheSegmenterButNotOpenccsConverter(@TempDir Path dir) throws Exception {
        // 計畫 converts as a phrase (计划), not character by character (计画)
        String page = "國科會公布113年度研發計畫\n依照計畫,國立大學研發團隊去年新增專利120件,產學合作金額成長15%。\n";
        List<String> loaded = classesLoadedParsing(dir, page);
        assertThat(loaded).contains(SEGMENTER);
        assertThat(loaded).noneMatch(c -> c.startsWith(CONVERTER) || c.startsWith(DATABIND));
    }

    /** The classes a fresh JVM loads running {@code parse} on this page. */
    private static List<String> classesLoadedParsing(Path dir, String page) throws Exception {
        Path file = dir.resolve("page.txt");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        Path log = dir.resolve("classes.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", classPath(), Main.class.getName(), "parse", file.toString())
                .redirectOutput(dir.resolve("out.jsonl").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor()).isZero();
        assertThat(Files.readString(dir.resolve("out.jsonl"))).contains("\"indicators\":[{");
        return Files.readAllLines(log).stream()
                .map(l -> l.replaceFirst("^.*\\[class,load\\] ", ""))
                .map(l -> l.contains(" ") ? l.substring(0, l.indexOf(' ')) : l)
                .toList();
    }

    /** The test class path: surefire's own property, else the JVM's. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }
}
