package io.github.policyreport.cli;

import io.github.policyreport.model.Report;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code policyreport parse}: pages in, reports out, one bad file never stopping the batch. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse pages (text or HTML, any charset) into reports. '-' reads standard input.")
final class ParseCommand implements Callable<Integer> {

    enum Format { json, jsonl, text }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "json, jsonl (one object per line, the default) or text.")
    Format format;

    @Option(names = "--with-text", description = "Include sourceText, the text all offsets index.")
    boolean withText;

    @Option(names = "--parser", paramLabel = "ID", description = "Force this parser instead of detection.")
    String parser;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Resolve relative dates against this date when a page gives none.")
    LocalDate referenceDate;

    @Option(names = "--debug", description = "Print stack traces of failures.")
    boolean debug;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to parse.")
    List<String> files;

    @Override
    public Integer call() {
        if (parser != null && main.registry.find(parser).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown parser '" + parser + "'; known parsers: "
                    + String.join(", ", main.registry.parsers().stream().map(p -> p.id()).toList()));
        }
        ParseContext context = ParseContext.builder().referenceDate(referenceDate).build();
        boolean failed = false;
        List<ReportJson> all = new ArrayList<>();
        for (String file : files) {
            try {
                SourceDocument doc = SourceDocument.of(file, Inputs.read(file, main.in));
                Report r = parser == null ? main.registry.parse(doc, context) : main.registry.parse(doc, context, parser);
                switch (format) {
                    case jsonl -> main.out.println(Json.COMPACT.writeValueAsString(ReportJson.of(file, r, withText)));
                    case json -> all.add(ReportJson.of(file, r, withText));
                    case text -> TextOutput.print(main.out, file, r);
                }
            } catch (Exception e) {
                failed = true;
                main.err.println("policyreport: " + file + ": " + Inputs.reason(e));
                if (debug) {
                    e.printStackTrace(main.err);
                }
            }
        }
        if (format == Format.json) {
            main.out.println(Json.PRETTY.writeValueAsString(all));
        }
        main.out.flush();
        return failed ? 1 : 0;
    }
}
