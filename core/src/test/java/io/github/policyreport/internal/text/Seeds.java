package io.github.policyreport.internal.text;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The seed pages of src/test/resources/seeds with their gold metadata and expected body lines. */
record Seeds(String name, String text, List<String> body, Gold gold) {

    static final List<String> NAMES = List.of("000_5c173cae656b120b", "001_5ba87032492a5695", "002_9709985b860889a0",
            "003_758cc39c9fd3bc2f", "004_e198b29a7063dd32");

    /** Gold metadata (the meta object of a gold file). */
    record Gold(String title, String published, String source, List<String> authors, List<String> regions) {
    }

    static List<Seeds> all() {
        List<Seeds> out = new ArrayList<>();
        for (String n : NAMES) {
            out.add(new Seeds(n, read(n + ".txt"), read(n + ".body.txt").lines().toList(), gold(read(n + ".txt.gold.json"))));
        }
        return out;
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource seeds/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /**
     * The default outlet of the page's site, as the site's profile in the parsers module gives it
     * (seeds/site-outlets.txt), or null.
     */
    String siteOutlet() {
        for (String line : read("site-outlets.txt").lines().toList()) {
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

    private static Gold gold(String json) {
        String meta = json.substring(json.indexOf("\"meta\""));
        return new Gold(string(meta, "title"), string(meta, "published"), string(meta, "source"), array(meta, "authors"),
                array(meta, "regions"));
    }

    private static String string(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(null|\"((?:[^\"\\\\]|\\\\.)*)\")").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + key);
        }
        return m.group(2);
    }

    private static List<String> array(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + key);
        }
        List<String> out = new ArrayList<>();
        Matcher s = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(m.group(1));
        while (s.find()) {
            out.add(s.group(1));
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
