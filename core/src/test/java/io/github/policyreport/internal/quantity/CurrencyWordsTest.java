package io.github.policyreport.internal.quantity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A currency named in Traditional script is matched after the page's one normalization. */
class CurrencyWordsTest {

    @Test
    void aTraditionalCurrencyNameIsReadAfterNormalization() {
        assertThat(QuantityEngine.find("營收折合約三千萬歐元")).singleElement()
                .satisfies(m -> assertThat(m.quantity().unit().code()).isEqualTo("EUR"));
    }
}
