package io.github.policyreport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads command-line inputs as bytes and words their failures for {@code policyreport: FILE: reason}. */
final class Inputs {

    private Inputs() {
    }

    static byte[] read(String file, InputStream stdin) throws IOException {
        if (file.equals("-")) {
            return stdin.readAllBytes();
        }
        Path p = Path.of(file);
        if (Files.isDirectory(p)) {
            throw new IOException("is a directory");
        }
        return Files.readAllBytes(p);
    }

    static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
