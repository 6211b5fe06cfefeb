package io.github.policyreport.spi;

import io.github.policyreport.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Input is refused before it is read in full, with a typed exception, and options are validated. */
class BoundedInputTest {

    private static final String PAGE = "全市新增科技型企业320家,技术合同成交额突破12亿元。\n";

    /** A stream that never ends, like /dev/zero or a slow pipe. */
    private static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
    }

    @Test
    void anEndlessStreamIsRefusedAtTheLimitNotReadForever() {
        assertThatThrownBy(() -> SourceDocument.read("stdin", endless(), 1 << 16))
                .isInstanceOf(InputTooLargeException.class).hasMessageContaining("65536")
                .satisfies(e -> assertThat(((InputTooLargeException) e).limit()).isEqualTo(1 << 16));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, PAGE.repeat(1000).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SourceDocument.read(big, 10_000)).isInstanceOf(InputTooLargeException.class)
                .hasMessageContaining("maxBytes");
        assertThat(SourceDocument.read(big, 1 << 20).text()).startsWith("全市新增");
    }

    @Test
    void missingFilesAndDirectoriesAreUnreadable(@TempDir Path dir) {
        assertThatThrownBy(() -> Reports.parse(dir.resolve("missing.html"))).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> Reports.parse(dir)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devicesAndPipesAreRefusedWithoutReading(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Reports.parse(Path.of("/dev/zero"))).isInstanceOf(UnreadableInputException.class);
        Path fifo = dir.resolve("fifo");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(p.waitFor()).isZero();
        assertThatThrownBy(() -> Reports.parse(fifo)).isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void aStreamWithinTheLimitIsParsed() throws ReportException {
        assertThat(Reports.parse(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8))).indicators())
                .isNotEmpty();
    }

    @Test
    void binaryBytesAreNotText() {
        byte[] bytes = new byte[2048];
        new java.util.Random(3).nextBytes(bytes);
        assertThatThrownBy(() -> Reports.parse(bytes)).isInstanceOf(NotTextException.class);
    }

    @Test
    void aStringIsReadAsHtmlWhenItIsMarkup() throws ReportException {
        String html = "<html><body><nav>首页 | 科技动态</nav><p>全市新增科技型企业320家。</p></body></html>";
        assertThat(Reports.parse(html).sourceText()).doesNotContain("<p>").contains("全市新增科技型企业320家。");
        assertThat(Reports.parse(PAGE).sourceText()).isEqualTo(PAGE);
    }

    @Test
    void referenceDatesOutsideYearsOneToNineThousandNineHundredNinetyNineAreRefused() {
        for (LocalDate bad : new LocalDate[] {LocalDate.of(0, 1, 1), LocalDate.of(-5, 6, 1), LocalDate.of(10_000, 1, 1)}) {
            assertThatThrownBy(() -> ParseContext.withReferenceDate(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("years 1-9999");
        }
        for (LocalDate ok : new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)}) {
            assertThat(ParseContext.withReferenceDate(ok).referenceDate()).isEqualTo(ok);
        }
    }

    @Test
    void boundsMustBePositive() {
        assertThatThrownBy(() -> ParseContext.builder().maxBytes(0).build()).hasMessageContaining("maxBytes");
        assertThatThrownBy(() -> ParseContext.builder().maxItems(-1).build()).hasMessageContaining("maxItems");
        assertThatThrownBy(() -> ParseContext.builder().maxEvidenceChars(10).build()).hasMessageContaining("maxEvidenceChars");
        assertThatThrownBy(() -> ParseContext.builder().maxMentionsPerSentence(0).build())
                .hasMessageContaining("maxMentionsPerSentence");
    }
}
