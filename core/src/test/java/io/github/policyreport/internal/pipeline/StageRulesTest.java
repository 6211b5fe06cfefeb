package io.github.policyreport.internal.pipeline;

import io.github.policyreport.SpanChecks;
import io.github.policyreport.internal.RuleException;
import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.internal.quantity.FigureRules;
import io.github.policyreport.internal.quantity.FigureStage;
import io.github.policyreport.internal.quantity.Figures;
import io.github.policyreport.internal.quantity.QuantityEngine;
import io.github.policyreport.internal.quantity.QuantityRules;
import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.TextLayer;
import io.github.policyreport.internal.text.TextRules;
import io.github.policyreport.internal.time.TimeRules;
import io.github.policyreport.internal.time.TimeStage;
import io.github.policyreport.mention.QuantityMention;
import io.github.policyreport.model.Report;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each stage built with a modified rule set (a rule removed, a word added from a small rule text
 * held in memory) behaves accordingly, and the pipeline composes such stages. Sentences are
 * written for this test in the style of municipal work reports and news items.
 */
class StageRulesTest {

    private static final TextLayer TEXT = TextLayer.defaults();

    private static Analysis analyze(TextLayer layer, String page) {
        return layer.analyze(SourceDocument.ofText(page), SiteHints.NONE, ParseContext.defaults());
    }

    private static String page(String... body) {
        return "某市科学技术局2023年工作要点\n发布时间：2023-02-10 来源：某市科学技术局\n" + String.join("\n", body) + "\n";
    }

    /** {@code lines} without the lines whose text matches {@code drop}, plus the rule lines of {@code added}. */
    private static List<RuleFile.Line> edit(List<RuleFile.Line> lines, Predicate<String> drop, String added) {
        List<RuleFile.Line> out = new ArrayList<>();
        for (RuleFile.Line l : lines) {
            if (!drop.test(l.text())) {
                out.add(l);
            }
        }
        out.addAll(RuleFile.parse("added-by-test", added));
        return out;
    }

    // ---- figure stage

    @Test
    void aFigureStageWithoutAFutureCueReadsItsFigureAsAchieved() {
        Analysis a = analyze(TEXT, page("力争全市高新技术企业总数达到1200家。"));
        Figures shipped = FigureStage.defaults().extract(a, 2023);
        assertThat(shipped.targets()).extracting(t -> t.quantity().value().intValue()).containsExactly(1200);

        FigureRules noCue = FigureRules.of(edit(FigureRules.defaultLines(), t -> t.equals("future\t力争\tGOAL"), ""));
        Figures edited = new FigureStage(noCue).extract(a, 2023);
        assertThat(edited.targets()).isEmpty();
        assertThat(edited.indicators()).extracting(i -> i.quantity().value().intValue()).containsExactly(1200);
        edited.indicators().forEach(i -> SpanChecks.assertEvidence(a.source(), i.evidence()));
    }

    @Test
    void aFigureStageWithAnAddedFutureCueReadsItsFigureAsATarget() {
        Analysis a = analyze(TEXT, page("冲刺全市技术合同成交额突破80亿元。"));
        assertThat(FigureStage.defaults().extract(a, 2023).targets()).isEmpty();

        FigureRules added = FigureRules.of(edit(FigureRules.defaultLines(), t -> false, "future\t冲刺\tGOAL\n"));
        Figures edited = new FigureStage(added).extract(a, 2023);
        assertThat(edited.targets()).extracting(t -> t.modality().name()).containsExactly("GOAL");
        SpanChecks.assertEvidence(a.source(), edited.targets().get(0).evidence());
    }

    @Test
    void aNumberGrammarWithAnAddedUnitReadsTheFigureInThatUnit() {
        String sentence = "全年保障无人机飞行训练1200架次";
        assertThat(QuantityEngine.find(sentence)).extracting(m -> m.quantity().unit().code()).doesNotContain("架次");

        QuantityRules added = QuantityRules.with("units.tsv",
                edit(QuantityRules.defaultLines("units.tsv"), t -> false, "架次\t1\t架次\tCOUNT\n"));
        List<QuantityMention> found = QuantityEngine.find(added, sentence);
        assertThat(found).extracting(m -> m.quantity().unit().code()).containsExactly("架次");
        found.forEach(m -> SpanChecks.assertIndexes(sentence, m.span()));

        Analysis a = analyze(TEXT, page("今年，全市" + sentence + "。"));
        Figures figures = new FigureStage(FigureRules.of(FigureRules.defaultLines(), added)).extract(a, 2023);
        assertThat(figures.indicators()).extracting(i -> i.quantity().unit().code()).containsExactly("架次");
    }

    // ---- time stage

    @Test
    void aTimeStageWithAnAddedEventVerbDatesTheHappening() {
        Analysis a = analyze(TEXT, page("2023年4月8日，首批12家研发机构入驻科技创新港。"));
        assertThat(TimeStage.defaults().timeline(a, 2023)).isEmpty();

        TimeRules added = TimeRules.with("event-verbs.txt",
                edit(TimeRules.defaultLines("event-verbs.txt"), t -> false, "入驻\n"));
        List<TimelineEvent> events = new TimeStage(added).timeline(a, 2023);
        assertThat(events).extracting(e -> e.date().toString()).containsExactly("2023-04-08");
        events.forEach(e -> SpanChecks.assertEvidence(a.source(), e.evidence()));
    }

    @Test
    void aTimeStageWithoutAnEventVerbLeavesTheDateOut() {
        Analysis a = analyze(TEXT, page("2023年3月15日，全市科技创新大会隆重开幕。"));
        assertThat(TimeStage.defaults().timeline(a, 2023)).extracting(e -> e.date().toString())
                .containsExactly("2023-03-15");

        TimeRules removed = TimeRules.with("event-verbs.txt",
                edit(TimeRules.defaultLines("event-verbs.txt"), t -> t.equals("开幕"), ""));
        assertThat(new TimeStage(removed).timeline(a, 2023)).isEmpty();
    }

    // ---- text layer and metadata

    @Test
    void aTextLayerWithAnAddedBoilerplateCueDropsTheLine() {
        String page = page("一年来，全市科技创新工作稳中有进，新增科技型中小企业320家，创新主体不断壮大。",
                "全年技术合同成交额增长15%，科技成果转化步伐加快，区域创新能力进一步提升。", "点击收听本文",
                "全市研发经费投入强度达到2.8%，高新技术产业增加值占规上工业比重持续提高。");
        assertThat(bodyOf(analyze(TEXT, page))).contains("点击收听本文");

        TextRules added = TextRules.of(edit(TextRules.defaultLines(TextRules.BOILERPLATE), t -> false,
                "TOOLBAR\t^点击收听本文$\n"), TextRules.defaultLines(TextRules.METADATA_WORDS));
        String body = bodyOf(analyze(new TextLayer(added), page));
        assertThat(body).doesNotContain("点击收听本文").contains("320家", "增长15%", "2.8%");
    }

    @Test
    void aTextLayerWithAnAddedNotOutletWordTakesNoSourceFromTheDateline() {
        String page = "某市启动科技成果转化专项行动\n滨江晚报杭州3月5日电 记者从市科技局获悉，全市启动科技成果转化专项行动。\n";
        assertThat(analyze(TEXT, page).meta().source()).isEqualTo("滨江晚报");

        TextRules added = TextRules.of(TextRules.defaultLines(TextRules.BOILERPLATE),
                edit(TextRules.defaultLines(TextRules.METADATA_WORDS), t -> t.startsWith("not-outlet\t"),
                        "not-outlet\t本报|本网|本台|本社|滨江晚报\n"));
        assertThat(analyze(new TextLayer(added), page).meta().source()).isNotEqualTo("滨江晚报");
    }

    // ---- the pipeline composes stages built with other rules

    @Test
    void aPipelineComposesAStageBuiltWithOtherRules() {
        String page = page("冲刺全市技术合同成交额突破80亿元。");
        FigureRules added = FigureRules.of(edit(FigureRules.defaultLines(), t -> false, "future\t冲刺\tGOAL\n"));
        Pipeline pipeline = new Pipeline(TEXT, new FigureStage(added), TimeStage.defaults());
        Report r = pipeline.run("generic", SourceDocument.ofText(page), ParseContext.defaults(), SiteHints.NONE);
        Report shipped = Pipeline.defaults().run("generic", SourceDocument.ofText(page), ParseContext.defaults(),
                SiteHints.NONE);
        assertThat(r.targets()).hasSize(1);
        assertThat(shipped.targets()).isEmpty();
        assertThat(r.indicators().size() + r.targets().size())
                .isEqualTo(shipped.indicators().size() + shipped.targets().size());
    }

    // ---- a bad rule line fails at load with its file and line

    @Test
    void aBadRuleLineFailsWhenTheRuleSetIsBuiltNamingFileAndLine() {
        assertThatThrownBy(() -> FigureRules.of(RuleFile.parse("my-cues.tsv", "future\t力争\tGOAL\nsoon\t即将\n")))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("my-cues.tsv:2: unknown Kind soon");
        assertThatThrownBy(() -> FigureRules.of(RuleFile.parse("my-cues.tsv", "future\t力争\tMAYBE\n")))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("my-cues.tsv:1: unknown Modality MAYBE");
        assertThatThrownBy(() -> TimeRules.with("relative-years.txt", RuleFile.parse("years.txt", "# base\n明年 NEXT 1\n")))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("years.txt:2: unknown Base NEXT");
        assertThatThrownBy(() -> TextRules.of(RuleFile.parse("cues.txt", "FOOTER\t^版权所有\n"),
                TextRules.defaultLines(TextRules.METADATA_WORDS)))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("cues.txt:1: unknown Kind FOOTER");
        assertThatThrownBy(() -> TextRules.of(TextRules.defaultLines(TextRules.BOILERPLATE),
                RuleFile.parse("words.txt", "speech-venue\t会议\n")))
                .isInstanceOf(RuleException.class).hasMessageContaining("words.txt:0: no list speaker-post");
        assertThatThrownBy(() -> QuantityRules.with("units.tsv", RuleFile.parse("u.tsv", "架次\t1\t架次\tSHIPS\n")))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("u.tsv:1: unknown Kind SHIPS");
        assertThatThrownBy(() -> TimeRules.with("no-such-file.txt", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event-verbs.txt");
    }

    private static String bodyOf(Analysis a) {
        StringBuilder b = new StringBuilder();
        a.body().forEach(p -> b.append(a.text(p)).append('\n'));
        return b.toString();
    }
}
