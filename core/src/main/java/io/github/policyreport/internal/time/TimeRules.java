package io.github.policyreport.internal.time;

import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.RuleFile;

import java.util.List;
import java.util.Objects;

/**
 * The rule set of the {@link TimeStage} and {@link DateEngine}: the word lists and tables of this
 * package's rule files ({@code event-verbs.txt}, {@code cutoff-words.txt}, {@code festivals.txt} …)
 * and the readers built on them. The {@linkplain #defaults() default set} is loaded once, on first
 * use, and shared; {@link #with} replaces one file's lines, e.g. a test's copy of
 * {@code event-verbs.txt} with a verb added. Immutable.
 */
public final class TimeRules {

    private static final Lazy<TimeRules> DEFAULTS = Lazy.of(() -> new TimeRules(Rules.defaults()));

    final Rules words;
    final Cues cues;
    final DateExtractor extractor;
    final Verbs.Words verbs;

    private TimeRules(Rules words) {
        this.words = words;
        this.cues = new Cues(words);
        this.extractor = new DateExtractor(words);
        this.verbs = Verbs.Words.of(words);
    }

    /** The shipped rules. */
    public static TimeRules defaults() {
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
     * These rules with the lines of rule file {@code file} replaced by {@code lines} (other files
     * as shipped).
     *
     * @throws IllegalArgumentException if {@code file} is not one of the {@link #files()}
     * @throws io.github.policyreport.internal.RuleException for a bad line, naming file:line
     */
    public static TimeRules with(String file, List<RuleFile.Line> lines) {
        return new TimeRules(Rules.load(Rules.SHIPPED.with(file, Objects.requireNonNull(lines, "lines"))));
    }
}
