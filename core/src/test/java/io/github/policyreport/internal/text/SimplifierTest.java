package io.github.policyreport.internal.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our Traditional→Simplified ({@link ScriptChars#toSimple}) against opencc4j 1.14.0 itself: the
 * same output for every word of its dictionaries, for random mixes of words, fragments and common
 * characters, for words that hide a phrase from its longest-match segmentation, and for text with
 * characters its segmenter does not call Chinese (which goes to opencc4j).
 */
class SimplifierTest {

    private static final Map<String, String> TS_PHRASES = OpenccDictionaries.read("TSPhrases.txt");
    private static final Map<String, String> ST_PHRASES = OpenccDictionaries.read("STPhrases.txt");
    private static final Map<String, String> TS_CHARACTERS = OpenccDictionaries.read("TSCharacters.txt");
    /** Characters of Simplified reports, some of which Traditional phrases contain (覆, 么, 乾, 著, 於). */
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
            + "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机"
            + "当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反覆么乾著於";

    @Test
    void convertsEveryDictionaryWordAndEveryChineseCharacterAsOpenccDoes() {
        Set<String> words = new LinkedHashSet<>(TS_PHRASES.keySet());
        words.addAll(ST_PHRASES.keySet());
        words.addAll(TS_CHARACTERS.keySet());
        for (char c = '\u4E00'; c <= '\u9FA5'; c++) {
            words.add(String.valueOf(c));
        }
        List<String> wrong = new ArrayList<>();
        int ours = 0;
        for (String w : words) {
            ours += ScriptChars.ownConversion(w) != null ? 1 : 0;
            if (!ScriptChars.toSimple(w).equals(ZhConverterUtil.toSimple(w))) {
                wrong.add(w);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(ours).as("words converted without opencc4j").isGreaterThan(70_000);
    }

    @Test
    void convertsRandomMixesOfWordsFragmentsAndCommonCharactersAsOpenccDoes() {
        List<String> ts = new ArrayList<>(TS_PHRASES.keySet());
        List<String> st = new ArrayList<>(ST_PHRASES.keySet());
        List<String> chars = new ArrayList<>(TS_CHARACTERS.keySet());
        Random random = new Random(20261130);
        int ours = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(24);
            while (sb.length() < len) {
                int pick = random.nextInt(10);
                if (pick < 3) {
                    sb.append(OpenccDictionaries.piece(ts.get(random.nextInt(ts.size())), random));
                } else if (pick < 6) {
                    sb.append(OpenccDictionaries.piece(st.get(random.nextInt(st.size())), random));
                } else if (pick < 7) {
                    sb.append(chars.get(random.nextInt(chars.size())));
                } else {
                    sb.append(COMMON.charAt(random.nextInt(COMMON.length())));
                }
            }
            String s = sb.toString();
            ours += ScriptChars.ownConversion(s) != null ? 1 : 0;
            assertThat(ScriptChars.toSimple(s)).as(s).isEqualTo(ZhConverterUtil.toSimple(s));
        }
        assertThat(ours).isGreaterThan(2000);
    }

    /**
     * A longer word of the segmenter's dictionary that ends with the start of a phrase (W = x + K[:p],
     * followed by K[p:]) takes those characters first, so the phrase is not converted as a whole.
     */
    @Test
    void letsALongerWordHideAPhraseAsOpenccDoes() {
        Map<String, List<String>> byEnding = new HashMap<>();
        for (String w : ST_PHRASES.keySet()) {
            for (int p = 1; p < w.length() && p <= 3; p++) {
                byEnding.computeIfAbsent(w.substring(w.length() - p), x -> new ArrayList<>()).add(w);
            }
        }
        int cases = 0;
        int hidden = 0;
        for (Map.Entry<String, String> phrase : TS_PHRASES.entrySet()) {
            String k = phrase.getKey();
            for (int p = 1; p < k.length() && p <= 3; p++) {
                List<String> hiders = byEnding.getOrDefault(k.substring(0, p), List.of());
                for (int h = 0; h < Math.min(3, hiders.size()); h++) {
                    String w = hiders.get(h);
                    String s = "在" + w + k.substring(p) + "中";
                    String expected = ZhConverterUtil.toSimple(s);
                    assertThat(ScriptChars.ownConversion(s)).as(s).isEqualTo(expected);
                    int at = 1 + w.length() - p;
                    hidden += expected.startsWith(phrase.getValue(), at) ? 0 : 1;
                    cases++;
                }
            }
        }
        assertThat(cases).isGreaterThan(200);
        assertThat(hidden).as("cases where the phrase is not converted as a whole").isGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "extension A between Traditional words|國立大學\u346E研發團隊",
            "compatibility ideograph|政府\uF900統計處",
            "after U+9FA5|經濟\u9FB0發展",
            "supplementary character|\uD847\uDED5末回覆代表",
            "only supplementary|\uD86D\uDF48\uD847\uDED5"})
    void leavesTextWithCharactersItsSegmenterDoesNotCallChineseToOpencc(String family, String text) {
        assertThat(ScriptChars.ownConversion(text)).isNull();
        assertThat(ScriptChars.toSimple(text)).isEqualTo(ZhConverterUtil.toSimple(text));
        assertSameAsOpenccThroughTheNormalizer(text);
    }

    /** The normalizer with our conversion gives the text and offsets it gives with opencc4j's. */
    @Test
    void normalizesMixedTextAsWithOpencc() {
        List<String> ts = new ArrayList<>(TS_PHRASES.keySet());
        String others = "\u346E\uF900\u9FB0,。2025年 abc\u3000１２";
        Random random = new Random(11);
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            while (sb.length() < len) {
                int pick = random.nextInt(6);
                if (pick == 0) {
                    sb.append(ts.get(random.nextInt(ts.size())));
                } else if (pick == 1) {
                    sb.append(others.charAt(random.nextInt(others.length())));
                } else if (pick == 2) {
                    sb.append(random.nextBoolean() ? "\uD847\uDED5" : "\uD86D\uDF48");
                } else {
                    sb.append(COMMON.charAt(random.nextInt(COMMON.length())));
                }
            }
            assertSameAsOpenccThroughTheNormalizer(sb.toString());
        }
    }

    private static void assertSameAsOpenccThroughTheNormalizer(String text) {
        NormalizedText ours = Normalizer.normalize(text);
        NormalizedText theirs = Normalizer.normalize(text, ZhConverterUtil::toSimple);
        assertThat(ours.text()).as(text).isEqualTo(theirs.text());
        for (int k = 0; k <= ours.text().length(); k++) {
            assertThat(ours.toSource(k)).isEqualTo(theirs.toSource(k));
            assertThat(ours.toSourceEnd(k)).isEqualTo(theirs.toSourceEnd(k));
        }
    }
}
