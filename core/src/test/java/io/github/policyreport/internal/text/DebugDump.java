package io.github.policyreport.internal.text;

import io.github.policyreport.generic.SiteProfile;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;

import java.nio.file.Files;
import java.nio.file.Path;

public class DebugDump {
    public static void main(String[] args) throws Exception {
        for (String f : args) {
            SourceDocument d = SourceDocument.read(Path.of(f));
            Analysis a = TextLayer.analyze(d, SiteProfile.generic(), ParseContext.defaults());
            System.out.println("=== " + f + " " + a.meta());
            System.out.println("warnings " + a.warnings());
            for (Paragraph p : a.body()) {
                String t = a.span(p.start(), p.end()).text();
                System.out.println("  [" + p.section() + (p.heading() ? " H" : "") + "] " + t.substring(0, Math.min(40, t.length())));
            }
            for (var s : a.sections()) {
                System.out.println("  S" + s.level() + " " + s.heading() + " " + s.span().start() + "-" + s.span().end());
            }
        }
    }
}
