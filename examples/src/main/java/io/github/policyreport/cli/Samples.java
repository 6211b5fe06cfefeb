package io.github.policyreport.cli;

import io.github.policyreport.model.Report;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The sample corpus bundled in the jar (five real pages, see {@code samples/README.md}) and the
 * summary printed when the command line runs without arguments.
 */
final class Samples {

    private static final String DIR = "samples/";

    private Samples() {
    }

    /** The file name of a sample, without its parser folder. */
    static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The names of the bundled sample pages, as {@code <parser-id>/<file>}. */
    static List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = open("index.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String l;
            while ((l = r.readLine()) != null) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    names.add(l.strip());
                }
            }
        }
        return names;
    }

    static InputStream open(String name) throws IOException {
        InputStream in = Samples.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IOException("sample " + name + " is missing from the jar");
        }
        return in;
    }

    static int summarize(Main main) throws IOException {
        List<Report> reports = new ArrayList<>();
        main.out.println("policyreport: parsing the bundled sample pages (policyreport --help for commands)");
        main.out.println();
        main.out.println(String.format(Locale.ROOT, "%-28s %-13s %-17s %4s %4s %4s  %s", "sample", "parser",
                "published", "ind", "tgt", "evt", "title"));
        for (String name : names()) {
            byte[] bytes;
            try (InputStream in = open(name)) {
                bytes = in.readAllBytes();
            }
            Report r = main.registry.parse(SourceDocument.of(fileName(name), bytes), ParseContext.defaults());
            reports.add(r);
            main.out.println(String.format(Locale.ROOT, "%-28s %-13s %-17s %4d %4d %4d  %s", fileName(name), r.parserId(),
                    TextOutput.orDash(r.metadata().published()), r.indicators().size(), r.targets().size(),
                    r.timeline().size(), TextOutput.orDash(r.metadata().title())));
        }
        Report richest = reports.stream()
                .max(Comparator.comparingInt(r -> r.indicators().size() + r.targets().size() + r.timeline().size()))
                .orElseThrow();
        main.out.println();
        main.out.println("The figures and events of: " + TextOutput.orDash(richest.metadata().title()));
        TextOutput.tables(main.out, richest);
        main.out.flush();
        return 0;
    }
}
