package io.github.policyreport.internal.text;

import io.github.policyreport.internal.RuleFile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
        return RuleFile.read(Resources.class, resource).stream()
                .map(l -> new Line(resource, l.number(), l.text())).toList();
    }

    /**
     * The word lists of a {@code name<TAB>word|word} resource, by name. A line without a tab or
     * naming a list twice is an error with file:line.
     */
    static Map<String, List<String>> wordLists(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Line l : lines(resource)) {
            int tab = l.text().indexOf('\t');
            if (tab <= 0) {
                throw l.error("expected name<TAB>word|word");
            }
            List<String> words = java.util.Arrays.stream(l.text().substring(tab + 1).split("\\|"))
                    .map(String::strip).filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty() || out.putIfAbsent(l.text().substring(0, tab).strip(), words) != null) {
                throw l.error("an empty or repeated list");
            }
        }
        return Map.copyOf(out);
    }

    /** The metadata readers' word lists ({@code metadata-words.txt}), loaded once. */
    static List<String> metadataWords(String list) {
        List<String> words = MetadataWords.LISTS.get(list);
        if (words == null) {
            throw new IllegalStateException("metadata-words.txt has no list " + list);
        }
        return words;
    }

    /** An alternation of literal words: (?:a|b|c), longest first. */
    static String alternation(List<String> words) {
        return words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    }

    private static final class MetadataWords {
        static final Map<String, List<String>> LISTS = wordLists("metadata-words.txt");
    }
}
