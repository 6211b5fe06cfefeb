package io.github.policyreport.internal.text;

import io.github.policyreport.internal.RuleFile;

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
        return RuleFile.read(Resources.class, resource).stream()
                .map(l -> new Line(resource, l.number(), l.text())).toList();
    }
}
