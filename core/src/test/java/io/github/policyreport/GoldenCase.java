package io.github.policyreport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One golden page of {@code testdata/golden/<parser>/<case>.txt} (see its README), read from the
 * test classpath: the page, its expected report and, where written, its body lines.
 *
 * @param parser the id of the parser that must claim the page (its folder)
 * @param name   the case name, without extension
 * @param dir    the folder holding the case's files
 */
public record GoldenCase(String parser, String name, Path dir) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every golden case, by parser and name. */
    public static List<GoldenCase> all() {
        try (Stream<Path> parsers = Files.list(root())) {
            return parsers.filter(Files::isDirectory).sorted().flatMap(GoldenCase::cases).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<GoldenCase> cases(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".expected.json")).sorted()
                    .map(f -> new GoldenCase(dir.getFileName().toString(), f.substring(0, f.length() - 14), dir))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden folder on the test classpath. */
    public static Path root() {
        try {
            return Path.of(GoldenCase.class.getResource("/golden").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file name of the page, {@code <case>.txt} or {@code <case>.html}, as a scraper saved it. */
    public String fileName() {
        return Files.exists(dir.resolve(name + ".txt")) ? name + ".txt" : name + ".html";
    }

    /** The page's bytes. */
    public byte[] bytes() {
        try {
            return Files.readAllBytes(dir.resolve(fileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's text (its markup, for an HTML page). */
    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** The expected report (gold format, {@code shared/GOLD_FORMAT.md}). */
    public JsonNode expected() {
        return JSON.readTree(read(name + ".expected.json"));
    }

    /** The expected body lines, or an empty list when the case has none written. */
    public List<String> bodyLines() {
        Path p = dir.resolve(name + ".body.txt");
        return Files.exists(p) ? read(name + ".body.txt").lines().toList() : List.of();
    }

    private String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return parser + "/" + name;
    }
}
