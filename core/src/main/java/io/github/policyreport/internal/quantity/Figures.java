package io.github.policyreport.internal.quantity;

import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Target;
import io.github.policyreport.model.Warning;

import java.util.List;

/**
 * The figures of one report.
 *
 * @param indicators achieved figures in reading order
 * @param targets    forward-looking figures in reading order
 * @param warnings   sentences left out because reading them failed, or mentions cut by a bound
 *
 * <p>Public because the figure stage's result, read by the pipeline.
 */
public record Figures(List<Indicator> indicators, List<Target> targets, List<Warning> warnings) {

    public Figures {
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
        warnings = List.copyOf(warnings);
    }

    /** Figures with no warnings. */
    public Figures(List<Indicator> indicators, List<Target> targets) {
        this(indicators, targets, List.of());
    }
}
