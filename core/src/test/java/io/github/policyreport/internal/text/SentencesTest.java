package io.github.policyreport.internal.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"全市新增企业120家,", "投资12亿元、", "9元", "1", "\uD83D\uDE80增长5%", "2023年3月5日 "})
    void anOverlongSentenceIsCutIntoPiecesThatCoverItOnCodePointBoundaries(String unit) {
        String text = "开头" + unit.repeat(3_000) + "。";
        int max = 300;
        List<int[]> pieces = Sentences.split(text, 0, text.length(), max);
        int covered = 0;
        for (int[] p : pieces) {
            assertThat(p[1] - p[0]).isBetween(1, max);
            assertThat(p[0]).isEqualTo(covered);
            assertThat(CodePoints.splitsPair(text, p[0])).isFalse();
            assertThat(CodePoints.splitsPair(text, p[1])).isFalse();
            covered = p[1];
        }
        assertThat(covered).isEqualTo(text.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"全市新增企业120家,", "投资12亿元、"})
    void piecesEndAtAClauseMarkWhenThereIsOne(String unit) {
        String text = unit.repeat(1_000);
        for (int[] p : Sentences.split(text, 0, text.length(), 200)) {
            assertThat(text.charAt(p[1] - 1)).isIn(',', '、');
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 1000})
    void shortSentencesAreLeftAlone(int max) {
        String text = "全市新增企业120家。技术合同成交额突破5亿元。";
        List<int[]> plain = Sentences.split(text, 0, text.length());
        if (max >= 20) {
            assertThat(Sentences.split(text, 0, text.length(), max)).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(plain);
        } else {
            assertThat(Sentences.split(text, 0, text.length(), max).size()).isGreaterThan(plain.size());
        }
    }
}
