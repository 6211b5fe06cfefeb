package io.github.policyreport.cli;

import tools.jackson.core.JsonGenerator;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Writes reports to the output as they are produced, never building a batch or a whole report
 * as one String: {@code jsonl} streams each object and ends its line; {@code json} streams one
 * pretty-printed array, opened before the first report and closed by {@link #close()}.
 */
final class ReportWriter implements AutoCloseable {

    private final PrintStream out;
    private final JsonGenerator array;

    /** A writer for {@code jsonl} ({@code pretty} false) or {@code json} ({@code pretty} true). */
    ReportWriter(PrintStream out, boolean pretty) {
        this.out = out;
        this.array = pretty ? JsonStream.generator(shield(out), true) : null;
        if (array != null) {
            array.writeStartArray();
        }
    }

    /** Writes one report. */
    void write(ReportJson report) {
        if (array != null) {
            report.write(array);
            array.flush();
        } else {
            try (JsonGenerator line = JsonStream.generator(shield(out), false)) {
                report.write(line);
            }
            out.println();
        }
        out.flush();
    }

    /** Closes the array of {@code json} output; the output stream itself stays open. */
    @Override
    public void close() {
        if (array != null) {
            array.writeEndArray();
            array.close();
            out.println();
        }
        out.flush();
    }

    /** The stream, with close() only flushing: the caller owns standard output. */
    private static OutputStream shield(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
