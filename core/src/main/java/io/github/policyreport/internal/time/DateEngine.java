package io.github.policyreport.internal.time;

import io.github.policyreport.mention.DateMention;

import java.time.LocalDate;
import java.util.List;

/** Finds and resolves the date expressions of a text. */
public final class DateEngine {

    private DateEngine() {
    }

    /** Every date expression in {@code text}, resolved against {@code referenceDate} (may be null). */
    public static List<DateMention> find(String text, LocalDate referenceDate) {
        return List.of();
    }
}
