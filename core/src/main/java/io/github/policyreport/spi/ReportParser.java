package io.github.policyreport.spi;

import io.github.policyreport.model.Report;

import java.util.Optional;

/**
 * Turns pages of one kind (usually one site) into {@link Report}s.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #id()} is unique, stable, lower-case ASCII ({@code [a-z0-9-]+}); it is what users
 *       pass to force a parser and what a report records.</li>
 *   <li>{@link #detect(SourceDocument)} is cheap and side-effect free: it returns an opinion with a
 *       confidence in [0, 1] and the kind of evidence, or empty when it has none. It must not
 *       throw; the registry treats a throwing parser as having no opinion.</li>
 *   <li>{@link #parse(SourceDocument, ParseContext)} never returns {@code null}, never reads the
 *       clock (relative dates use {@link ParseContext#referenceDate()}) and reports problems as
 *       {@link io.github.policyreport.model.Warning warnings} on the report, or as a
 *       {@link ReportException} when no report can be made.</li>
 *   <li>Implementations are immutable and thread-safe, with a public no-argument constructor,
 *       and are registered in {@code META-INF/services/io.github.policyreport.spi.ReportParser}
 *       and with {@code provides} in {@code module-info.java}.</li>
 * </ul>
 * Most site parsers extend {@link SiteParser}, which runs the
 * generic pipeline with the site's boilerplate and metadata knowledge.
 */
public interface ReportParser {

    /** The unique id. */
    String id();

    /** One line saying what pages this parser is for. */
    default String description() {
        return id();
    }

    /** This parser's opinion of whether it should read {@code document}. */
    Optional<Detection> detect(SourceDocument document);

    /**
     * Turns the document into a report.
     *
     * @throws ReportException when no report can be made
     */
    Report parse(SourceDocument document, ParseContext context) throws ReportException;
}
