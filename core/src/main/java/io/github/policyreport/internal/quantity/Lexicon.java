package io.github.policyreport.internal.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated UTF-8 rule files of this package. Blank lines and lines starting with
 * {@code #} are skipped; a line with the wrong number of columns fails with its file and line.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** One data line: its columns and where it came from. */
    record Line(String file, int number, String[] cols) {

        String col(int i) {
            return cols[i];
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + number + ": " + message);
        }
    }

    /** The data lines of resource {@code name}, each with between {@code min} and {@code max} columns. */
    static List<Line> read(String name, int min, int max) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String raw;
            int n = 0;
            while ((raw = r.readLine()) != null) {
                n++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                Line l = new Line(name, n, cols);
                if (cols.length < min || cols.length > max) {
                    throw l.error("expected " + min + (min == max ? "" : ".." + max) + " tab-separated columns, got "
                            + cols.length);
                }
                for (String c : cols) {
                    if (c.isEmpty()) {
                        throw l.error("empty column");
                    }
                }
                out.add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return List.copyOf(out);
    }
}
