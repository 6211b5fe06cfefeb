package io.github.policyreport.internal.quantity;

import io.github.policyreport.mention.QuantityMention;

import java.util.List;

/** Finds and resolves the quantities of a text. */
public final class QuantityEngine {

    private QuantityEngine() {
    }

    /** Every quantity mention in {@code text}, in order, with offsets into {@code text}. */
    public static List<QuantityMention> find(String text) {
        return List.of();
    }
}
