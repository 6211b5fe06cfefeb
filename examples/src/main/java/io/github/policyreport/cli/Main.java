package io.github.policyreport.cli;

import io.github.policyreport.spi.ParserRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * The {@code policyreport} command line. With no arguments it parses the bundled sample pages and
 * prints a summary; {@code parse}, {@code detect}, {@code parsers}, {@code quantities},
 * {@code dates} and {@code bench} are its commands. Output is UTF-8 whatever the platform's default charset.
 * Exit status: 0 when everything worked, 1 when any input failed, 2 for a usage error.
 */
@Command(name = "policyreport", mixinStandardHelpOptions = true, version = "policyreport 0.1.0",
        description = "Turns Chinese government science-and-technology reports into data.",
        subcommands = {ParseCommand.class, DetectCommand.class, ParsersCommand.class, QuantitiesCommand.class,
                DatesCommand.class, BenchCommand.class})
public final class Main implements Callable<Integer> {

    final InputStream in;
    final PrintStream out;
    final PrintStream err;
    final ParserRegistry registry;

    Main(InputStream in, PrintStream out, PrintStream err, ParserRegistry registry) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.registry = registry;
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line on these streams and returns the exit status. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main(in, out, err, ParserRegistry.defaults()));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("policyreport: " + e);
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        return Samples.summarize(this);
    }
}
