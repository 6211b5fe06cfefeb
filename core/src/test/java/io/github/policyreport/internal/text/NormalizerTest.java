package io.github.policyreport.internal.text;

import io.github.policyreport.model.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "１２３ＡＢＣ，：；！？（）|123ABC,:;!?()",
            "西安市舉辦新聞發布會|西安市举办新闻发布会",
            "來陜考察|来陕考察",
            "陝西省|陕西省",
            "秦創原創新驅動平臺|秦创原创新驱动平台",
            "灃東新城 涇河新城|沣东新城 泾河新城",
            "占地2266畝|占地2266亩",
            "20.53萬戶|20.53万户",
            "a\u3000b\u00A0c\td|a b c d",
            "汉中又新增一项国字号荣誉!|汉中又新增一项国字号荣誉!",
            "萬億兩個項戶畝噸|万亿两个项户亩吨",
            "１２０％|120%",
            "２０２１年１２月開局之年舉辦|2021年12月开局之年举办",
            "10天後,截止１１月底|10天后,截止11月底",
            "5〜8月 峯會|5~8月 峰会",
            "捐款參拾萬元 參加|捐款叁拾万元 参加"})
    void foldsScriptWidthVariantsAndSpaces(String source, String expected) {
        NormalizedText nt = Normalizer.normalize(source);
        assertThat(nt.text()).isEqualTo(expected);
        assertThat(nt.text()).hasSameSizeAs(source);
        assertThat(nt.map().isIdentity()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zero-width space inside a number|企业30\u200B3家|企业303家",
            "zero-width joiner and non-joiner|新增\u200D12\u200C0家|新增120家",
            "bidi embedding and override around a figure|\u202A增长15%\u202C,\u202E同比\u202C|增长15%,同比",
            "isolates and marks|\u2066投资\u20692亿元\u200E\u200F|投资2亿元",
            "word joiner, soft hyphen and an inner BOM|研发\u2060投入\u00AD3\uFEFF.5亿|研发投入3.5亿"})
    void deletesInvisibleCharactersAndMapsAroundThem(String name, String source, String expected) {
        String src = unescapeU(source);
        NormalizedText nt = Normalizer.normalize(src);
        assertThat(nt.text()).isEqualTo(expected);
        for (int a = 0; a < nt.text().length(); a++) {
            // every normalized character maps back to the same character, never starting at an invisible one
            int s = nt.toSource(a);
            int e = nt.toSourceEnd(a + 1);
            assertThat(Normalizer.normalize(src.substring(s, e)).text()).isEqualTo(nt.text().substring(a, a + 1));
            assertThat(Normalizer.invisible(src.charAt(s))).isFalse();
        }
    }

    private static String unescapeU(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    /** A converter whose conversions change length, as opencc's would for supplementary characters. */
    private static String growAndShrink(String s) {
        return s.replace("\uD847\uDED5", "岁").replace("\u346E", "\uD86D\uDF48").replace("後", "后").replace("甲", "乙乙乙");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "前\uD847\uDED5後|2|1",
            "前\u346E後|1|2",
            "前甲後|1|3"})
    void mapsConversionsThatChangeUtf16Length(String source, int srcChars, int normChars) {
        NormalizedText nt = Normalizer.normalize(source, NormalizerTest::growAndShrink);
        assertThat(nt.text().length()).isEqualTo(source.length() - srcChars + normChars);
        assertThat(nt.text()).startsWith("前").endsWith("后");
        // the converted character maps back to the whole source character
        int s = nt.toSource(1);
        int e = nt.toSourceEnd(1 + normChars);
        assertThat(source.substring(s, e)).hasSize(srcChars);
        assertThat(nt.toSource(nt.text().length() - 1)).isEqualTo(source.length() - 1);
        assertThat(nt.toSourceEnd(nt.text().length())).isEqualTo(source.length());
    }

    @Test
    void everyNormalizedRangeMapsToSourceTextThatNormalizesBackToIt() {
        Random random = new Random(7);
        String alphabet = "西安市舉辦發布會陝陜秦創原１２３ＡＢ，。\u3000 \n\uD847\uDED5\u346E甲後歲岁\u200B\u202E\uFEFF";
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(30);
            for (int i = 0; i < len; i++) {
                int k = random.nextInt(alphabet.length());
                char c = alphabet.charAt(k);
                if (Character.isHighSurrogate(c)) {
                    sb.append(c).append(alphabet.charAt(k + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    sb.append(c);
                }
            }
            String source = sb.toString();
            NormalizedText nt = Normalizer.normalize(source, NormalizerTest::growAndShrink);
            for (int a = 0; a <= nt.text().length(); a++) {
                for (int b = a; b <= nt.text().length(); b++) {
                    int s = nt.toSource(a);
                    int e = nt.toSourceEnd(b);
                    assertThat(s).isBetween(0, source.length());
                    assertThat(e).isBetween(s, source.length());
                    String back = Normalizer.normalize(source.substring(s, e), NormalizerTest::growAndShrink).text();
                    assertThat(back).as("%s [%d,%d)", source, a, b).contains(nt.text().substring(a, b));
                }
            }
        }
    }

    @Test
    void leavesSupplementaryCharactersAsOpenccDoes() {
        String source = "前\uD847\uDED5\u346E後";
        NormalizedText nt = Normalizer.normalize(source);
        assertThat(nt.text()).isEqualTo("前\uD847\uDED5\u346E后");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "西安市舉辦新聞發布會,西咸新區管委會介紹|TRADITIONAL",
            "西安市举办新闻发布会,西咸新区管委会介绍|SIMPLIFIED",
            "亚洲美女精品 西安市舉辦新聞發布會,西咸新區管委會介紹|TRADITIONAL",
            "abc 123|SIMPLIFIED"})
    void detectsTheScriptOfThePage(String text, Script script) {
        assertThat(Normalizer.script(text)).isEqualTo(script);
    }
}
