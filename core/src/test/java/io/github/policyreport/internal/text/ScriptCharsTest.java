package io.github.policyreport.internal.text;

import com.github.houbb.heaven.util.lang.StringUtil;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The pre-check that keeps a Simplified page away from opencc4j, against opencc4j itself. */
class ScriptCharsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // Simplified runs, some with characters that only a Traditional phrase changes (覆, 么)
            "work report|全面推进科技创新和产业创新深度融合|false",
            "coverage, 覆 alone|全省行政村实现千兆光网全覆盖|false",
            "覆 at the start|覆盖率达到百分之九十八|false",
            "press conference|请问发布人怎么看待这个问题|false",
            "statistical release|规模以上工业增加值同比增长|false",
            // Traditional: a character converted on its own, or a phrase converted as a whole
            "Taiwanese feature|國立成功大學研發團隊|true",
            "HK release|政府統計處公佈數字|true",
            "a reply, 覆 in a phrase|市政府已回覆代表建议|true",
            "repeatedly, 覆 in a phrase|经过反覆论证|true"})
    void tellsRunsThatConversionMayChange(String genre, String run, boolean mayChange) {
        assertThat(ScriptChars.mayChange(run)).isEqualTo(mayChange);
        assertThat(ZhConverterUtil.toSimple(run).equals(run)).isEqualTo(!mayChange);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", value = {
            "Simplified run between Traditional ones|國立|全省行政村实现千兆光网全覆盖|統計|false",
            "覆 whose phrase starts after the region|经过反|覆论证|國|false",
            "phrase inside the region|國|经过反覆论证|統|true",
            "Traditional run between Simplified ones|全省|政府統計處公佈數字|覆盖|true"})
    void readsOnlyTheRegionOfALongerText(String genre, String before, String run, String after, boolean mayChange) {
        String text = before + run + after;
        assertThat(ScriptChars.mayChange(text, before.length(), before.length() + run.length())).isEqualTo(mayChange);
        assertThat(ScriptChars.mayChange(run)).isEqualTo(mayChange);
    }

    @Test
    void aRunThatCannotChangeComesBackFromOpenccUnchanged() {
        List<String> phrases = phraseKeys();
        String common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
        Random random = new Random(12);
        int checked = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder run = new StringBuilder();
            int len = 1 + random.nextInt(8);
            while (run.length() < len) {
                if (random.nextInt(4) == 0) {
                    // a piece of a phrase that conversion changes: whole, or cut at either end
                    run.append(OpenccDictionaries.piece(phrases.get(random.nextInt(phrases.size())), random));
                } else {
                    run.append(common.charAt(random.nextInt(common.length())));
                }
            }
            String s = run.toString();
            if (!ScriptChars.mayChange(s)) {
                assertThat(ZhConverterUtil.toSimple(s)).as(s).isEqualTo(s);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void splitsDictionaryLinesAsOpenccsLoaderDoes() {
        String alphabet = "乾坤覆a1 \t\t  \u0013\u000B\f\r\n\u001C\u3000\u00A0";
        Random random = new Random(5);
        for (int n = 0; n < 3000; n++) {
            StringBuilder line = new StringBuilder();
            int len = 1 + random.nextInt(12);
            for (int k = 0; k < len; k++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = line.toString();
            assertThat(ScriptChars.fields(s)).as("%s", s.chars().boxed().toList())
                    .containsExactly(StringUtil.splitByAnyBlank(s));
        }
        assertThat(ScriptChars.fields("乾坤\t乾坤 干坤")).containsExactly("乾坤", "乾坤", "干坤");
    }

    /** The Traditional→Simplified phrases of opencc4j's dictionary whose conversion changes them. */
    private static List<String> phraseKeys() {
        List<String> out = OpenccDictionaries.read("TSPhrases.txt").entrySet().stream()
                .filter(e -> !e.getKey().equals(e.getValue())).map(Map.Entry::getKey).toList();
        assertThat(out).hasSizeGreaterThan(100);
        return out;
    }
}
