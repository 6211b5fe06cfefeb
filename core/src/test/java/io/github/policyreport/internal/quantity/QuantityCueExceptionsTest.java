package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.RuleException;
import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exceptions attached to the cue they correct (重要 to 要, 对接 to 对): the cue is no cue where one
 * of its own exceptions covers it, and only there. Sentences written for this test.
 */
class QuantityCueExceptionsTest {

    private static final Cues CUES = Cues.defaults();

    /** The future cues and past markers of a sentence, as word:FUTURE|PAST. */
    private static String hits(String sentence) {
        String t = Normalizer.normalize(sentence).text();
        StringBuilder b = new StringBuilder();
        for (Cues.Hit h : CUES.hits(t, 0, t.length())) {
            b.append(b.length() == 0 ? "" : " ").append(t, h.at(), h.end()).append(':')
                    .append(h.modality() == null ? "PAST" : "FUTURE");
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "这是全年的重要任务,新增企业20家|",
            "全市要新增科技型企业50家|要:FUTURE",
            "主要指标完成年度计划的105%|",
            "明年计划新建实验室10个|计划:FUTURE",
            "将其纳入考核,全年已完成投资20亿元|已:PAST",
            "为了做好服务,今年将新建孵化器3个|将:FUTURE",
            "在全市上下共同努力下,下一步将新建平台5个|下一步:FUTURE 将:FUTURE",
            "預計划撥資金3億元|",
            "國家重點研發計劃立項12項|"})
    void aCueInsideOneOfItsExceptionsIsNoCue(String sentence, String expected) {
        assertThat(hits(sentence)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
            "加强对接企业需求,2,",
            "对企业发放补贴,0,对",
            "现在全市共有企业300家,1,",
            "在全市建成平台12个,0,在",
            "面向中小企业发放创新券,0,面向",
            "使用面积达到5000平方米,0,"})
    void aBoundaryInsideOneOfItsExceptionsIsNoBoundary(String text, int at, String expected) {
        String t = Normalizer.normalize(text).text();
        assertThat(new Subjects(CUES, Rules.defaults()).boundaryAt(t, at, t.length())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "新签约23家企业,EQ",
            "全年约23家企业,APPROX",
            "通过3000项审查,EQ",
            "超过3000项,GT",
            "附近5公里,EQ",
            "将近5公里,APPROX"})
    void aQualifierInsideOneOfItsExceptionsIsNoQualifier(String text, String qualifier) {
        assertThat(QuantityEngine.find(text)).extracting(m -> m.quantity().qualifier().name()).containsExactly(qualifier);
    }

    @Test
    void aQualifierExceptionMustEndInAListedQualifier() {
        assertThatThrownBy(() -> QuantityRules.with("context.tsv", RuleFile.parse("ctx.tsv", "notpre\t约\t约定\n")))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("ctx.tsv:1: an exception must end in its qualifier");
        assertThatThrownBy(() -> QuantityRules.with("context.tsv", RuleFile.parse("ctx.tsv", "notpre\t签\t签约\n")))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("ctx.tsv:1: notpre needs a qualifier");
    }

    @Test
    void anExceptionThatDoesNotContainItsCueFailsAtLoadWithFileAndLine() {
        assertThatThrownBy(() -> Cues.of(RuleFile.parse("cues.tsv", "future\t要\tPLAN\nnotfuture\t要\t重要|主张\n")))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("cues.tsv:2: an exception must contain its cue");
    }

    @Test
    void anExceptionForACueThatIsNotListedFailsAtLoadWithFileAndLine() {
        assertThatThrownBy(() -> Cues.of(RuleFile.parse("cues.tsv", "future\t将\tPLAN\nnotfuture\t要\t重要\n")))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("cues.tsv:2: no future cue 要 to correct");
    }

    @Test
    void anExceptionCorrectsOnlyItsOwnCue() {
        Cues c = Cues.of(RuleFile.parse("cues.tsv", "future\t要\tPLAN\nfuture\t将\tPLAN\nnotfuture\t要\t需要\n"));
        String t = "需要将";
        assertThat(c.hits(t, 0, t.length())).extracting(Cues.Hit::at).containsExactly(2);
        assertThat(c.excepted(Cues.Kind.FUTURE, "将", t, 2, 0, t.length())).isFalse();
        assertThat(c.excepted(Cues.Kind.FUTURE, "要", t, 1, 0, t.length())).isTrue();
        assertThat(c.excepted(Cues.Kind.FUTURE, "要", t, 1, 1, t.length())).as("the exception must lie in range").isFalse();
    }

    @Test
    void everyShippedExceptionKindCorrectsACueKind() {
        List<Cues.Kind> exceptionKinds = List.of(Cues.Kind.NOTFUTURE, Cues.Kind.NOTPAST, Cues.Kind.NOTBOUNDARY,
                Cues.Kind.NOTSTRIP);
        assertThat(exceptionKinds).allSatisfy(k -> assertThat(k.corrects()).isNotNull());
        assertThat(Cues.Kind.FUTURE.corrects()).isNull();
    }
}
