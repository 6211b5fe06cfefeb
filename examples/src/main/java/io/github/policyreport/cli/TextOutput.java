package io.github.policyreport.cli;

import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.Quantity;
import io.github.policyreport.model.Report;
import io.github.policyreport.model.ReportMetadata;
import io.github.policyreport.model.Target;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.model.Warning;

import java.io.PrintStream;
import java.util.Locale;

/** The readable form of a report: metadata lines, then indicators, targets and timeline as tables. */
final class TextOutput {

    private TextOutput() {
    }

    static void print(PrintStream out, String file, Report r) {
        ReportMetadata m = r.metadata();
        out.println("== " + file + "  [" + r.parserId() + "]");
        out.println("title:     " + orDash(m.title()));
        out.println("published: " + orDash(m.published()) + "   source: " + orDash(m.source())
                + "   reference year: " + orDash(m.referenceYear()));
        out.println("authors:   " + String.join(" ", m.authorNames()) + "   regions: " + String.join(" ", m.regions()));
        tables(out, r);
        for (Warning w : r.warnings()) {
            out.println("warning:   " + w.code() + ": " + w.message());
        }
        out.println();
    }

    static void tables(PrintStream out, Report r) {
        out.println("indicators (" + r.indicators().size() + ")");
        for (Indicator i : r.indicators()) {
            out.println("  " + figure(i.quantity()) + "  " + i.subject() + "  «" + i.evidence().span().text() + "»");
        }
        out.println("targets (" + r.targets().size() + ")");
        for (Target t : r.targets()) {
            out.println("  " + figure(t.quantity()) + "  " + t.subject() + "  by " + orDash(t.deadline()) + " ("
                    + t.modality().name().toLowerCase(Locale.ROOT) + ")  «" + t.evidence().span().text() + "»");
        }
        out.println("timeline (" + r.timeline().size() + ")");
        for (TimelineEvent e : r.timeline()) {
            out.println(String.format(Locale.ROOT, "  %-16s %s", e.date(), e.description()));
        }
    }

    static String figure(Quantity q) {
        String v = q.value().toPlainString() + (q.isRange() ? "-" + q.high().toPlainString() : "");
        String sign = switch (q.qualifier()) {
            case EQ -> "";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            case APPROX -> "~";
        };
        return String.format(Locale.ROOT, "%18s %-5s", sign + v, ReportJson.unitCode(q.unit()) == null ? "" : q.unit().code());
    }

    static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
