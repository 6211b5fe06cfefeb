package io.github.policyreport.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a site parser knows about its site, and nothing else: how to recognise its pages, which of
 * its lines are boilerplate, and which outlet it is.
 *
 * <p>Profiles are UTF-8 resource files of {@code key: value} lines ({@code #} starts a comment):
 * <pre>
 * id: xbjs
 * description: 西北建设 magazine site
 * host: xbjsw.cn                      # the page's URL or file name names the site (declared)
 * marker: 西北建设杂志社编印出版         # text of the site's template (structural); repeatable
 * marker: 扫一扫在手机打开当前页 &amp;&amp; 来源:科技部  # phrases many CMSs share count only together
 * boilerplate: ^热门标签$              # a regular expression for a whole boilerplate line; repeatable
 * source: 西北建设杂志社                # the outlet to report when the page names none
 * </pre>
 * A bad line is reported with the resource name and line number.
 *
 * @param id          the parser id
 * @param description one line for {@code policyreport parsers}
 * @param hosts       host names or URL fragments that declare the site
 * @param markers     template strings whose presence is structural evidence; a marker of several
 *                    phrases joined by {@code  && } counts only when all of them are present
 * @param boilerplate whole-line patterns of the site's boilerplate
 * @param source      the site's own outlet, used when the page names no source, or {@code null}
 */
public record SiteProfile(String id, String description, List<String> hosts, List<String> markers,
                          List<Pattern> boilerplate, String source) {

    /** The id of the generic parser, whose profile is {@link #generic()}. */
    public static final String GENERIC_ID = "generic";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Validates the id and copies the lists. */
    public SiteProfile {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("parser id must match " + ID + ": " + id);
        }
        description = description == null ? id : description;
        hosts = List.copyOf(hosts);
        markers = List.copyOf(markers);
        boilerplate = List.copyOf(boilerplate);
    }

    /** The profile of the generic parser: no site knowledge. */
    public static SiteProfile generic() {
        return new SiteProfile(GENERIC_ID, "any page: the generic pipeline with no site knowledge",
                List.of(), List.of(), List.of(), null);
    }

    /**
     * Reads a profile from a stream, e.g. {@code MyParser.class.getResourceAsStream("my.profile")}
     * called from the parser's own class so that module encapsulation lets it through. The stream
     * is closed.
     *
     * @param name a name for messages, usually the resource name
     * @param in   the profile's UTF-8 text; {@code null} (a missing resource) is reported as such
     * @throws IllegalArgumentException naming the resource and line of a bad line
     * @throws UncheckedIOException     if the resource is missing or unreadable
     */
    public static SiteProfile read(String name, InputStream in) {
        if (in == null) {
            throw new UncheckedIOException(new IOException("no profile resource " + name));
        }
        try (in) {
            return read(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile " + name, e);
        }
    }

    static SiteProfile read(String name, BufferedReader reader) throws IOException {
        String id = null;
        String description = null;
        String source = null;
        List<String> hosts = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        List<Pattern> boilerplate = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = reader.readLine()) != null) {
            no++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int colon = t.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(name + ":" + no + ": expected 'key: value' but got: " + line);
            }
            String key = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = t.substring(colon + 1).strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException(name + ":" + no + ": empty value for " + key);
            }
            switch (key) {
                case "id" -> id = value;
                case "description" -> description = value;
                case "source" -> source = value;
                case "host" -> hosts.add(value.toLowerCase(Locale.ROOT));
                case "marker" -> markers.add(value);
                case "boilerplate" -> {
                    try {
                        boilerplate.add(Pattern.compile(value));
                    } catch (PatternSyntaxException e) {
                        throw new IllegalArgumentException(name + ":" + no + ": bad pattern: " + e.getDescription(), e);
                    }
                }
                default -> throw new IllegalArgumentException(name + ":" + no + ": unknown key '" + key + "'");
            }
        }
        if (id == null) {
            throw new IllegalArgumentException(name + ": no 'id:' line");
        }
        return new SiteProfile(id, description, hosts, markers, boilerplate, source);
    }
}
