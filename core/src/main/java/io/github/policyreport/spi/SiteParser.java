package io.github.policyreport.spi;

import io.github.policyreport.model.Report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A parser for one site: the generic pipeline, told the site's boilerplate and outlet by a
 * {@link SiteProfile}, and a detector that looks for the site's host and template markers.
 *
 * <p>Detection: a document whose name (path or URL) contains one of the profile's hosts is
 * {@linkplain Detection#declared declared} at 0.95; otherwise each template marker found in the
 * text (all phrases of an {@code a && b} marker) is {@linkplain Detection#structural structural} evidence, 0.6 for one marker and up to
 * 0.9 for three or more; no marker, no opinion.
 *
 * <p>Subclasses supply the profile from a public no-argument constructor; they are immutable and
 * thread-safe.
 */
public abstract class SiteParser implements ReportParser {

    private final SiteProfile profile;
    /** The phrases of each marker ({@code a && b} split once here, not at every detection). */
    private final List<List<String>> markerPhrases;

    /** A parser for the site this profile describes. */
    protected SiteParser(SiteProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.markerPhrases = profile.markers().stream()
                .map(m -> Arrays.stream(m.split(" && ")).map(String::strip).toList()).toList();
    }

    /** The site knowledge this parser runs with. */
    public final SiteProfile profile() {
        return profile;
    }

    @Override
    public final String id() {
        return profile.id();
    }

    @Override
    public String description() {
        return profile.description();
    }

    @Override
    public Optional<Detection> detect(SourceDocument document) {
        String name = document.nameOptional().map(n -> n.toLowerCase(Locale.ROOT)).orElse("");
        for (String host : profile.hosts()) {
            if (name.contains(host)) {
                return Optional.of(Detection.declared(0.95, "name contains " + host));
            }
        }
        String text = document.text();
        int found = 0;
        String first = null;
        for (int m = 0; m < markerPhrases.size(); m++) {
            if (present(markerPhrases.get(m), text, document)) {
                found++;
                first = first == null ? profile.markers().get(m) : first;
            }
        }
        if (found == 0) {
            return Optional.empty();
        }
        double confidence = Math.min(0.9, 0.5 + 0.1 * (found + 0.0) + (found >= 2 ? 0.1 : 0.0));
        return Optional.of(Detection.structural(confidence, found + " template marker(s), e.g. " + first));
    }

    /** Whether every phrase of a marker ({@code a && b}) is in the text or a meta value. */
    private static boolean present(List<String> phrases, String text, SourceDocument document) {
        for (String p : phrases) {
            if (!text.contains(p) && !document.meta().containsValue(p)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Report parse(SourceDocument document, ParseContext context) {
        return Engine.get().run(id(), document, context, profile);
    }
}
