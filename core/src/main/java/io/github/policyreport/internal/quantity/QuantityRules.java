package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.RuleFile;

import java.util.List;
import java.util.Objects;

/**
 * The number grammar's rule set: unit words ({@code units.tsv}), currencies
 * ({@code currencies.tsv}), qualifier words ({@code qualifiers.tsv}) and context words
 * ({@code context.tsv}), read by {@link QuantityEngine} and the {@link FigureStage}. The
 * {@linkplain #defaults() default set} is loaded once, on first use, and shared; {@link #with}
 * replaces one file's lines, e.g. a test's {@code units.tsv} with a unit added. Immutable.
 */
public final class QuantityRules {

    private static final Lazy<QuantityRules> DEFAULTS = Lazy.of(() -> new QuantityRules(Rules.defaults()));

    final Rules rules;

    private QuantityRules(Rules rules) {
        this.rules = rules;
    }

    /** The shipped rules. */
    public static QuantityRules defaults() {
        return DEFAULTS.get();
    }

    /** The names of the rule files, each one a set of lines that {@link #with} can replace. */
    public static List<String> files() {
        return Rules.SHIPPED.names();
    }

    /** The lines of the shipped rule file {@code file}, to start a modified set from. */
    public static List<RuleFile.Line> defaultLines(String file) {
        return Rules.SHIPPED.lines(file);
    }

    /**
     * The shipped rules with the lines of rule file {@code file} replaced by {@code lines}.
     *
     * @throws IllegalArgumentException if {@code file} is not one of the {@link #files()}
     * @throws io.github.policyreport.internal.RuleException for a bad line, naming file:line
     */
    public static QuantityRules with(String file, List<RuleFile.Line> lines) {
        return new QuantityRules(Rules.load(Rules.SHIPPED.with(file, Objects.requireNonNull(lines, "lines"))));
    }
}
