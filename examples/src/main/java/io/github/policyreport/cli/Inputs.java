package io.github.policyreport.cli;

import io.github.policyreport.spi.SourceDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads command-line inputs, bounded, and words their failures for {@code policyreport: FILE: reason}. */
final class Inputs {

    private Inputs() {
    }

    /** The file ({@code -}: standard input) as a document, refused when over {@code maxBytes} or not a regular file. */
    static SourceDocument read(String file, InputStream stdin, long maxBytes) throws IOException {
        if (file.equals("-")) {
            return SourceDocument.read(file, stdin, maxBytes);
        }
        return SourceDocument.read(Path.of(file), maxBytes);
    }

    /** The reason for {@code policyreport: FILE: reason}, without repeating the file's name. */
    static String reason(Throwable e, String file) {
        String r = reason(e);
        return r.endsWith(": " + file) ? r.substring(0, r.length() - file.length() - 2) : r;
    }

    static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory while parsing this file; try lower --max-chars or --max-items";
        }
        if (e instanceof StackOverflowError) {
            return "stack overflow while parsing this file";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
