package io.github.policyreport.internal.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a Markdown export: a {@code ---} line first, {@code key: value} lines,
 * and a closing {@code ---} (or {@code ...}) within the first 40 lines. Keys are lower-cased and
 * prefixed {@code fm:} ({@code fm:title}, {@code fm:date}, {@code fm:author}, {@code fm:source},
 * {@code fm:categories}); quotes around values are dropped. Nothing is read when the block does
 * not close.
 *
 * @param fields the fields, in page order
 * @param blocks how many leading blocks the front matter takes, 0 when there is none
 */
record FrontMatter(Map<String, String> fields, int blocks) {

    static final FrontMatter NONE = new FrontMatter(Map.of(), 0);
    private static final int MAX_LINES = 40;
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]{0,30})\\s*+:\\s*+(.*)$");

    FrontMatter {
        fields = Map.copyOf(fields);
    }

    /** The front matter at the top of {@code blocks}, or {@link #NONE}. */
    static FrontMatter read(java.util.List<Block> blocks) {
        if (blocks.isEmpty() || !blocks.get(0).text().equals("---")) {
            return NONE;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 1; i < blocks.size() && i <= MAX_LINES; i++) {
            String t = blocks.get(i).text();
            if (t.equals("---") || t.equals("...")) {
                return new FrontMatter(out, i + 1);
            }
            Matcher m = FIELD.matcher(t);
            if (m.matches()) {
                String v = m.group(2).strip().replaceAll("^[\"'\\[]+|[\"'\\]]+$", "").strip();
                if (!v.isEmpty()) {
                    out.putIfAbsent("fm:" + m.group(1).toLowerCase(Locale.ROOT), v);
                }
            }
        }
        return NONE;
    }
}
