package io.github.policyreport.cli;

import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.ParserRegistry;
import io.github.policyreport.spi.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code policyreport detect}: which parser each file would get, and why. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Print the parser chosen for each file, its confidence and evidence.")
final class DetectCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<String> files;

    @Override
    public Integer call() {
        boolean failed = false;
        for (String file : files) {
            try {
                SourceDocument doc = Inputs.read(file, main.in, ParseContext.DEFAULT_MAX_BYTES);
                ParserRegistry.Selection s = main.registry.select(doc);
                main.out.println(String.format(Locale.ROOT, "%s\t%s\t%.2f\t%s\t%s", file, s.parser().id(),
                        s.detection().confidence(), s.detection().basis().name().toLowerCase(Locale.ROOT),
                        s.detection().reason()));
            } catch (Exception e) {
                failed = true;
                main.err.println("policyreport: " + file + ": " + Inputs.reason(e, file));
            }
        }
        main.out.flush();
        return failed ? 1 : 0;
    }
}
