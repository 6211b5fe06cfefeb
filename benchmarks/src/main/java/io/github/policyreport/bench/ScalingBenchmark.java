package io.github.policyreport.bench;

import io.github.policyreport.model.Report;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ParserRegistry;
import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.SourceDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Linear cost: one document of 1, 4, 16 and 64 reports' worth of work-report sections (about 2,500
 * characters a report), each section with its own figures, targets and dates. The score divided by
 * {@code copies} is the cost of one report's worth and should stay flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScalingBenchmark {

    /** Sections of one report (about 2,500 characters). */
    static final int SECTIONS = 10;

    /** How many reports' worth of sections make the document. */
    @Param({"1", "4", "16", "64"})
    public int copies;

    private SourceDocument doc;
    private ParserRegistry registry;

    /** Builds the document: a title, then {@code copies × SECTIONS} sections of report paragraphs. */
    @Setup
    public void setUp() {
        StringBuilder text = new StringBuilder("某市科学技术局年度工作报告\n发布时间：2024-01-15\n");
        for (int k = 0; k < copies * SECTIONS; k++) {
            text.append(section(k));
        }
        doc = SourceDocument.ofText(text.toString());
        registry = ParserRegistry.defaults();
    }

    /**
     * One section of a work report with figures, targets and dates; the numbers change with
     * {@code k} so that no two sections are the same paragraph (a repeated body would be dropped
     * as a duplicate).
     */
    static String section(int k) {
        int a = 100 + k;
        return "第" + (k + 1) + "部分 科技创新进展\n"
                + "2023年，全市新增高新技术企业" + a + "家，总数达到" + (1000 + 7 * k) + "家，同比增长"
                + (k % 20 + 3) + ".5%。技术合同成交额突破" + (k % 90 + 10) + "亿元，比上年增长" + (k % 15 + 2)
                + "%。\n"
                + "全年实施重大科技项目" + (k % 40 + 12) + "项，新建省级重点实验室" + (k % 9 + 1)
                + "个，研发投入强度达到" + (2 + k % 10 / 10.0) + "%，居全省第" + (k % 5 + 1) + "位。\n"
                + (k % 12 + 1) + "月" + (k % 27 + 1) + "日，市政府召开第" + (k + 1)
                + "次科技创新大会，印发《关于加快科技成果转化的若干措施》。\n"
                + "下一步，力争到2025年高新技术企业突破" + (2000 + k) + "家，技术合同成交额达到"
                + (200 + k) + "亿元以上。\n";
    }

    /** Parses the repeated document; the score divided by {@code copies} is the cost of one copy. */
    @Benchmark
    public Report parse() throws ReportException {
        return registry.parse(doc, ParseContext.defaults());
    }
}
