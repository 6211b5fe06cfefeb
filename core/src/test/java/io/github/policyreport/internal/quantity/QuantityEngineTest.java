package io.github.policyreport.internal.quantity;

import io.github.policyreport.Mentions;
import io.github.policyreport.mention.QuantityMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine end to end on the case table, in Simplified, Traditional and full-width forms. */
class QuantityEngineTest {

    static Stream<Arguments> cases() {
        return QuantityTables.table("quantity-cases.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void findsEveryQuantityAsWrittenAndNothingElse(String text, String expected) {
        List<QuantityMention> found = Mentions.quantities(text);
        QuantityTables.assertSpansIndex(text, found);
        assertThat(found).extracting(QuantityTables::render).containsExactlyElementsOf(QuantityTables.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheSameQuantitiesInTraditionalScript(String text, String expected) {
        QuantityTables.assertFinds(QuantityTables.traditional(text), expected, QuantityTables::traditional);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheSameQuantitiesInFullWidthForms(String text, String expected) {
        QuantityTables.assertFinds(QuantityTables.fullWidth(text), expected, QuantityTables::fullWidth);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheSameQuantitiesInsideLongerText(String text, String expected) {
        String padded = "据介绍," + text + "。";
        List<QuantityMention> found = QuantityEngine.find(padded);
        QuantityTables.assertSpansIndex(padded, found);
        assertThat(found).extracting(m -> m.span().start()).allMatch(s -> s >= 4);
        assertThat(found).hasSameSizeAs(QuantityTables.expected(expected));
    }
}
