package io.github.policyreport.internal.text;

import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecoderTest {

    private static final String SIMPLIFIED = "汉中又新增一项国字号荣誉!\n2022-1-14 17:50| 来自: 汉中发布\n汉中市被科技部命名为“国家创新型城市”。";
    private static final String TRADITIONAL = "西安市舉辦系列新聞發布會\n發布會上,西咸新區管委會副主任介紹有關情況,并答記者問。";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8,UTF-8", "GBK,GB18030", "GB18030,GB18030", "UTF-16LE,UTF-16LE"})
    void detectsTheCharsetOfSimplifiedText(String encoding, String detected) throws Exception {
        byte[] bytes = SIMPLIFIED.getBytes(Charset.forName(encoding));
        if (encoding.startsWith("UTF-16")) {
            bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes);
        }
        SourceDocument d = SourceDocument.of("page.txt", bytes);
        assertThat(d.text()).isEqualTo(SIMPLIFIED);
        assertThat(d.charset().name()).isEqualTo(detected);
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void readsBig5PagesAsBig5() throws Exception {
        SourceDocument d = SourceDocument.of("page.txt", TRADITIONAL.getBytes(Charset.forName("Big5")));
        assertThat(d.text()).isEqualTo(TRADITIONAL);
        assertThat(d.charset().name()).isEqualTo("Big5");
    }

    @Test
    void stripsAUtf8ByteOrderMark() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        assertThat(SourceDocument.of(null, bytes).text()).isEqualTo(SIMPLIFIED);
    }

    @Test
    void followsTheHtmlMetaCharset() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>汉中又新增一项国字号荣誉</title></head><body><p>汉中市被科技部命名为国家创新型城市。</p></body></html>";
        SourceDocument d = SourceDocument.of("page.html", html.getBytes(Charset.forName("GBK")));
        assertThat(d.format()).isEqualTo(SourceDocument.Format.HTML);
        assertThat(d.charset().name()).isEqualTo("GB18030");
        assertThat(d.meta()).containsEntry("title", "汉中又新增一项国字号荣誉");
        assertThat(d.text()).isEqualTo("汉中市被科技部命名为国家创新型城市。");
    }

    @Test
    void ignoresAMetaCharsetThatTheBytesContradict() throws Exception {
        String html = "<html><head><meta charset=\"gbk\"></head><body><p>西安市举办新闻发布会。</p></body></html>";
        SourceDocument d = SourceDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("西安市举办新闻发布会。");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-16LE", "UTF-16BE"})
    void detectsUtf16WithoutAByteOrderMark(String encoding) throws Exception {
        for (String text : new String[] {SIMPLIFIED, "2023年全市GDP增长5.2%,R&D投入强度达到2.6%。\nNew energy vehicles: 12,000 units."}) {
            SourceDocument d = SourceDocument.of("page.txt", text.getBytes(Charset.forName(encoding)));
            assertThat(d.text()).isEqualTo(text);
            assertThat(d.charset().name()).isEqualTo(encoding);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"utf-16", "UTF-16LE", "utf-32", "utf-8"})
    void aDeclaredCharsetThatDoesNotFitTheBytesLosesToDetection(String declared) throws Exception {
        String html = "<html><head><meta charset=\"" + declared + "\"></head><body><p>全市新增科技型企业320家。</p></body></html>";
        for (String actual : new String[] {"UTF-8", "GB18030"}) {
            SourceDocument d = SourceDocument.of("page.html", html.getBytes(Charset.forName(actual)));
            assertThat(d.text()).as("%s declared, %s actual", declared, actual).isEqualTo("全市新增科技型企业320家。");
        }
    }

    @Test
    void aCharsetGivenByTheCallerOverridesDetection() throws Exception {
        byte[] bytes = "科技局".getBytes(Charset.forName("Big5"));
        assertThat(SourceDocument.of("page.txt", bytes, Charset.forName("Big5")).text()).isEqualTo("科技局");
        assertThat(SourceDocument.of("page.txt", bytes, Charset.forName("Big5")).charset().name()).isEqualTo("Big5");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a\\r\\nb\\rc|a\\nb\\nc",
            "a\\u0007b\\u0000c|a b c",
            "a\\u2028b|a\\nb",
            "a\\tb|a\\tb"})
    void unifiesLineEndsAndControlCharacters(String in, String out) {
        assertThat(Decoder.unifyLineEnds(unescape(in))).isEqualTo(unescape(out));
    }

    @Test
    void refusesBinaryInputWithAClearError() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> SourceDocument.of("image.png", png)).isInstanceOf(ReportException.class)
                .hasMessageContaining("binary");
        byte[] noise = new byte[4096];
        new java.util.Random(1).nextBytes(noise);
        assertThatThrownBy(() -> SourceDocument.of("noise.bin", noise)).isInstanceOf(ReportException.class);
    }

    @Test
    void notesBytesThatAreNotValidInTheDetectedCharset() throws Exception {
        byte[] bytes = concat(SIMPLIFIED.getBytes(Charset.forName("GBK")), new byte[] {(byte) 0x81});
        SourceDocument d = SourceDocument.of("page.txt", bytes);
        assertThat(d.text()).startsWith("汉中又新增");
        assertThat(d.notes()).extracting(w -> w.code()).containsExactly(io.github.policyreport.model.Warning.Code.UNDECODABLE_BYTES);
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t").replace("\\u0007", "\u0007")
                .replace("\\u0000", "\u0000").replace("\\u2028", "\u2028");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
