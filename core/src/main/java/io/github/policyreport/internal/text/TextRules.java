package io.github.policyreport.internal.text;

import io.github.policyreport.internal.Lazy;
import io.github.policyreport.internal.RuleFile;
import io.github.policyreport.internal.RuleFiles;

import java.util.List;
import java.util.Objects;

/**
 * The rule set of the {@link TextLayer}: the generic boilerplate cues ({@code boilerplate.txt})
 * and the word lists of the metadata readers ({@code metadata-words.txt}). The
 * {@linkplain #defaults() default set} is loaded once, on first use, and shared;
 * {@link #of} builds a set from other lines, e.g. a test's copy of {@code boilerplate.txt} with
 * one cue removed. The gazetteers (regions, character variants) are shared by every set. Immutable.
 */
public final class TextRules {

    /** The boilerplate cue file. */
    public static final String BOILERPLATE = "boilerplate.txt";
    /** The metadata word list file. */
    public static final String METADATA_WORDS = "metadata-words.txt";

    private static final RuleFiles SHIPPED = RuleFiles.shipped(TextRules.class, List.of(BOILERPLATE, METADATA_WORDS));
    private static final Lazy<TextRules> DEFAULTS = Lazy.of(() -> new TextRules(Cues.defaults(), MetaWords.defaults()));

    final Cues boilerplate;
    final MetaWords metaWords;

    private TextRules(Cues boilerplate, MetaWords metaWords) {
        this.boilerplate = boilerplate;
        this.metaWords = metaWords;
    }

    /** The shipped rules. */
    public static TextRules defaults() {
        return DEFAULTS.get();
    }

    /**
     * The rules of {@code boilerplate} (in the format of {@value #BOILERPLATE}) and
     * {@code metadataWords} (in the format of {@value #METADATA_WORDS}).
     *
     * @throws io.github.policyreport.internal.RuleException for a bad line, naming file:line
     */
    public static TextRules of(List<RuleFile.Line> boilerplate, List<RuleFile.Line> metadataWords) {
        return new TextRules(Cues.of(Objects.requireNonNull(boilerplate, "boilerplate")),
                MetaWords.of(Objects.requireNonNull(metadataWords, "metadataWords")));
    }

    /** The lines of the shipped rule file {@code file} ({@value #BOILERPLATE} or {@value #METADATA_WORDS}). */
    public static List<RuleFile.Line> defaultLines(String file) {
        return SHIPPED.lines(file);
    }
}
