package io.github.policyreport.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one reader of the pipeline's UTF-8 rule and gazetteer files: a leading BOM is dropped, blank
 * lines and lines starting with {@code #} are skipped, and every other line keeps its file and
 * number, so that a bad line fails at load as a {@link RuleException} naming {@code file:line}.
 * The packages interpret the lines: {@link Line#columns} splits them, {@link Line#kind} reads a
 * rule kind into the package's enum. {@link #parse} reads rules held in memory, e.g. a test's
 * modified rule set.
 *
 * <p>Public because the rule loaders of the text, quantity and time packages read through it.
 */
public final class RuleFile {

    /** Tab-separated columns. */
    public static final Pattern TABS = Pattern.compile("\t");
    /** Columns separated by runs of tabs or spaces. */
    public static final Pattern SPACES = Pattern.compile("[\\t ]+");

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

        public Line {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
        }

        /** An error at this line: {@code file:line: message: text}. */
        public RuleException error(String message) {
            return new RuleException(file, number, message + ": " + text);
        }

        /**
         * The line's columns split at {@code separator}, each stripped: between {@code min} and
         * {@code max} of them, none empty, or a {@link RuleException}.
         */
        public List<String> columns(Pattern separator, int min, int max) {
            String[] cols = separator.split(text, -1);
            if (cols.length < min || cols.length > max) {
                throw error("expected " + min + (min == max ? "" : ".." + max) + " columns, found " + cols.length);
            }
            List<String> out = new ArrayList<>(cols.length);
            for (String c : cols) {
                String s = c.strip();
                if (s.isEmpty()) {
                    throw error("empty column");
                }
                out.add(s);
            }
            return List.copyOf(out);
        }

        /** The constant of {@code kinds} named {@code name} (any case), else a {@link RuleException} listing them. */
        public <E extends Enum<E>> E kind(Class<E> kinds, String name) {
            for (E e : kinds.getEnumConstants()) {
                if (e.name().equals(name.toUpperCase(Locale.ROOT))) {
                    return e;
                }
            }
            throw error("unknown " + kinds.getSimpleName() + " " + name + "; known: "
                    + Arrays.stream(kinds.getEnumConstants()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
        }

        /** Column value {@code value} as an integer in {@code [min, max]}, or a {@link RuleException}. */
        public int integer(String value, int min, int max) {
            int v;
            try {
                v = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw error(value + " is not a number");
            }
            if (v < min || v > max) {
                throw error(value + " must lie in " + min + ".." + max);
            }
            return v;
        }
    }

    /**
     * A line split into columns.
     *
     * @param line where it came from
     * @param cols its columns, stripped and non-empty
     */
    public record Row(Line line, List<String> cols) {

        /** Column {@code i} (0-based). */
        public String col(int i) {
            return cols.get(i);
        }

        /** An error at this row's line. */
        public RuleException error(String message) {
            return line.error(message);
        }

        /** Column {@code i} as an integer in {@code [min, max]}. */
        public int integer(int i, int min, int max) {
            return line.integer(col(i), min, max);
        }
    }

    /** {@code lines} split at {@code separator}, each into {@code min..max} non-empty columns. */
    public static List<Row> rows(List<Line> lines, Pattern separator, int min, int max) {
        List<Row> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            out.add(new Row(l, l.columns(separator, min, max)));
        }
        return List.copyOf(out);
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
            return read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The meaningful lines of rule text held in memory, reported as file {@code name}. */
    public static List<Line> parse(String name, String text) {
        try {
            return read(name, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private static List<Line> read(String name, Reader reader) throws IOException {
        BufferedReader r = new BufferedReader(reader);
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
                out.add(new Line(name, no, t));
            }
        }
        return List.copyOf(out);
    }
}
