package io.github.policyreport.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the pipeline's UTF-8 rule and gazetteer files: a leading BOM is dropped, blank lines and
 * lines starting with {@code #} are skipped, and every other line keeps its number so that the
 * package that interprets it can report a bad line as {@code file:line}. Each package applies its
 * own column rules to the lines.
 *
 * <p>Public because the rule loaders of the text, quantity and time packages read through it.
 */
public final class RuleFile {

    private RuleFile() {
    }

    /**
     * One meaningful line.
     *
     * @param file   the resource name
     * @param number its 1-based line number
     * @param text   the line, stripped
     */
    public record Line(String file, int number, String text) {
    }

    /**
     * The meaningful lines of {@code resource}, resolved beside {@code owner}.
     *
     * @throws UncheckedIOException if the resource is missing or unreadable
     */
    public static List<Line> read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> out = new ArrayList<>();
            String raw;
            int no = 0;
            while ((raw = r.readLine()) != null) {
                no++;
                if (no == 1 && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
                    raw = raw.substring(1);
                }
                String t = raw.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(new Line(resource, no, t));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
