package io.github.policyreport;

import io.github.policyreport.internal.quantity.QuantityEngine;
import io.github.policyreport.internal.time.DateEngine;
import io.github.policyreport.mention.DateMention;
import io.github.policyreport.mention.QuantityMention;
import io.github.policyreport.spi.ParseContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The quantity and date engines on their own, for any text: what the pipeline sees in a
 * sentence. The text is normalized exactly as a page is (Traditional script, full-width forms,
 * variants, invisible characters), and every span indexes the text as given. Thread-safe; no state.
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
     *
     * @throws IllegalArgumentException if the reference date is outside the years 1–9999
     */
    public static List<DateMention> dates(String text, LocalDate referenceDate) {
        if (referenceDate != null) {
            ParseContext.withReferenceDate(referenceDate); // the one check of the range: years 1-9999
        }
        return DateEngine.find(Objects.requireNonNull(text, "text"), referenceDate);
    }
}
