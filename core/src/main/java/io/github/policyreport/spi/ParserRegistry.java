package io.github.policyreport.spi;

import io.github.policyreport.model.Report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The parsers known to an application, and the choice of one for a document.
 *
 * <p>Built once, from {@link ServiceLoader} or from a list, into an unmodifiable map; duplicate ids
 * are rejected. {@link #select(SourceDocument)} asks every parser for its opinion and picks the
 * highest confidence (ties: the stronger evidence, then the smaller id); with no opinion at all
 * it falls back to the {@linkplain SiteProfile#generic() generic parser}, which is always present.
 * Instances are immutable and thread-safe.
 */
public final class ParserRegistry {

    private static final class Holder {
        static final ParserRegistry DEFAULT = load(ParserRegistry.class.getClassLoader());
    }

    private final Map<String, ReportParser> byId;

    private ParserRegistry(Map<String, ReportParser> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The registry of every parser on the class path or module path, loaded once. */
    public static ParserRegistry defaults() {
        return Holder.DEFAULT;
    }

    /**
     * A registry of the parsers {@link ServiceLoader} finds through {@code loader}.
     *
     * @throws IllegalStateException if two parsers share an id
     */
    public static ParserRegistry load(ClassLoader loader) {
        List<ReportParser> found = new ArrayList<>();
        ServiceLoader.load(ReportParser.class, loader).forEach(found::add);
        if (ParserRegistry.class.getModule().isNamed()) {
            ServiceLoader.load(ParserRegistry.class.getModule().getLayer(), ReportParser.class).stream()
                    .map(ServiceLoader.Provider::get)
                    .filter(p -> found.stream().noneMatch(q -> q.getClass() == p.getClass()))
                    .forEach(found::add);
        }
        return of(found);
    }

    /**
     * A registry of these parsers, plus the generic parser when none of them has its id.
     *
     * @throws IllegalStateException if two parsers share an id
     */
    public static ParserRegistry of(Collection<? extends ReportParser> parsers) {
        Map<String, ReportParser> map = new TreeMap<>();
        for (ReportParser p : parsers) {
            String id = Objects.requireNonNull(p.id(), () -> p.getClass().getName() + ".id()");
            ReportParser old = map.putIfAbsent(id, p);
            if (old != null) {
                throw new IllegalStateException("duplicate parser id '" + id + "': "
                        + old.getClass().getName() + " and " + p.getClass().getName());
            }
        }
        map.putIfAbsent(SiteProfile.GENERIC_ID, new SiteParser(SiteProfile.generic()) { });
        return new ParserRegistry(new LinkedHashMap<>(map));
    }

    /** Every parser, ordered by id. */
    public List<ReportParser> parsers() {
        return List.copyOf(byId.values());
    }

    /** The parser with this id, if registered. */
    public Optional<ReportParser> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The parser with this id.
     *
     * @throws IllegalArgumentException naming the known ids, if none has this id
     */
    public ReportParser get(String id) {
        ReportParser p = byId.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown parser '" + id + "'; known parsers: "
                    + String.join(", ", byId.keySet()));
        }
        return p;
    }

    /** The parser that should read {@code document}, with the detection that chose it. */
    public Selection select(SourceDocument document) {
        Objects.requireNonNull(document, "document");
        Selection best = null;
        for (ReportParser p : byId.values()) {
            Optional<Detection> d;
            try {
                d = p.detect(document);
            } catch (RuntimeException e) {
                continue; // a broken detector has no opinion
            }
            if (d == null || d.isEmpty()) {
                continue;
            }
            Selection s = new Selection(p, d.get());
            if (best == null || ORDER.compare(s, best) < 0) {
                best = s;
            }
        }
        if (best == null) {
            return new Selection(byId.get(SiteProfile.GENERIC_ID), Detection.statistical(0.0, "fallback: no parser claimed the page"));
        }
        return best;
    }

    private static final Comparator<Selection> ORDER = Comparator
            .comparing(Selection::detection, Detection.STRONGEST_FIRST)
            .thenComparing(s -> s.parser().id());

    /**
     * Parses with the best parser for the document.
     *
     * @throws ReportException if no report can be made
     */
    public Report parse(SourceDocument document, ParseContext context) throws ReportException {
        return run(select(document).parser(), document, context);
    }

    /**
     * Parses with the parser of this id, whatever the detectors say.
     *
     * @throws IllegalArgumentException if no parser has this id
     * @throws ReportException          if no report can be made
     */
    public Report parse(SourceDocument document, ParseContext context, String parserId) throws ReportException {
        return run(get(parserId), document, context);
    }

    private static Report run(ReportParser parser, SourceDocument document, ParseContext context)
            throws ReportException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(context, "context");
        try {
            Report r = parser.parse(document, context);
            if (r == null) {
                throw new ReportException("parser '" + parser.id() + "' returned no report");
            }
            return r;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ReportException("parser '" + parser.id() + "' failed: " + e, e);
        }
    }

    /**
     * A chosen parser and the detection that chose it.
     *
     * @param parser    the parser
     * @param detection its opinion (a zero-confidence fallback when nobody claimed the page)
     */
    public record Selection(ReportParser parser, Detection detection) {
        /** Validates non-null parts. */
        public Selection {
            Objects.requireNonNull(parser, "parser");
            Objects.requireNonNull(detection, "detection");
        }
    }
}
