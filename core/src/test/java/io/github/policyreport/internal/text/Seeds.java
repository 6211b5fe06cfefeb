package io.github.policyreport.internal.text;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;

import io.github.policyreport.GoldenCase;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The golden pages (testdata/golden) with their gold metadata and expected body lines. */
record Seeds(String name, String text, List<String> body, Gold gold) {

    /** Gold metadata (the meta object of a gold file). */
    record Gold(String title, String published, String source, List<String> authors, List<String> regions) {
    }

    static List<Seeds> all() {
        List<Seeds> out = new ArrayList<>();
        for (GoldenCase c : GoldenCase.all()) {
            out.add(new Seeds(c.name(), c.text(), c.bodyLines(), gold(c.expected().get("meta"))));
        }
        return out;
    }

    /**
     * The default outlet of the page's site, as the site's profile in the parsers module gives it
     * (golden/site-outlets.txt), or null.
     */
    String siteOutlet() {
        for (String line : read(GoldenCase.root().resolve("site-outlets.txt")).lines().toList()) {
            String[] p = line.split("\t");
            if (!line.startsWith("#") && p.length == 2 && p[0].equals(name)) {
                return p[1];
            }
        }
        return null;
    }

    SiteHints profile() {
        String outlet = siteOutlet();
        return outlet == null ? SiteHints.NONE : new SiteHints(List.of(), outlet);
    }

    Analysis analyze(SourceDocument doc) {
        return TextLayer.defaults().analyze(doc, profile(), ParseContext.defaults());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Gold gold(JsonNode meta) {
        return new Gold(string(meta.get("title")), string(meta.get("published")), string(meta.get("source")),
                strings(meta.get("authors")), strings(meta.get("regions")));
    }

    private static String string(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asString()));
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
