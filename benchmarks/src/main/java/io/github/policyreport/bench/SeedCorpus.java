package io.github.policyreport.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The seed pages bundled with the benchmarks, as texts. */
public final class SeedCorpus {

    /** The seed pages, as {@code <parser-id>/<file>} (bundled from {@code testdata/golden}). */
    public static final List<String> NAMES = List.of("xbjs/000_5c173cae656b120b.txt", "xa-kjj/001_5ba87032492a5695.txt",
            "xixian-press/002_9709985b860889a0.txt", "hz1w/003_758cc39c9fd3bc2f.txt", "most/004_e198b29a7063dd32.txt");

    private SeedCorpus() {
    }

    /** The texts of all seed pages, in name order. */
    public static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (String n : NAMES) {
            try (InputStream in = SeedCorpus.class.getResourceAsStream("/seeds/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("seed " + n + " missing from the benchmark jar");
                }
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    /** Total characters of the corpus, to turn operations per second into characters per second. */
    public static long chars() {
        return texts().stream().mapToLong(String::length).sum();
    }
}
