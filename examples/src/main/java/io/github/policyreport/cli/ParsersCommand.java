package io.github.policyreport.cli;

import io.github.policyreport.spi.ReportParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code policyreport parsers}: one line per registered parser, id and description. */
@Command(name = "parsers", mixinStandardHelpOptions = true, description = "List the registered parsers.")
final class ParsersCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        for (ReportParser p : main.registry.parsers()) {
            main.out.println(p.id() + "\t" + p.description());
        }
        main.out.flush();
        return 0;
    }
}
