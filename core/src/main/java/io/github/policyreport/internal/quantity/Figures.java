package io.github.policyreport.internal.quantity;

import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Target;

import java.util.List;

/**
 * The figures of one report.
 *
 * @param indicators achieved figures in reading order
 * @param targets    forward-looking figures in reading order
 */
public record Figures(List<Indicator> indicators, List<Target> targets) {

    public Figures {
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
    }
}
