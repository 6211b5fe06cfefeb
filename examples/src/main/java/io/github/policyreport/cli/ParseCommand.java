package io.github.policyreport.cli;

import io.github.policyreport.ReportBatch;
import io.github.policyreport.spi.ParseContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
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

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse inputs larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = ParseContext.DEFAULT_MAX_BYTES;

    @Option(names = "--max-chars", paramLabel = "N", description = "Cut inputs to N characters (default: ${DEFAULT-VALUE}).")
    int maxChars = ParseContext.DEFAULT_MAX_CHARS;

    @Option(names = "--max-items", paramLabel = "N",
            description = "Keep at most N indicators, targets and events each (default: ${DEFAULT-VALUE}).")
    int maxItems = ParseContext.DEFAULT_MAX_ITEMS;

    @Option(names = "--max-evidence-chars", paramLabel = "N",
            description = "Cut evidence sentences and subjects to N characters (default: ${DEFAULT-VALUE}).")
    int maxEvidenceChars = ParseContext.DEFAULT_MAX_EVIDENCE_CHARS;

    @Option(names = "--max-mentions-per-sentence", paramLabel = "N",
            description = "Read at most N figures and N dates in one sentence (default: ${DEFAULT-VALUE}).")
    int maxMentions = ParseContext.DEFAULT_MAX_MENTIONS_PER_SENTENCE;

    @Option(names = {"-j", "--threads"}, defaultValue = "1", paramLabel = "N",
            description = "Parse on N threads; reports still come out in input order (default: ${DEFAULT-VALUE}).")
    int threads;

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
        ParseContext context;
        try {
            context = ParseContext.builder().referenceDate(referenceDate).maxBytes(maxBytes).maxChars(maxChars)
                    .maxItems(maxItems).maxEvidenceChars(maxEvidenceChars).maxMentionsPerSentence(maxMentions).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        ReportBatch batch = ReportBatch.withThreads(threads).registry(main.registry).context(context).parser(parser);
        boolean[] failed = {false};
        try (ReportWriter writer = format == Format.text ? null : new ReportWriter(main.out, format == Format.json)) {
            batch.run(files, file -> Inputs.read(file, main.in, context.maxBytes()),
                    result -> failed[0] |= !write(result, writer));
        }
        main.out.flush();
        return failed[0] ? 1 : 0;
    }

    /**
     * Writes one file's report; on any failure, reading or parsing it (including running out of
     * memory or stack on it) or writing its report, prints one line on standard error (a stack
     * trace only with --debug) and returns false.
     */
    private boolean write(ReportBatch.Result<String> result, ReportWriter writer) {
        String file = result.input();
        Throwable error;
        if (result instanceof ReportBatch.Parsed<String> parsed) {
            try {
                if (writer == null) {
                    TextOutput.print(main.out, file, parsed.report());
                } else {
                    writer.write(ReportJson.of(file, parsed.report(), withText));
                }
                return true;
            } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                error = e;
            }
        } else {
            error = ((ReportBatch.Failed<String>) result).error();
        }
        main.err.println("policyreport: " + file + ": " + Inputs.reason(error, file));
        if (debug) {
            error.printStackTrace(main.err);
        }
        return false;
    }
}
