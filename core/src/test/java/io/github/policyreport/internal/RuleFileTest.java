package io.github.policyreport.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one rule-file reader: lines with their numbers, columns, typed kinds, errors naming file:line. */
class RuleFileTest {

    private enum Colour { RED, DARK_BLUE }

    @Test
    void keepsTheNumberOfEveryMeaningfulLineAndDropsABomCommentsAndBlanks() {
        List<RuleFile.Line> lines = RuleFile.parse("t.txt", "\uFEFF# header\n\nfuture\t力争\tGOAL\n  \n  past\t已  \n");
        assertThat(lines).extracting(RuleFile.Line::number).containsExactly(3, 5);
        assertThat(lines).extracting(RuleFile.Line::text).containsExactly("future\t力争\tGOAL", "past\t已");
        assertThat(lines).extracting(RuleFile.Line::file).containsOnly("t.txt");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a\tb|2|3|a,b",
            "a\tb\tc|2|3|a,b,c",
            "a \t b |1|2|a,b"})
    void splitsTabSeparatedColumnsStripped(String text, int min, int max, String expected) {
        RuleFile.Line l = RuleFile.parse("t.tsv", text.replace("\\t", "\t")).get(0);
        assertThat(l.columns(RuleFile.TABS, min, max)).containsExactly(expected.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a\tb\tc\td|t.tsv:1: expected 2..3 columns, found 4",
            "a|t.tsv:1: expected 2..3 columns, found 1",
            "a\t\tc|t.tsv:1: empty column"})
    void aLineWithTheWrongColumnsFailsNamingFileAndLine(String text, String message) {
        RuleFile.Line l = RuleFile.parse("t.tsv", text).get(0);
        assertThatThrownBy(() -> l.columns(RuleFile.TABS, 2, 3)).isInstanceOf(RuleException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(((RuleException) e).line()).isEqualTo(1));
    }

    @Test
    void readsAKindInAnyCaseAndNamesTheKnownKindsOfAnUnknownOne() {
        RuleFile.Line l = RuleFile.parse("k.txt", "\n\nx").get(0);
        assertThat(l.kind(Colour.class, "red")).isEqualTo(Colour.RED);
        assertThat(l.kind(Colour.class, "DARK_BLUE")).isEqualTo(Colour.DARK_BLUE);
        assertThatThrownBy(() -> l.kind(Colour.class, "green")).isInstanceOf(RuleException.class)
                .hasMessageStartingWith("k.txt:3: unknown Colour green; known: [red, dark_blue]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12,", "x,is not a number", "99,must lie in 1..12", "0,must lie in 1..12"})
    void readsAnIntegerInItsRange(String value, String error) {
        RuleFile.Line l = RuleFile.parse("n.txt", "m " + value).get(0);
        if (error == null) {
            assertThat(l.integer(value, 1, 12)).isEqualTo(Integer.parseInt(value));
        } else {
            assertThatThrownBy(() -> l.integer(value, 1, 12)).isInstanceOf(RuleException.class)
                    .hasMessageStartingWith("n.txt:1: " + value + " " + error);
        }
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> RuleFile.read(RuleFileTest.class, "no-such-rules.txt"))
                .hasMessageContaining("no-such-rules.txt");
    }

    @Test
    void ruleFilesReplaceOneFileAndKeepTheOthersAsShipped() {
        RuleFiles shipped = RuleFiles.shipped(RuleFileTest.class, List.of("rule-file-a.txt", "rule-file-b.txt"));
        RuleFiles edited = shipped.with("rule-file-b.txt", RuleFile.parse("mine", "x\ny"));
        assertThat(edited.lines("rule-file-a.txt")).isEqualTo(shipped.lines("rule-file-a.txt"));
        assertThat(edited.lines("rule-file-b.txt")).extracting(RuleFile.Line::text).containsExactly("x", "y");
        assertThat(shipped.lines("rule-file-b.txt")).extracting(RuleFile.Line::text).containsExactly("b1");
        assertThatThrownBy(() -> shipped.with("rule-file-c.txt", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule-file-a.txt");
        assertThatThrownBy(() -> shipped.lines("rule-file-c.txt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLazyDefaultLoadsOnceAndSharesItsValue() {
        AtomicInteger loads = new AtomicInteger();
        Lazy<Object> lazy = Lazy.of(() -> {
            loads.incrementAndGet();
            return new Object();
        });
        assertThat(loads).hasValue(0);
        Object first = lazy.get();
        assertThat(lazy.get()).isSameAs(first);
        assertThat(loads).hasValue(1);
    }

    @Test
    void aLazyDefaultWithABadLineThrowsTheRuleExceptionItselfEveryTime() {
        Lazy<List<String>> lazy = Lazy.of(() -> RuleFile.parse("bad.tsv", "a\tb\nc").stream()
                .map(l -> l.columns(RuleFile.TABS, 2, 2).get(1)).toList());
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(lazy::get).isExactlyInstanceOf(RuleException.class).hasMessageStartingWith("bad.tsv:2:");
        }
    }
}
