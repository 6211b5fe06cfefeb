package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.RuleException;
import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule files: loaded once, a bad line reported with its file and line number. */
class QuantityLexiconTest {

    @Test
    void reportsABadLineWithItsFileAndLineNumber() {
        assertThatThrownBy(() -> Rules.read("bad-lexicon.tsv", 3, 3))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("bad-lexicon.tsv:4:");
    }

    @Test
    void reportsAMissingResource() {
        assertThatThrownBy(() -> Rules.read("no-such-file.tsv", 1, 1)).hasMessageContaining("no-such-file.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"units.tsv,4,5", "currencies.tsv,4,4", "qualifiers.tsv,3,3", "context.tsv,2,3", "figures.tsv,2,3"})
    void loadsEveryShippedRuleFile(String name, int min, int max) {
        assertThat(Rules.read(name, min, max)).isNotEmpty();
    }

    /** Rule words meet normalized text only, so each is written in its normalized form (the file is not folded). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"units.tsv,4,5", "currencies.tsv,4,4", "qualifiers.tsv,3,3", "context.tsv,2,3", "figures.tsv,2,3"})
    void writesEveryRuleWordNormalized(String name, int min, int max) {
        for (RuleFile.Row l : Rules.read(name, min, max)) {
            for (String col : l.cols()) {
                assertThat(Normalizer.normalize(col).text()).as("%s: %s", name, col).isEqualTo(col);
            }
        }
    }
}
