package io.github.policyreport.internal.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Generic boilerplate cues, loaded once from {@code boilerplate.txt} ({@code KIND<TAB>regex}
 * lines, both scripts). A cue only applies to a line of at most {@link #MAX_LINE} characters, so a
 * body paragraph that happens to mention 打印 or a phone number is never thrown away; spam needs
 * two hits in one line.
 */
final class Cues {

    /** What a boilerplate line is. */
    enum Kind {
        // in order of precedence when a line matches several
        SUMMARY, EDITOR, COMMENTS, WIDGET, RELATED, COPYRIGHT, BREADCRUMB, IMAGE, PLACEHOLDER, SPAM, CONTACT, TOOLBAR;

        /** Whether meeting this kind after the body ends it. */
        boolean endsBody() {
            return this == RELATED || this == COMMENTS || this == WIDGET || this == COPYRIGHT || this == EDITOR;
        }
    }

    static final int MAX_LINE = 150;
    /** One alternation per kind, so a line costs one search per kind. */
    private static final Map<Kind, Pattern> CUES = load();

    private Cues() {
    }

    /** The kind of boilerplate a normalized line is, or null. */
    static Kind match(String line) {
        if (line.length() > MAX_LINE) {
            return null;
        }
        for (Map.Entry<Kind, Pattern> e : CUES.entrySet()) {
            Kind k = e.getKey();
            if ((k == Kind.CONTACT || k == Kind.COPYRIGHT) && line.length() > 100) {
                continue;
            }
            int hits = 0;
            Matcher m = e.getValue().matcher(line);
            while (m.find()) {
                hits++;
                if (k != Kind.SPAM || hits >= 2) {
                    return k;
                }
            }
        }
        return null;
    }

    private static Map<Kind, Pattern> load() {
        Map<Kind, List<String>> m = new EnumMap<>(Kind.class);
        for (Resources.Line l : Resources.lines("boilerplate.txt")) {
            int tab = l.text().indexOf('\t');
            if (tab <= 0) {
                throw l.error("expected KIND<TAB>regex");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(l.text().substring(0, tab).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw l.error("unknown kind");
            }
            String regex = l.text().substring(tab + 1).strip();
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw l.error("bad pattern (" + e.getDescription() + ")");
            }
            m.computeIfAbsent(kind, k -> new ArrayList<>()).add("(?:" + regex + ")");
        }
        Map<Kind, Pattern> out = new EnumMap<>(Kind.class);
        m.forEach((k, v) -> out.put(k, Pattern.compile(String.join("|", v), Pattern.CASE_INSENSITIVE)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
