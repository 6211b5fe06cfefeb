package io.github.policyreport.spi;

import io.github.policyreport.model.Report;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * The core's readers and pipeline as seen from the SPI: what {@link SourceDocument}'s factories
 * and {@link SiteParser#parse} hand over to, found once through {@link ServiceLoader} so that this
 * package depends on no implementation (as {@code Jsoup.parse(File)} hands over to its internal
 * helpers). The core provides the one implementation; parsers neither implement nor call it.
 */
public interface Engine {

    /** Plain text with line ends unified to {@code \n}. */
    SourceDocument text(String name, String text);

    /** HTML markup read into its text, one block element per line. */
    SourceDocument html(String name, String html, Charset charset);

    /** Bytes decoded with a detected charset. */
    SourceDocument decode(String name, byte[] bytes) throws ReportException;

    /** Bytes decoded with the caller's charset. */
    SourceDocument decode(String name, byte[] bytes, Charset charset) throws ReportException;

    /** At most {@code maxBytes} of a stream (not closed). */
    byte[] read(InputStream in, long maxBytes, String name) throws ReportException;

    /** At most {@code maxBytes} of a regular file. */
    byte[] read(Path file, long maxBytes) throws ReportException;

    /** The generic pipeline run with a site's knowledge. */
    Report run(String parserId, SourceDocument document, ParseContext context, SiteProfile profile);

    /**
     * The core's engine.
     *
     * @throws IllegalStateException if the core's service registration is missing (a repackaged
     *                               jar that dropped {@code META-INF/services})
     */
    static Engine get() {
        return EngineHolder.ENGINE;
    }
}
