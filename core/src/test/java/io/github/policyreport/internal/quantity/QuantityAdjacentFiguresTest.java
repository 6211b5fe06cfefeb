package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Target;
import io.github.policyreport.spi.ParseContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long runs of adjacent figures (9元9元9元…) once chained their subjects, each the one before plus
 * a word: quadratic in time and memory. Every subject stays bounded and, with the per-sentence
 * figure cap lifted, every figure is still reported.
 */
class QuantityAdjacentFiguresTest {

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource(delimiter = '#', textBlock = """
            9元 # 10000
            企业9家总数 # 5000
            9平方米9元 # 3000
            收入9元,占比9% # 3000
            """)
    void subjectsStayBoundedOnLongRuns(String unit, int times) {
        Analysis a = QuantityFigureStageTest.analysis(unit.repeat(times));
        ParseContext uncapped = ParseContext.builder().maxMentionsPerSentence(Integer.MAX_VALUE).build();
        Figures f = FigureStage.defaults().extract(a, 2025, uncapped);
        List<String> subjects = new ArrayList<>();
        f.indicators().stream().map(Indicator::subject).forEach(subjects::add);
        f.targets().stream().map(Target::subject).forEach(subjects::add);
        assertThat(subjects).hasSizeGreaterThanOrEqualTo(times);
        assertThat(subjects).allSatisfy(s -> assertThat(s.length()).isBetween(1, SentenceFigures.MAX_SUBJECT));
    }
}
