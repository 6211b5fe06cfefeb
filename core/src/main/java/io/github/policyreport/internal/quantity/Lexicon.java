package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.RuleFile;

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
        for (RuleFile.Line raw : RuleFile.read(Lexicon.class, name)) {
            String[] cols = raw.text().split("\t", -1);
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            Line l = new Line(name, raw.number(), cols);
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
        return List.copyOf(out);
    }
}
