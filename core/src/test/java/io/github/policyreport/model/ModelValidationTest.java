package io.github.policyreport.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelValidationTest {

    @Test
    void spanRejectsNegativeOrReversedRanges() {
        assertThatThrownBy(() -> new Span(-1, 2, "abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(3, 2, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spanRejectsTextOfTheWrongLength() {
        assertThatThrownBy(() -> new Span(0, 2, "abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spanOfCutsItsTextFromTheSource() {
        Span s = Span.of("高新技术企业303家", 6, 10);
        assertThat(s.text()).isEqualTo("303家");
        assertThat(s.length()).isEqualTo(4);
        assertThatThrownBy(() -> Span.of("abc", 1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"2015,2015", "2015-04,2015-04", "2021-12-31,2021-12-31", "2022-01-14T17:50,2022-01-14T17:50"})
    void partialDatePrintsAndParsesItsIsoPrefix(String iso, String expected) {
        assertThat(PartialDate.parse(iso)).hasToString(expected);
    }

    @Test
    void partialDateKeepsItsPrecision() {
        assertThat(PartialDate.of(2015, 4).precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.of(2015, 4).toLocalDate()).isEmpty();
        assertThat(PartialDate.of(2022, 1, 14, 17, 50).precision()).isEqualTo(PartialDate.Precision.MINUTE);
    }

    @Test
    void partialDateRejectsImpossibleDates() {
        assertThatThrownBy(() -> PartialDate.of(2021, 2, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.of(2021, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(2021, null, 3, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.of(2021, 1, 1, 25, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("2021-1-5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partialDatesSortCoarseBeforeFine() {
        assertThat(List.of(PartialDate.of(2015, 4, 1), PartialDate.of(2015), PartialDate.of(2015, 4)).stream().sorted())
                .containsExactly(PartialDate.of(2015), PartialDate.of(2015, 4), PartialDate.of(2015, 4, 1));
    }

    @Test
    void quantityIsAnExactMagnitude() {
        Quantity q = Quantity.of(new BigDecimal("20.8").multiply(new BigDecimal("100000000")), Unit.CNY, Qualifier.EQ);
        assertThat(q.value().toString()).isEqualTo("2080000000");
        assertThat(Quantity.of("13.20", Unit.PERCENT).value().toString()).isEqualTo("13.2");
        assertThatThrownBy(() -> Quantity.of("-1", Unit.PERCENT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quantityRangeMustBeOrdered() {
        Quantity r = Quantity.range(BigDecimal.valueOf(2), BigDecimal.valueOf(3), Unit.count("类"), Qualifier.EQ);
        assertThat(r.isRange()).isTrue();
        assertThat(r.upperBound()).contains(new BigDecimal("3"));
        assertThatThrownBy(() -> Quantity.range(BigDecimal.TEN, BigDecimal.ONE, Unit.PERCENT, Qualifier.EQ))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitChecksItsCodeAgainstItsKind() {
        assertThat(Unit.currency("usd")).isEqualTo(new Unit("USD", Unit.Kind.MONEY));
        assertThat(Unit.currency("CNY")).isSameAs(Unit.CNY);
        assertThat(Unit.count("家").isCount()).isTrue();
        assertThatThrownBy(() -> new Unit("yuan", Unit.Kind.MONEY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Unit.count("pcs")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Unit("", Unit.Kind.COUNT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evidenceMustLieInsideItsSentence() {
        String text = "技术合同成交额突破50亿元。";
        assertThat(new Evidence(Span.of(text, 7, 13), Span.of(text, 0, 14)).span().text()).isEqualTo("突破50亿元");
        assertThatThrownBy(() -> new Evidence(Span.of(text, 0, 5), Span.of(text, 7, 14)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportRejectsSpansThatDoNotIndexItsSourceText() {
        String text = "高新技术企业303家";
        Evidence good = new Evidence(Span.of(text, 6, 10), Span.of(text, 0, 10));
        Evidence bad = new Evidence(new Span(6, 10, "304家"), new Span(0, 10, "高新技术企业304家"));
        ReportMetadata meta = new ReportMetadata("t", null, null, List.of(), List.of(), List.of(), 2022, Script.SIMPLIFIED);
        Indicator ok = new Indicator("高新技术企业", Quantity.of("303", Unit.count("家")), null, null, good);
        Indicator wrong = new Indicator("高新技术企业", Quantity.of("304", Unit.count("家")), null, null, bad);
        assertThat(new Report("generic", text, meta, text, List.of(), List.of(ok), List.of(), List.of(), List.of())
                .indicators()).hasSize(1);
        assertThatThrownBy(() -> new Report("generic", text, meta, text, List.of(), List.of(wrong), List.of(),
                List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void metadataCopiesListsAndBlanksBecomeAbsent() {
        java.util.ArrayList<String> regions = new java.util.ArrayList<>(List.of("西安市"));
        ReportMetadata m = new ReportMetadata(" ", null, "", List.of(), List.of(), regions, null, Script.TRADITIONAL);
        regions.add("咸阳市");
        assertThat(m.regions()).containsExactly("西安市");
        assertThat(m.titleOptional()).isEmpty();
        assertThat(m.sourceOptional()).isEmpty();
        assertThat(m.referenceYearOptional()).isEmpty();
        assertThatThrownBy(() -> new ReportMetadata("t", null, null, List.of(), List.of(), List.of(), 0, Script.SIMPLIFIED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timelineEventNeedsADescription() {
        String text = "2015年4月召开大会";
        Evidence e = new Evidence(Span.of(text, 0, 7), Span.of(text, 0, 11));
        assertThatThrownBy(() -> new TimelineEvent(PartialDate.of(2015, 4), " ", e))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
