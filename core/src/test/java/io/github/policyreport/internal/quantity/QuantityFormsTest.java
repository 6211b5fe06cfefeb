package io.github.policyreport.internal.quantity;

import io.github.policyreport.Mentions;
import io.github.policyreport.mention.QuantityMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way of writing a number, an amount and a unit ({@code quantity-forms.tsv}, grouped by the
 * headings of issue 10): value, unit, qualifier, range and span of each mention, in the script the
 * row is written in, in Traditional script, in full-width forms and inside a longer sentence.
 */
class QuantityFormsTest {

    private static final List<String[]> ROWS = QuantityTables.table("quantity-forms.tsv");

    static Stream<Arguments> forms() {
        return ROWS.stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    @Test
    void coversEveryHeadingOfTheIssueWithManyRows() {
        Map<String, Long> perGroup = ROWS.stream().collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
        assertThat(perGroup).containsOnlyKeys("Numerals", "Percent and parts", "Money", "Units", "Qualifiers", "Ranges",
                "Ranks", "Not quantities");
        assertThat(perGroup.values()).allMatch(n -> n >= 10);
        assertThat(ROWS).hasSizeGreaterThanOrEqualTo(250).allMatch(r -> r.length == 3);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("forms")
    void readsTheFormAsWritten(String group, String text, String expected) {
        QuantityTables.assertFinds(text, expected, UnaryOperator.identity());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("forms")
    void readsTheFormInTraditionalScript(String group, String text, String expected) {
        QuantityTables.assertFinds(QuantityTables.traditional(text), expected, QuantityTables::traditional);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("forms")
    void readsTheFormInFullWidth(String group, String text, String expected) {
        QuantityTables.assertFinds(QuantityTables.fullWidth(text), expected, QuantityTables::fullWidth);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("forms")
    void readsTheFormInsideASentence(String group, String text, String expected) {
        String padded = "据统计," + text + "。";
        List<QuantityMention> found = Mentions.quantities(padded);
        QuantityTables.assertSpansIndex(padded, found);
        assertThat(found).extracting(QuantityTables::render).containsExactlyElementsOf(QuantityTables.expected(expected));
    }
}
