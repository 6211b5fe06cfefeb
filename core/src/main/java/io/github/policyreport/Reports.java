package io.github.policyreport;

import io.github.policyreport.internal.text.Decoder;
import io.github.policyreport.model.Report;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ParserRegistry;
import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.SourceDocument;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * The one-call entry point: a page in, a {@link Report} out, through the
 * {@linkplain ParserRegistry#defaults() default registry}.
 *
 * <pre>{@code
 * Report r = Reports.parse(Path.of("page.html"));
 * r.indicators().forEach(i -> System.out.println(i.subject() + " " + i.quantity().value()));
 * }</pre>
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Parses a page given as a string: HTML is recognised by its content, as for bytes; anything
     * else is plain text (e.g. what a scraper left).
     *
     * @throws ReportException if no report can be made
     */
    public static Report parse(String text) throws ReportException {
        SourceDocument doc = Decoder.isHtml(text) ? SourceDocument.ofHtml(text) : SourceDocument.ofText(text);
        return parse(doc, ParseContext.defaults());
    }

    /**
     * Parses HTML markup.
     *
     * @throws ReportException if no report can be made
     */
    public static Report parseHtml(String html) throws ReportException {
        return parse(SourceDocument.ofHtml(html), ParseContext.defaults());
    }

    /**
     * Parses bytes: the charset is detected and HTML recognised by content.
     *
     * @throws ReportException if the bytes are not text or no report can be made
     */
    public static Report parse(byte[] bytes) throws ReportException {
        return parse(SourceDocument.of(null, bytes), ParseContext.defaults());
    }

    /**
     * Reads and parses a stream (not closed) of at most {@link ParseContext#DEFAULT_MAX_BYTES}:
     * the charset is detected and HTML recognised by content.
     *
     * @throws ReportException if the stream is too large or fails, or its bytes are not text
     */
    public static Report parse(InputStream in) throws ReportException {
        return parse(SourceDocument.read(null, in, ParseContext.DEFAULT_MAX_BYTES), ParseContext.defaults());
    }

    /**
     * Reads and parses a regular file of at most {@link ParseContext#DEFAULT_MAX_BYTES}.
     *
     * @throws ReportException if the file is missing, not a regular file, too large or not text
     */
    public static Report parse(Path file) throws ReportException {
        return parse(SourceDocument.read(file), ParseContext.defaults());
    }

    /**
     * Parses a document with options, choosing the parser by detection.
     *
     * @throws ReportException if no report can be made
     */
    public static Report parse(SourceDocument document, ParseContext context) throws ReportException {
        return ParserRegistry.defaults().parse(document, context);
    }
}
