package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.Analysis;

import java.util.List;

/** Body paragraphs to indicators and targets. */
public final class FigureStage {

    private FigureStage() {
    }

    /**
     * The indicators and targets of the body.
     *
     * @param analysis      the analysed page
     * @param referenceYear the year 今年 means, or null when unknown
     */
    public static Figures extract(Analysis analysis, Integer referenceYear) {
        return new Figures(List.of(), List.of());
    }
}
