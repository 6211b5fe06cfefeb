package io.github.policyreport.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reusable {@link Matcher} per numbered pattern, reset to each text it is asked for instead of
 * made anew: a matcher of a pattern with many groups allocates several arrays, which a page's
 * lines, paragraphs and sentences would otherwise pay for again and again. Mutable: one per page
 * (or per stage run) and one thread, never shared.
 *
 * <p>Public because the boilerplate cues ({@code internal.text}) keep their matchers in one. (The
 * date extractor binds its matchers to one page's text instead: {@code DateExtractor.Scanner}.)
 */
public final class Matchers {

    private final Matcher[] matchers;

    /** Room for the patterns numbered {@code 0 .. patterns - 1}. */
    public Matchers(int patterns) {
        this.matchers = new Matcher[patterns];
    }

    /**
     * The matcher of pattern number {@code id} (always {@code pattern}), reset to {@code text}: its
     * region is the whole text and nothing of an earlier match is left; its bound flags
     * (transparent, anchoring) stay as the caller last set them.
     */
    public Matcher of(int id, Pattern pattern, CharSequence text) {
        Matcher m = matchers[id];
        if (m == null) {
            m = pattern.matcher(text);
            matchers[id] = m;
        } else {
            m.reset(text);
        }
        return m;
    }
}
