package io.github.policyreport.internal.quantity;

import io.github.policyreport.Reports;
import io.github.policyreport.internal.text.Normalizer;
import io.github.policyreport.mention.QuantityMention;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Quantity;
import io.github.policyreport.model.Report;
import io.github.policyreport.model.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every quantity of the seed gold (seed-gold-quantities.tsv, from the shared gold annotations) is
 * found by the engine exactly as written, and reaches the report as an indicator or a target.
 */
class QuantitySeedGoldQuantitiesTest {

    static Stream<Arguments> required() {
        return QuantityTables.table("seed-gold-quantities.tsv").stream()
                .filter(r -> r[5].equals("false"))
                .map(r -> Arguments.of(r[0], r[2], r[3], r[4], r[1]));
    }

    /** The scorer's unit key: counts compare their first classifier character. */
    static boolean sameUnit(Quantity q, String goldUnit) {
        String code = q.unit().code();
        String gold = Normalizer.normalize(goldUnit).text();
        return q.unit().isCount() ? !code.isEmpty() && !gold.isEmpty() && code.charAt(0) == gold.charAt(0)
                : code.equals(gold);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("required")
    void findsEveryGoldQuantityAsWritten(String doc, String text, String value, String unit, String list) {
        String page = QuantityTables.resource("seeds/" + doc);
        List<QuantityMention> found = QuantityEngine.find(page);
        QuantityTables.assertSpansIndex(page, found);
        assertThat(found).filteredOn(m -> m.span().text().equals(text))
                .as("%s in %s", text, doc)
                .anySatisfy(m -> {
                    assertThat(m.quantity().value()).isEqualByComparingTo(new BigDecimal(value));
                    if (!m.quantity().unit().code().isEmpty()) {
                        assertThat(sameUnit(m.quantity(), unit)).as(m.quantity().unit() + " vs " + unit).isTrue();
                    }
                });
    }

    private static <T> boolean removeFirst(List<T> list, Predicate<T> p) {
        for (int i = 0; i < list.size(); i++) {
            if (p.test(list.get(i))) {
                list.remove(i);
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_5c173cae656b120b.txt", "001_5ba87032492a5695.txt", "002_9709985b860889a0.txt",
            "003_758cc39c9fd3bc2f.txt", "004_e198b29a7063dd32.txt"})
    void reportsEveryRequiredGoldQuantityInTheRightList(String doc) throws Exception {
        String page = QuantityTables.resource("seeds/" + doc);
        Report report = Reports.parse(page);
        List<Indicator> indicators = new ArrayList<>(report.indicators());
        List<Target> targets = new ArrayList<>(report.targets());
        for (Indicator i : indicators) {
            QuantityTables.assertSpan(page, i.evidence().span());
        }
        for (Target t : targets) {
            QuantityTables.assertSpan(page, t.evidence().span());
        }
        List<String[]> gold = QuantityTables.table("seed-gold-quantities.tsv").stream()
                .filter(r -> r[0].equals(doc) && r[5].equals("false")).toList();
        List<String> missing = new ArrayList<>();
        for (String[] g : gold) {
            BigDecimal v = new BigDecimal(g[3]);
            boolean hit = g[1].equals("indicators")
                    ? removeFirst(indicators, i -> i.quantity().value().compareTo(v) == 0 && sameUnit(i.quantity(), g[4]))
                    : removeFirst(targets, t -> t.quantity().value().compareTo(v) == 0 && sameUnit(t.quantity(), g[4]));
            if (!hit) {
                missing.add(g[1] + " " + g[2]);
            }
        }
        assertThat(missing).as("gold quantities not reported in their list").isEmpty();
    }
}
