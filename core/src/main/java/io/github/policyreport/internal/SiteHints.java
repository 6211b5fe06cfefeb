package io.github.policyreport.internal;

import io.github.policyreport.spi.SiteProfile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the pipeline needs to know of a site: its whole-line boilerplate patterns and its own
 * outlet. Parsers describe a site with a {@link SiteProfile}; the pipeline reads only this.
 *
 * @param boilerplate whole-line patterns of the site's boilerplate
 * @param source      the site's outlet, used when the page names none, or {@code null}
 *
 * <p>Public because the pipeline hands it from the site parser to the text layer.
 */
public record SiteHints(List<Pattern> boilerplate, String source) {

    /** No site knowledge: the generic parser's hints. */
    public static final SiteHints NONE = new SiteHints(List.of(), null);

    /** Copies the list. */
    public SiteHints {
        boilerplate = List.copyOf(boilerplate);
    }

    /** The hints a profile gives. */
    public static SiteHints of(SiteProfile profile) {
        return new SiteHints(profile.boilerplate(), profile.source());
    }
}
