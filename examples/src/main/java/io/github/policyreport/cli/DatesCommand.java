package io.github.policyreport.cli;

import io.github.policyreport.mention.DateMention;
import io.github.policyreport.Mentions;
import io.github.policyreport.spi.ParseContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code policyreport dates}: the date engine on each input line, as a JSON array. */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Print the date expressions found in each line of standard input (or --text) as a JSON array.")
final class DatesCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--text", paramLabel = "TEXT", description = "Probe this text instead of standard input.")
    String text;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Resolve relative expressions (今年, 去年) against this date.")
    LocalDate referenceDate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (referenceDate != null) {
            try {
                ParseContext.withReferenceDate(referenceDate);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        int status = 0;
        int no = 0;
        for (ProbeLines.Line line : ProbeLines.read(text, main.in)) {
            no++;
            LocalDate ref = referenceDate;
            if (line.referenceDate() != null) {
                try {
                    ref = ParseContext.withReferenceDate(date(line.referenceDate())).referenceDate();
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    main.err.println("policyreport: line " + no + ": bad referenceDate '" + line.referenceDate() + "'");
                    main.out.println("[]");
                    status = 1;
                    continue;
                }
            }
            main.out.println(Json.COMPACT.writeValueAsString(
                    Mentions.dates(line.text(), ref).stream().map(DatesCommand::json).toList()));
        }
        main.out.flush();
        return status;
    }

    static LocalDate date(String iso) {
        return iso.length() > 10 ? LocalDateTime.parse(iso).toLocalDate() : LocalDate.parse(iso);
    }

    static Map<String, Object> json(DateMention m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("text", m.span().text());
        o.put("start", m.span().start());
        o.put("end", m.span().end());
        o.put("kind", m.kind().name().toUpperCase(Locale.ROOT));
        if (m.kind() == DateMention.Kind.RANGE) {
            o.put("from", ReportJson.iso(m.from()));
            o.put("to", ReportJson.iso(m.to()));
        } else {
            o.put("date", ReportJson.iso(m.date()));
        }
        if (m.vague()) {
            o.put("vague", true);
        }
        return o;
    }
}
