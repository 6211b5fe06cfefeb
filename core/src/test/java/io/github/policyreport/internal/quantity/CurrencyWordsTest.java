package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Normalizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The currency words are stored as the text layer normalizes a page, so the figure stage can match
 * them without converting them at load (which would load the script converter for every page).
 */
class CurrencyWordsTest {

    @Test
    void everyCurrencyWordIsAlreadyNormalized() throws IOException {
        List<String> words;
        try (InputStream in = Rules.class.getResourceAsStream("currencies.tsv")) {
            words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.substring(0, l.indexOf('\t')))
                    .toList();
        }
        assertThat(words).hasSizeGreaterThan(50);
        assertThat(words).allSatisfy(w -> assertThat(Normalizer.normalize(w).text()).isEqualTo(w));
    }

    @Test
    void aTraditionalCurrencyNameIsReadAfterNormalization() {
        assertThat(QuantityEngine.find("營收折合約三千萬歐元")).singleElement()
                .satisfies(m -> assertThat(m.quantity().unit().code()).isEqualTo("EUR"));
    }
}
