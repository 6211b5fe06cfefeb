package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Target;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of {@code figure-cases.tsv}: for each figure of sentences written in the style of work
 * reports, press conferences, statistical releases, plans and news features, the list it lands in,
 * its subject, deadline and region. All mismatches are reported together.
 */
class QuantityFigureCasesTest {

    @Test
    void everyFigureLandsInItsListWithItsSubjectDeadlineAndRegion() {
        List<String[]> rows = QuantityTables.table("figure-cases.tsv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        List<String> wrong = new ArrayList<>();
        for (String[] r : rows) {
            assertThat(r).as(String.join("|", r)).hasSize(7);
            Analysis a = QuantityFigureStageTest.analysis(r[0]);
            Figures f = FigureStage.defaults().extract(a, Integer.valueOf(r[1]));
            String got = find(f, r[3]);
            String want = r[2] + "|" + r[4] + "|" + (r[2].equals("T") ? r[5] : "~") + "|" + r[6];
            if (!want.equals(got)) {
                wrong.add(r[0] + " «" + r[3] + "»: want " + want + ", got " + got);
            }
            f.indicators().forEach(i -> QuantityFigureStageTest.assertEvidence(a, i.evidence()));
            f.targets().forEach(t -> QuantityFigureStageTest.assertEvidence(a, t.evidence()));
        }
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }

    /** "I|subject|~|region" or "T|subject|deadline|region" of the figure written {@code text}, or "none". */
    private static String find(Figures f, String text) {
        for (Indicator i : f.indicators()) {
            if (i.evidence().span().text().contains(text)) {
                return "I|" + i.subject() + "|~|" + (i.region() == null ? "~" : i.region());
            }
        }
        for (Target t : f.targets()) {
            if (t.evidence().span().text().contains(text)) {
                return "T|" + t.subject() + "|" + (t.deadline() == null ? "~" : t.deadline()) + "|"
                        + (t.region() == null ? "~" : t.region());
            }
        }
        return "none";
    }
}
