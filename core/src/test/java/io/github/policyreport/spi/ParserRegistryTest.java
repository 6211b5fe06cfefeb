package io.github.policyreport.spi;

import io.github.policyreport.generic.GenericParser;
import io.github.policyreport.model.Report;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParserRegistryTest {

    /** A parser with a fixed opinion that records nothing; parse delegates to the generic pipeline. */
    record Fixed(String id, Detection opinion) implements ReportParser {
        @Override
        public Optional<Detection> detect(SourceDocument document) {
            return Optional.ofNullable(opinion);
        }

        @Override
        public Report parse(SourceDocument document, ParseContext context) {
            return new GenericParser().parse(document, context);
        }
    }

    /** A parser whose detection or parsing throws. */
    record Throwing(String id, boolean inDetect) implements ReportParser {
        @Override
        public Optional<Detection> detect(SourceDocument document) {
            if (inDetect) {
                throw new IllegalStateException("boom");
            }
            return Optional.of(Detection.declared(1.0, "always"));
        }

        @Override
        public Report parse(SourceDocument document, ParseContext context) {
            throw new IllegalStateException("boom");
        }
    }

    private static final SourceDocument DOC = SourceDocument.ofText("标题\n正文第一段,内容足够长,用于测试解析器的选择。");

    @Test
    void rejectsDuplicateIds() {
        assertThatThrownBy(() -> ParserRegistry.of(List.of(new Fixed("a", null), new Fixed("a", null))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("duplicate parser id 'a'");
    }

    @Test
    void alwaysHoldsTheGenericParser() {
        assertThat(ParserRegistry.of(List.of()).find(GenericParser.ID)).isPresent();
    }

    @Test
    void fallsBackToGenericWhenNobodyClaimsThePage() {
        ParserRegistry r = ParserRegistry.of(List.of(new Fixed("a", null), new Fixed("b", null)));
        assertThat(r.select(DOC).parser().id()).isEqualTo(GenericParser.ID);
    }

    @Test
    void picksTheHighestConfidence() {
        ParserRegistry r = ParserRegistry.of(List.of(new Fixed("a", Detection.statistical(0.4, "x")),
                new Fixed("b", Detection.structural(0.7, "y")), new Fixed("c", Detection.statistical(0.5, "z"))));
        assertThat(r.select(DOC).parser().id()).isEqualTo("b");
        assertThat(r.select(DOC).detection().confidence()).isEqualTo(0.7);
    }

    @Test
    void breaksTiesByEvidenceThenById() {
        ParserRegistry byId = ParserRegistry.of(List.of(new Fixed("zeta", Detection.structural(0.6, "x")),
                new Fixed("alpha", Detection.structural(0.6, "y"))));
        assertThat(byId.select(DOC).parser().id()).isEqualTo("alpha");
        ParserRegistry byBasis = ParserRegistry.of(List.of(new Fixed("alpha", Detection.statistical(0.6, "x")),
                new Fixed("zeta", Detection.declared(0.6, "y"))));
        assertThat(byBasis.select(DOC).parser().id()).isEqualTo("zeta");
    }

    @Test
    void ignoresADetectorThatThrows() {
        ReportParser broken = new Throwing("broken", true);
        ParserRegistry r = ParserRegistry.of(List.of(broken, new Fixed("ok", Detection.statistical(0.1, "x"))));
        assertThat(r.select(DOC).parser().id()).isEqualTo("ok");
    }

    @Test
    void forcedIdWinsOverDetection() throws ReportException {
        ParserRegistry r = ParserRegistry.of(List.of(new Fixed("a", Detection.declared(0.99, "x")),
                new Fixed("b", null)));
        assertThat(r.parse(DOC, ParseContext.defaults(), "b").parserId()).isEqualTo(GenericParser.ID);
        assertThat(r.get("b").id()).isEqualTo("b");
    }

    @Test
    void unknownIdListsTheKnownOnes() {
        ParserRegistry r = ParserRegistry.of(List.of(new Fixed("a", null), new Fixed("b", null)));
        assertThatThrownBy(() -> r.get("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown parser 'nope'").hasMessageContaining("a, b, generic");
    }

    @Test
    void aFailingParserBecomesAReportException() {
        ReportParser failing = new Throwing("failing", false);
        ParserRegistry r = ParserRegistry.of(List.of(failing));
        assertThatThrownBy(() -> r.parse(DOC, ParseContext.defaults())).isInstanceOf(ReportException.class)
                .hasMessageContaining("failing").hasMessageContaining("boom");
    }

    @Test
    void detectionConfidenceMustBeAProbability() {
        assertThatThrownBy(() -> Detection.declared(1.5, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Detection.declared(Double.NaN, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultRegistryDiscoversTheGenericParserThroughServiceLoader() {
        assertThat(ParserRegistry.defaults().parsers()).extracting(ReportParser::id).contains(GenericParser.ID);
    }
}
