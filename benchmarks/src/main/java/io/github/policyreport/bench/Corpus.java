package io.github.policyreport.bench;

import io.github.policyreport.spi.ReportException;
import io.github.policyreport.spi.SourceDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark corpus named by a JMH parameter: {@code seeds} for the bundled sample pages, or
 * {@code DIR} / {@code DIR:GLOB} for pages on disk (e.g. {@code /data/pages:*.html}), decoded as the
 * library decodes them. Pages on disk are never bundled: measure on your own documents.
 */
final class Corpus {

    private Corpus() {
    }

    static List<SourceDocument> load(String spec) {
        if (spec.equals("seeds")) {
            return SeedCorpus.texts().stream().map(SourceDocument::ofText).toList();
        }
        int colon = spec.lastIndexOf(':');
        Path dir = Path.of(colon > 0 ? spec.substring(0, colon) : spec);
        String glob = colon > 0 ? spec.substring(colon + 1) : "*";
        List<SourceDocument> docs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path p : sorted) {
                docs.add(SourceDocument.read(p));
            }
        } catch (ReportException e) {
            throw new IllegalArgumentException("corpus " + spec + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("corpus " + spec, e);
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("corpus " + spec + " holds no pages");
        }
        return docs;
    }

    static long chars(List<SourceDocument> docs) {
        return docs.stream().mapToLong(d -> d.text().length()).sum();
    }
}
