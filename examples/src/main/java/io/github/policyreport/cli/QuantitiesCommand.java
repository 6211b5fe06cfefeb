package io.github.policyreport.cli;

import io.github.policyreport.Mentions;
import io.github.policyreport.mention.QuantityMention;
import io.github.policyreport.model.Quantity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code policyreport quantities}: the quantity engine on each input line, as a JSON array. */
@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = "Print the quantities found in each line of standard input (or --text) as a JSON array.")
final class QuantitiesCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--text", paramLabel = "TEXT", description = "Probe this text instead of standard input.")
    String text;

    @Override
    public Integer call() throws Exception {
        for (ProbeLines.Line line : ProbeLines.read(text, main.in)) {
            main.out.println(Json.COMPACT.writeValueAsString(
                    Mentions.quantities(line.text()).stream().map(QuantitiesCommand::json).toList()));
        }
        main.out.flush();
        return 0;
    }

    static Map<String, Object> json(QuantityMention m) {
        Quantity q = m.quantity();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("text", m.span().text());
        o.put("start", m.span().start());
        o.put("end", m.span().end());
        o.put("value", q.value());
        o.put("unit", ReportJson.unitCode(q.unit()));
        o.put("qualifier", q.qualifier().name());
        o.put("kind", m.kind().name());
        if (m.negative()) {
            o.put("negative", true);
        }
        if (q.isRange()) {
            o.put("low", q.value());
            o.put("high", q.high());
        }
        q.denominator().ifPresent(per -> o.put("per", per));
        return o;
    }

}
