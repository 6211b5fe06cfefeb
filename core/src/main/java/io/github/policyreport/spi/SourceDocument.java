package io.github.policyreport.spi;

import io.github.policyreport.model.Warning;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One input page, ready for detection and parsing: the text that every span of its report will
 * index, whether it came from HTML, the page's {@code <title>} and {@code <meta>} values when it
 * did, and a name (a file path or URL) when the caller has one.
 *
 * <p>For plain text the text is the decoded input with line ends unified to {@code \n}; for HTML
 * it is the text of the markup, one block element per line, with scripts, styles, navigation and
 * forms left out.
 *
 * @param name     a file path or URL, or {@code null}
 * @param text     the source text
 * @param format   whether the input was plain text or HTML
 * @param meta     {@code <title>} (key {@code title}) and {@code <meta name|property|id=… content=…>}
 *                 values of an HTML page, keys in lower case; empty for text
 * @param charset  the charset the bytes were decoded with, {@code UTF-8} for string input
 * @param notes    problems met while reading (cut input, replaced bytes, malformed markup)
 */
public record SourceDocument(String name, String text, Format format, Map<String, String> meta, Charset charset,
                             List<Warning> notes) {

    /** Copies the map and validates non-null parts. */
    public SourceDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        meta = Map.copyOf(meta);
        notes = List.copyOf(notes);
    }

    /** A page given as plain text, e.g. what a scraper left. */
    public static SourceDocument ofText(String text) {
        return ofText(null, text);
    }

    /** A named page given as plain text. */
    public static SourceDocument ofText(String name, String text) {
        return Engine.get().text(name, Objects.requireNonNull(text, "text"));
    }

    /** A page given as HTML markup. */
    public static SourceDocument ofHtml(String html) {
        return ofHtml(null, html);
    }

    /** A named page given as HTML markup. */
    public static SourceDocument ofHtml(String name, String html) {
        return Engine.get().html(name, Objects.requireNonNull(html, "html"), StandardCharsets.UTF_8);
    }

    /**
     * A page given as bytes: the charset is detected (BOM, HTML meta charset, then UTF-8, GB18030
     * or Big5 by validity) and HTML is recognised by its content.
     *
     * @throws ReportException if the bytes are not text in any supported charset
     */
    public static SourceDocument of(String name, byte[] bytes) throws ReportException {
        return Engine.get().decode(name, Objects.requireNonNull(bytes, "bytes"));
    }

    /**
     * A page given as bytes in a charset the caller knows (e.g. from an HTTP header), which
     * overrides detection and the page's own declaration; HTML is recognised by its content.
     *
     * @throws ReportException if the bytes are binary data
     */
    public static SourceDocument of(String name, byte[] bytes, Charset charset) throws ReportException {
        return Engine.get().decode(name, Objects.requireNonNull(bytes, "bytes"), Objects.requireNonNull(charset, "charset"));
    }

    /**
     * Reads a stream (not closed) of at most {@code maxBytes} and decodes it as
     * {@link #of(String, byte[])} does.
     *
     * @throws InputTooLargeException   if the stream holds more than {@code maxBytes}
     * @throws UnreadableInputException if reading fails
     * @throws ReportException          if the bytes are not text
     */
    public static SourceDocument read(String name, InputStream in, long maxBytes) throws ReportException {
        return of(name, Engine.get().read(Objects.requireNonNull(in, "in"), maxBytes, name));
    }

    /**
     * Reads a file of at most {@link ParseContext#DEFAULT_MAX_BYTES} and decodes it as
     * {@link #of(String, byte[])} does.
     *
     * @throws ReportException if the file is missing, not a regular file, too large or not text
     */
    public static SourceDocument read(Path file) throws ReportException {
        return read(file, ParseContext.DEFAULT_MAX_BYTES);
    }

    /**
     * Reads a regular file of at most {@code maxBytes}, refusing a larger one (and pipes and
     * devices) before reading it all, and decodes it as {@link #of(String, byte[])} does.
     *
     * @throws InputTooLargeException   if the file is larger than {@code maxBytes}
     * @throws UnreadableInputException if the file is missing or not a regular file
     * @throws ReportException          if the bytes are not text
     */
    public static SourceDocument read(Path file, long maxBytes) throws ReportException {
        return of(file.toString(), Engine.get().read(file, maxBytes));
    }

    /** The name, if the caller gave one. */
    public Optional<String> nameOptional() {
        return Optional.ofNullable(name);
    }

    /** Whether the input was plain text or HTML. */
    public enum Format { TEXT, HTML }
}
