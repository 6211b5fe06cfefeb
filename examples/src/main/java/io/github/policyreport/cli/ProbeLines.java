package io.github.policyreport.cli;

import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The input of the probe commands ({@code quantities}, {@code dates}): {@code --text}, or lines of
 * standard input; a line starting with <code>{</code> is a JSON object with a {@code text} field
 * and, for {@code dates}, an optional {@code referenceDate}.
 */
final class ProbeLines {

    /** One probe input. */
    record Line(String text, String referenceDate) {
    }

    private ProbeLines() {
    }

    static List<Line> read(String text, InputStream in) throws IOException {
        List<Line> lines = new ArrayList<>();
        if (text != null) {
            lines.add(new Line(text, null));
            return lines;
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String l;
        while ((l = r.readLine()) != null) {
            lines.add(parse(l));
        }
        return lines;
    }

    static Line parse(String line) {
        if (!line.stripLeading().startsWith("{")) {
            return new Line(line, null);
        }
        JsonNode node = Json.COMPACT.readTree(line);
        JsonNode t = node.get("text");
        if (t == null || !t.isString()) {
            throw new IllegalArgumentException("a JSON line needs a string field 'text'");
        }
        JsonNode ref = node.get("referenceDate");
        return new Line(t.asString(), ref == null || ref.isNull() ? null : ref.asString());
    }
}
