package io.github.policyreport.internal.text;

import io.github.policyreport.generic.SiteProfile;
import io.github.policyreport.model.Script;
import io.github.policyreport.model.Section;
import io.github.policyreport.model.Span;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Source document to {@link Analysis}: normalization, blocks, boilerplate, body, metadata and
 * structure. First version: every line with sentence punctuation is body; no metadata.
 */
public final class TextLayer {

    private TextLayer() {
    }

    /** Analyses one document. */
    public static Analysis analyze(SourceDocument doc, SiteProfile profile, ParseContext context) {
        List<Warning> warnings = new ArrayList<>();
        String source = doc.text();
        if (source.length() > context.maxChars()) {
            source = source.substring(0, context.maxChars());
            warnings.add(new Warning(Warning.Code.TRUNCATED, "input cut to " + context.maxChars() + " characters"));
        }
        NormalizedText nt = Normalizer.normalize(source);
        String text = nt.text();
        List<Paragraph> body = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                String line = text.substring(s, e);
                if (line.length() >= 20 && (line.contains("。") || line.contains(",")) && !profileBoilerplate(profile, line)) {
                    body.add(new Paragraph(s, e, -1, false));
                }
                start = i + 1;
            }
        }
        List<Section> sections = new ArrayList<>();
        if (!body.isEmpty()) {
            int s = nt.toSource(body.get(0).start());
            int e = nt.toSourceEnd(body.get(body.size() - 1).end());
            sections.add(new Section("", 1, Span.of(source, s, e)));
        } else {
            warnings.add(new Warning(Warning.Code.NO_BODY, "no article body was recognised"));
        }
        Meta meta = new Meta(null, null, profile.source(), List.of(), List.of(), List.of(), Script.SIMPLIFIED);
        return new Analysis(nt, body, sections, meta, warnings);
    }

    private static boolean profileBoilerplate(SiteProfile profile, String line) {
        return profile.boilerplate().stream().anyMatch(p -> p.matcher(line).find());
    }
}
