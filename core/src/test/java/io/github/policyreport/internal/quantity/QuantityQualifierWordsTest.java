package io.github.policyreport.internal.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The qualifier and currency words around a number, looked up by walking tries, find at every
 * offset what a search over every substring of the listed words finds.
 */
class QuantityQualifierWordsTest {

    private static final Rules RULES = Rules.defaults();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "全年完成投资超过500亿元,不低于上年水平,新增就业约1.2万人左右",
            "截至年底,累计建成5G基站将近3万个,覆盖率达95%以上,较上年提高3个百分点及以上",
            "研发投入不少于营业收入的5%,小微企业贷款不超过1000万元,利率在4%上下",
            "参会代表逾千人,签约项目至少30个,签约金额大约80亿元,园区企业数迈上新台阶",
            "受灾人口不足百人,损失在万元以内,救助资金300万元之内,年龄60岁开外"})
    void findsTheLongestQualifierWordAtEveryOffsetAsASubstringSearch(String sentence) {
        for (int at = 0; at <= sentence.length(); at++) {
            assertThat(RULES.preAt(sentence, at)).as("before %d of %s", at, sentence).isEqualTo(naivePre(sentence, at));
            assertThat(RULES.postAt(sentence, at)).as("after %d of %s", at, sentence).isEqualTo(naivePost(sentence, at));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "捐赠人民币|人民币", "售价RMB¥|RMB¥", "标价¥|¥", "收入US$|US$", "费用$|$", "合计港币|港币", "增长|null", "|null"})
    void findsTheLongestCurrencyWrittenBeforeANumber(String before, String currency) {
        String text = (before == null ? "" : before) + "300";
        Rules.Currency c = RULES.currencyBefore(text, text.length() - 3);
        assertThat(c == null ? null : c.word()).isEqualTo(currency);
    }

    /** The longest PRE word ending at {@code end}, tried from the longest substring down. */
    private static String naivePre(String t, int end) {
        for (int s = Math.max(0, end - 8); s < end; s++) {
            if (RULES.pre(t.substring(s, end)) != null) {
                return t.substring(s, end);
            }
        }
        return null;
    }

    /** The longest POST word of at most three characters starting at {@code pos}. */
    private static String naivePost(String t, int pos) {
        for (int len = 3; len >= 1; len--) {
            if (pos + len <= t.length() && RULES.post(t.substring(pos, pos + len)) != null) {
                return t.substring(pos, pos + len);
            }
        }
        return null;
    }
}
