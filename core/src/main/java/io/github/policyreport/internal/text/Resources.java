package io.github.policyreport.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the text layer's UTF-8 rule and gazetteer files; {@code #} starts a comment line. */
final class Resources {

    private Resources() {
    }

    /** One non-blank, non-comment line of a resource, with its line number. */
    record Line(String resource, int number, String text) {
        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(resource + ":" + number + ": " + message + ": " + text);
        }
    }

    /** The meaningful lines of a resource beside this class. */
    static List<Line> lines(String resource) {
        try (InputStream in = Resources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> out = new ArrayList<>();
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(new Line(resource, no, t));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
