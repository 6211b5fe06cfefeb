package io.github.policyreport.mention;

import io.github.policyreport.internal.quantity.QuantityEngine;
import io.github.policyreport.internal.time.DateEngine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The quantity and date engines on their own, for any text: what the pipeline sees in a
 * sentence. Thread-safe; no state.
 */
public final class Mentions {

    private Mentions() {
    }

    /**
     * Every quantity in {@code text}, in order, spans indexing {@code text}: numbers in every written
     * form (一百三十七, 贰仟叁佰, 3万2千5百, 三百五, 25k), bare ones with {@code Unit.NONE}; money in any
     * currency (港币三千五百元, US$45, 256元3角2分); parts (六成八, 八五折); measures; ranks (第三大,
     * 前10位); ranges and qualifiers. A report keeps only the figures among them that measure something.
     */
    public static List<QuantityMention> quantities(String text) {
        return QuantityEngine.find(Objects.requireNonNull(text, "text"));
    }

    /**
     * Every date expression in {@code text}, in order, spans indexing {@code text}; relative
     * expressions are resolved against {@code referenceDate}, or left unresolved when it is null.
     */
    public static List<DateMention> dates(String text, LocalDate referenceDate) {
        return DateEngine.find(Objects.requireNonNull(text, "text"), referenceDate);
    }
}
