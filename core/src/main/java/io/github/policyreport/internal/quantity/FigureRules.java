package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.RuleFile;

import java.util.List;
import java.util.Objects;

/**
 * The rule set of the {@link FigureStage}: the cue lists of {@code figures.tsv} (future cues, past
 * markers, subject boundaries, part and heading cues), the number grammar ({@link QuantityRules})
 * and the readers built on them. The
 * {@linkplain #defaults() default set} is loaded once, on first use, and shared; {@link #of} builds
 * a set from other rule lines, e.g. a test's copy of {@code figures.tsv} with one cue removed.
 * Immutable.
 */
public final class FigureRules {

    private static final Lazy<FigureRules> DEFAULTS = Lazy.of(() -> new FigureRules(Cues.defaults(),
            QuantityRules.defaults()));

    final Cues cues;
    final Rules numbers;
    final Subjects subjects;
    final Parts parts;
    final Changes changes;

    private FigureRules(Cues cues, QuantityRules quantities) {
        this.cues = cues;
        this.numbers = quantities.rules;
        this.subjects = new Subjects(cues, numbers);
        this.parts = new Parts(cues);
        this.changes = new Changes(cues, subjects);
    }

    /** The shipped rules. */
    public static FigureRules defaults() {
        return DEFAULTS.get();
    }

    /**
     * The rules of {@code cueLines}, in the format of {@code figures.tsv}.
     *
     * @throws io.github.policyreport.internal.RuleException for a bad line, naming file:line
     */
    public static FigureRules of(List<RuleFile.Line> cueLines) {
        return of(cueLines, QuantityRules.defaults());
    }

    /**
     * The rules of {@code cueLines} (in the format of {@code figures.tsv}) with the number grammar
     * of {@code quantities}.
     *
     * @throws io.github.policyreport.internal.RuleException for a bad line, naming file:line
     */
    public static FigureRules of(List<RuleFile.Line> cueLines, QuantityRules quantities) {
        return new FigureRules(Cues.of(cueLines), Objects.requireNonNull(quantities, "quantities"));
    }

    /** The lines of the shipped {@code figures.tsv}, to start a modified set from. */
    public static List<RuleFile.Line> defaultLines() {
        return RuleFile.read(FigureRules.class, "figures.tsv");
    }
}
