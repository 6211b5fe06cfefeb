package io.github.policyreport.internal.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DedupTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            // second copy complete (has the intro the first lacks): keep it
            "甲甲甲甲甲甲甲甲甲;乙乙乙乙乙乙乙乙乙;丙丙丙丙丙丙丙丙丙;引言引言引言引言引言;甲甲甲甲甲甲甲甲甲;乙乙乙乙乙乙乙乙乙;丙丙丙丙丙丙丙丙丙 => 3-7",
            // first copy complete: keep it
            "引言引言引言引言引言;甲甲甲甲甲甲甲甲甲;乙乙乙乙乙乙乙乙乙;甲甲甲甲甲甲甲甲甲;乙乙乙乙乙乙乙乙乙 => 0-3",
            // no copy
            "甲甲甲甲甲甲甲甲甲;乙乙乙乙乙乙乙乙乙;丙丙丙丙丙丙丙丙丙 => none",
            // one repeated line is not a doubled body
            "甲甲甲甲甲甲甲甲甲;乙乙乙乙乙乙乙乙乙;丙丙丙丙丙丙丙丙丙;丁丁丁丁丁丁丁丁丁;甲甲甲甲甲甲甲甲甲 => none"})
    void keepsOneCompleteCopyOfADoubledBody(String paragraphs, String expected) {
        List<Block> blocks = Block.split(paragraphs.replace(';', '\n'), Cues.defaults());
        int[] keep = Dedup.keep(blocks);
        assertThat(keep == null ? "none" : keep[0] + "-" + keep[1]).isEqualTo(expected);
    }
}
