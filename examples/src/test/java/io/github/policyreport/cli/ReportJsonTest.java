package io.github.policyreport.cli;

import io.github.policyreport.Reports;
import io.github.policyreport.model.Report;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed JSON of {@code parse} against Jackson's databind writing the same records. */
class ReportJsonTest {

    @Test
    void streamsTheBundledSamplesAsDatabindWritesThem() throws IOException {
        List<ReportJson> reports = new ArrayList<>();
        for (String name : Samples.names()) {
            try (InputStream in = Samples.open(name)) {
                Report r = Reports.parse(in.readAllBytes());
                reports.add(ReportJson.of(name, r, true));
                reports.add(ReportJson.of(name, r, false));
            }
        }
        assertThat(reports).hasSizeGreaterThanOrEqualTo(10);
        assertSameAsDatabind(reports);
    }

    @Test
    void streamsNullsOddNumbersAndOddTextAsDatabindWritesThem() throws IOException {
        ReportJson.IndicatorJson plain = new ReportJson.IndicatorJson("研发投入", new BigDecimal("1E+3"), null, null,
                "EXACT", "1000元", 0, 5, "研发投入1000元。", null, null, null, null, List.of());
        ReportJson.IndicatorJson full = new ReportJson.IndicatorJson(null, new BigDecimal("-0.000001"),
                new BigDecimal("12345678901234567890.5"), "CNY", "ABOVE", "\"引号\"\\反斜杠\t制表\u0001控制", 3, 9,
                "第二句\u2028行分隔\uD83D\uDE00", new ReportJson.ChangeJson("UP", new BigDecimal("2.50E-2"), "%", null),
                "2025", "浙江省", "一、总体情况", List.of("ESTIMATED", "ROUNDED"));
        ReportJson.TargetJson target = new ReportJson.TargetJson("高新技术企业", new BigDecimal("1.1E4"), null, "家",
                "ABOVE", "超过1.1万家", 10, 17, "到2027年超过1.1万家。", "2027", "PLAN", null, "台灣", null, List.of());
        ReportJson.TargetJson bare = new ReportJson.TargetJson(null, null, BigDecimal.ZERO, null, null, null, 0, 0,
                null, null, null, "2026-03", null, null, null);
        ReportJson.EventJson event = new ReportJson.EventJson("2026-08", "正式投用", "8月初正式投用", 20, 27);
        ReportJson.EventJson emptyEvent = new ReportJson.EventJson(null, "", null, 0, 0);
        ReportJson empty = new ReportJson("-", "generic", null, null, null, null, List.of(), List.of(), List.of(),
                null, "simplified", "", List.of(), List.of(), List.of(), List.of(), List.of(), null);
        ReportJson nulls = new ReportJson(null, null, null, null, "2026-02-03", null, null, null, null, 2026,
                "traditional", null, List.of(new ReportJson.SectionJson(null, 1, 0, 0)), List.of(plain, full),
                List.of(target, bare), List.of(event, emptyEvent),
                List.of(new ReportJson.WarningJson("TRUNCATED", null)), "原文\r\n第二行\u0000");
        assertSameAsDatabind(List.of(empty, nulls));
        assertSameAsDatabind(List.of(nulls));
    }

    /** jsonl and json as {@link ReportWriter} streams them, against databind with the same mappers. */
    private static void assertSameAsDatabind(List<ReportJson> reports) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (ReportJson r : reports) {
            jsonl.append(Json.COMPACT.writeValueAsString(r)).append(System.lineSeparator());
        }
        assertThat(streamed(reports, false)).isEqualTo(jsonl.toString());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.PRETTY.writer().createGenerator(bytes)) {
            g.writeStartArray();
            for (ReportJson r : reports) {
                Json.PRETTY.writeValue(g, r);
            }
            g.writeEndArray();
        }
        assertThat(streamed(reports, true)).isEqualTo(bytes.toString(StandardCharsets.UTF_8) + System.lineSeparator());
    }

    private static String streamed(List<ReportJson> reports, boolean pretty) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ReportWriter w = new ReportWriter(out, pretty)) {
            reports.forEach(w::write);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
