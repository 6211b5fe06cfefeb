package io.github.policyreport.internal.pipeline;

import io.github.policyreport.internal.SiteHints;

import io.github.policyreport.internal.text.Decoder;
import io.github.policyreport.internal.text.HtmlText;
import io.github.policyreport.model.Report;
import io.github.policyreport.spi.Engine;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.SiteProfile;
import io.github.policyreport.spi.SourceDocument;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The core's {@link Engine}: the decoder, the HTML reader and the {@link Pipeline}. A service provider.
 *
 * <p>Public because {@code module-info} provides it as the SPI's {@code Engine} service.
 */
public final class CoreEngine implements Engine {

    /** For {@link java.util.ServiceLoader}. */
    public CoreEngine() {
    }

    @Override
    public SourceDocument text(String name, String text) {
        return new SourceDocument(name, Decoder.unifyLineEnds(text), SourceDocument.Format.TEXT, Map.of(),
                StandardCharsets.UTF_8, List.of());
    }

    @Override
    public SourceDocument html(String name, String html, Charset charset) {
        return HtmlText.toDocument(name, html, charset);
    }

    @Override
    public SourceDocument decode(String name, byte[] bytes) throws ReportException {
        return Decoder.decode(name, bytes);
    }

    @Override
    public SourceDocument decode(String name, byte[] bytes, Charset charset) throws ReportException {
        return Decoder.decode(name, bytes, charset);
    }

    @Override
    public byte[] read(InputStream in, long maxBytes, String name) throws ReportException {
        return Decoder.read(in, maxBytes, name);
    }

    @Override
    public byte[] read(Path file, long maxBytes) throws ReportException {
        return Decoder.read(file, maxBytes);
    }

    @Override
    public Report run(String parserId, SourceDocument document, ParseContext context, SiteProfile profile) {
        return Pipeline.defaults().run(parserId, document, context, SiteHints.of(profile));
    }
}
