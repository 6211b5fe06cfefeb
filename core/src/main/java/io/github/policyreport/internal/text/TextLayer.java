package io.github.policyreport.internal.text;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.internal.Isolation;
import io.github.policyreport.internal.Matchers;
import io.github.policyreport.model.Author;
import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.Script;
import io.github.policyreport.model.Section;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Source document to {@link Analysis}: normalization with an offset map, blocks, one classifier
 * for boilerplate, title, metadata and body ({@link BlockClassifier}), duplicate bodies
 * ({@link Dedup}), metadata ({@link MetaReader}, {@link Regions}) and sections
 * ({@link Structure}), read with one {@link TextRules} set. Immutable and thread-safe.
 *
 * <p>Public because the pipeline runs it.
 */
public final class TextLayer {

    private final TextRules rules;

    /** A text layer that reads pages with {@code rules}. */
    public TextLayer(TextRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** A text layer with the {@linkplain TextRules#defaults() shipped rules}. */
    public static TextLayer defaults() {
        return new TextLayer(TextRules.defaults());
    }

    /**
     * Analyses one document, cut to {@link ParseContext#maxChars()} (on a code-point boundary,
     * with a warning). A rule that fails throws: the pipeline isolates this stage.
     */
    public Analysis analyze(SourceDocument doc, SiteHints site, ParseContext context) {
        List<Warning> warnings = new ArrayList<>();
        return analyze(doc, cut(doc.text(), context, warnings), site, warnings);
    }

    /** The analysis of a page whose text layer failed: its (cut) text, no body, the site's outlet. */
    public static Analysis empty(SourceDocument doc, SiteHints site, ParseContext context) {
        List<Warning> warnings = new ArrayList<>();
        String source = cut(doc.text(), context, warnings);
        return new Analysis(NormalizedText.identity(source), List.of(), List.of(),
                new Meta(null, null, site.source(), List.of(), List.of(), List.of(), Script.SIMPLIFIED, null), warnings);
    }

    private static String cut(String source, ParseContext context, List<Warning> warnings) {
        if (source.length() <= context.maxChars()) {
            return source;
        }
        int cut = CodePoints.floor(source, context.maxChars());
        warnings.add(new Warning(Warning.Code.TRUNCATED, "input cut to " + cut + " characters (maxChars)"));
        return source.substring(0, cut);
    }

    private Analysis analyze(SourceDocument doc, String source, SiteHints site, List<Warning> warnings) {
        Script script = Normalizer.script(source);
        NormalizedText nt = Normalizer.normalize(source);
        String text = nt.text();
        List<Block> blocks = Block.split(text, rules.boilerplate);
        blocks = dropProfileBoilerplate(blocks, site);
        FrontMatter front = FrontMatter.read(blocks);
        Map<String, String> carriers = doc.meta();
        if (front.blocks() > 0) {
            carriers = new LinkedHashMap<>(front.fields());
            carriers.putAll(doc.meta());
            blocks = placeholders(blocks, front.blocks());
        }
        BlockClassifier.Result cls = BlockClassifier.classify(blocks, PageMeta.markupTitle(carriers, blocks),
                rules.metaWords);
        Block.Kind[] kinds = cls.kinds();

        List<Block> body = new ArrayList<>();
        if (cls.bodyStart() >= 0) {
            for (int i = cls.bodyStart(); i <= cls.bodyEnd(); i++) {
                if (kinds[i] == Block.Kind.BODY) {
                    body.add(blocks.get(i));
                }
            }
        }
        if (body.isEmpty()) {
            Block dense = densest(blocks, kinds);
            if (dense != null) {
                body.add(dense); // a page with an article never comes out empty
            }
        }
        int[] keep = Dedup.keep(body);
        if (keep != null) {
            warnings.add(new Warning(Warning.Code.DUPLICATE_BODY, "the page carries its body twice; one complete copy was kept"));
            body = new ArrayList<>(body.subList(keep[0], keep[1]));
        }
        Block summary = summary(blocks, kinds, cls.bodyStart());
        if (summary != null && !repeatsLead(summary, body)) {
            body.add(0, summary);
        }
        if (body.isEmpty()) {
            warnings.add(new Warning(Warning.Code.NO_BODY, "no article body was recognised"));
        }

        List<int[]> ranges = new ArrayList<>();
        for (Block b : body) {
            ranges.add(new int[] {b.start(), b.end()});
        }
        Structure.Result structure = Structure.build(text, ranges);
        List<Section> sections = Structure.toSections(structure, nt);

        List<Block> kept = body;
        Map<String, String> markup = carriers;
        List<Block> all = blocks;
        Meta meta = Isolation.guard("metadata", () -> PageMeta.read(markup, site, nt, all, cls, kept, script, rules.metaWords, warnings),
                new Meta(null, null, site.source(), List.of(), List.of(), List.of(), script, null), warnings);
        return new Analysis(nt, structure.paragraphs(), sections, meta, warnings);
    }

    private static List<Block> dropProfileBoilerplate(List<Block> blocks, SiteHints hints) {
        if (hints.boilerplate().isEmpty()) {
            return blocks;
        }
        List<Pattern> patterns = hints.boilerplate();
        Matchers matchers = new Matchers(patterns.size());
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            // site patterns describe short template lines; long lines are never tried (hostile regexes)
            boolean site = false;
            for (int p = 0; p < patterns.size() && !site && b.cue() == null && b.length() <= 1000; p++) {
                site = matchers.of(p, patterns.get(p), b.text()).find();
            }
            out.add(site ? new Block(b.index(), b.start(), b.end(), b.text(), Cues.Kind.PLACEHOLDER) : b);
        }
        return out;
    }

    /** The block with the most Han text that no cue, metadata or title claims (at least 20 characters), or null. */
    static Block densest(List<Block> blocks, Block.Kind[] kinds) {
        Block best = null;
        int most = 19;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int han = BlockClassifier.han(b.text());
            if (b.cue() == null && (kinds[i] == Block.Kind.OTHER || kinds[i] == Block.Kind.BODY) && han > most) {
                best = b;
                most = han;
            }
        }
        return best;
    }

    /** The first {@code n} blocks become placeholders: front matter is metadata, never body or title. */
    private static List<Block> placeholders(List<Block> blocks, int n) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            out.set(i, new Block(b.index(), b.start(), b.end(), b.text(), Cues.Kind.PLACEHOLDER));
        }
        return out;
    }

    private static Block summary(List<Block> blocks, Block.Kind[] kinds, int bodyStart) {
        for (int i = Math.max(0, bodyStart - 3); i >= 0 && i < bodyStart; i++) {
            if (blocks.get(i).cue() == Cues.Kind.SUMMARY) {
                return blocks.get(i);
            }
        }
        return null;
    }

    private static boolean repeatsLead(Block summary, List<Block> body) {
        String s = summary.text().replaceFirst("^[^:]{0,6}:", "").replaceAll("[\\s.…]+$", "");
        s = Dedup.withoutSpaces(s);
        StringBuilder lead = new StringBuilder();
        for (int i = 0; i < body.size() && lead.length() < 4 * s.length() + 200; i++) {
            lead.append(Dedup.withoutSpaces(body.get(i).text()));
        }
        String probe = s.substring(0, Math.min(s.length(), 20));
        return probe.isEmpty() || lead.indexOf(probe) >= 0;
    }
}
