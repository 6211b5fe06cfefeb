package io.github.policyreport.internal.text;

import io.github.policyreport.generic.SiteProfile;
import io.github.policyreport.internal.Isolation;
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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Source document to {@link Analysis}: normalization with an offset map, blocks, one classifier
 * for boilerplate, title, metadata and body ({@link BlockClassifier}), duplicate bodies
 * ({@link Dedup}), metadata ({@link MetaReader}, {@link Regions}) and sections
 * ({@link Structure}). Stateless and thread-safe.
 */
public final class TextLayer {

    private static final List<String> DATE_KEYS = List.of("pubdate", "publishdate", "pubtime_baidu",
            "article:published_time", "firstpublishedtime", "publishtime", "og:release_date", "datepublished");
    private static final List<String> SOURCE_KEYS = List.of("contentsource", "source_baidu", "source");
    private static final List<String> AUTHOR_KEYS = List.of("author_baidu", "author");
    private static final Pattern DATE_LABEL = Pattern.compile("(发布时间|发布日期|发表时间|发稿时间|日期|时间)\\s*:");
    private static final Pattern TITLE_SPLIT = Pattern.compile("\\s*(?:[_|｜]|\\s[-–—]\\s|--)\\s*");

    private TextLayer() {
    }

    /**
     * Analyses one document, cut to {@link ParseContext#maxChars()} (on a code-point boundary,
     * with a warning). A rule that fails throws: the pipeline isolates this stage.
     */
    public static Analysis analyze(SourceDocument doc, SiteProfile profile, ParseContext context) {
        List<Warning> warnings = new ArrayList<>();
        return analyze(doc, cut(doc.text(), context, warnings), profile, warnings);
    }

    /** The analysis of a page whose text layer failed: its (cut) text, no body, the profile's outlet. */
    public static Analysis empty(SourceDocument doc, SiteProfile profile, ParseContext context) {
        List<Warning> warnings = new ArrayList<>();
        String source = cut(doc.text(), context, warnings);
        return new Analysis(new NormalizedText(source, source, OffsetMap.identity()), List.of(), List.of(),
                new Meta(null, null, profile.source(), List.of(), List.of(), List.of(), Script.SIMPLIFIED), warnings);
    }

    private static String cut(String source, ParseContext context, List<Warning> warnings) {
        if (source.length() <= context.maxChars()) {
            return source;
        }
        int cut = CodePoints.floor(source, context.maxChars());
        warnings.add(new Warning(Warning.Code.TRUNCATED, "input cut to " + cut + " characters (maxChars)"));
        return source.substring(0, cut);
    }

    private static Analysis analyze(SourceDocument doc, String source, SiteProfile profile, List<Warning> warnings) {
        Script script = Normalizer.script(source);
        NormalizedText nt = Normalizer.normalize(source);
        String text = nt.text();
        List<Block> blocks = dropProfileBoilerplate(Block.split(text), profile);
        BlockClassifier.Result cls = BlockClassifier.classify(blocks, markupTitle(doc, blocks));
        Block.Kind[] kinds = cls.kinds();

        List<Block> body = new ArrayList<>();
        if (cls.bodyStart() >= 0) {
            for (int i = cls.bodyStart(); i <= cls.bodyEnd(); i++) {
                if (kinds[i] == Block.Kind.BODY) {
                    body.add(blocks.get(i));
                }
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
        Meta meta = Isolation.guard("metadata", () -> meta(doc, profile, nt, blocks, cls, kept, script, warnings),
                new Meta(null, null, profile.source(), List.of(), List.of(), List.of(), script), warnings);
        return new Analysis(nt, structure.paragraphs(), sections, meta, warnings);
    }

    private static List<Block> dropProfileBoilerplate(List<Block> blocks, SiteProfile profile) {
        if (profile.boilerplate().isEmpty()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            // site patterns describe short template lines; long lines are never tried (hostile regexes)
            boolean site = b.length() <= 1000 && profile.boilerplate().stream().anyMatch(p -> p.matcher(b.text()).find());
            out.add(site && b.cue() == null ? new Block(b.index(), b.start(), b.end(), b.text(), Cues.Kind.PLACEHOLDER) : b);
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
        String s = summary.text().replaceFirst("^[^:]{0,6}:", "").replaceAll("[\\s.…]+$", "").replaceAll("\\s+", "");
        StringBuilder lead = new StringBuilder();
        for (int i = 0; i < body.size() && lead.length() < 4 * s.length() + 200; i++) {
            lead.append(body.get(i).text().replaceAll("\\s+", ""));
        }
        String probe = s.substring(0, Math.min(s.length(), 20));
        return probe.isEmpty() || lead.indexOf(probe) >= 0;
    }

    private static Meta meta(SourceDocument doc, SiteProfile profile, NormalizedText nt, List<Block> blocks,
                             BlockClassifier.Result cls, List<Block> body, Script script, List<Warning> warnings) {
        Block.Kind[] kinds = cls.kinds();
        int bodyStart = cls.bodyStart() >= 0 ? cls.bodyStart() : blocks.size();
        int titleIndex = cls.title();
        String title = null;
        if (titleIndex >= 0) {
            Block t = blocks.get(titleIndex);
            title = nt.source().substring(nt.toSource(t.start()), nt.toSourceEnd(t.end())).strip();
        } else {
            title = metaTitle(doc);
        }
        if (title == null) {
            warnings.add(new Warning(Warning.Code.NO_TITLE, "no title was recognised"));
        }
        // header: the lines between the title and the body; trailer: the lines right after the body
        int headerFrom = titleIndex >= 0 && titleIndex < bodyStart ? titleIndex + 1 : Math.max(0, bodyStart - 6);
        List<Block> header = new ArrayList<>(blocks.subList(Math.min(headerFrom, bodyStart), bodyStart));
        List<Block> trailer = new ArrayList<>();
        if (cls.bodyEnd() >= 0) {
            for (int i = cls.bodyEnd() + 1; i < blocks.size() && i <= cls.bodyEnd() + 4; i++) {
                Block b = blocks.get(i);
                if (kinds[i] == Block.Kind.CREDIT || kinds[i] == Block.Kind.META || b.cue() == Cues.Kind.EDITOR) {
                    trailer.add(b);
                } else if (b.cue() != null && b.cue().endsBody()) {
                    break;
                }
            }
        }
        StringBuilder headerText = new StringBuilder();
        for (Block b : header) {
            if (!BlockClassifier.isSubtitle(b.text())) { // ——2024年1月15日在…会议上 dates the event, not the page
                headerText.append(b.text()).append('\n');
            }
        }

        PartialDate published = MetaReader.date(headerText.toString());
        if (published == null) {
            for (String k : DATE_KEYS) {
                String v = doc.meta().get(k);
                if (v != null && (published = MetaReader.date(Normalizer.normalize(v).text())) != null) {
                    break;
                }
            }
        }
        if (published == null) {
            // a labelled date right after the body (发布日期:2023-05-12 at the foot of the article)
            for (Block b : trailer) {
                if (DATE_LABEL.matcher(b.text()).find() && (published = MetaReader.date(b.text())) != null) {
                    break;
                }
            }
        }
        if (published == null && !body.isEmpty()) {
            StringBuilder all = new StringBuilder();
            for (Block b : body) {
                all.append(b.text()).append('\n');
            }
            published = MetaReader.datelineDate(body.get(0).text(), all.toString());
        }

        String outlet = source(doc, nt, header, trailer, body);
        if (outlet == null) {
            outlet = profile.source();
        }

        Map<String, Author> authors = new LinkedHashMap<>();
        Set<String> editors = new LinkedHashSet<>();
        List<Block> credits = new ArrayList<>(header);
        credits.addAll(trailer);
        for (int i = 0; i < credits.size(); i++) {
            Block b = credits.get(i);
            Block valueBlock = b;
            String line = b.text();
            if (MetaReader.endsWithLabel(line) && i + 1 < credits.size()) {
                valueBlock = credits.get(i + 1); // 作者: / 关颖 翟小雪
                line = line + valueBlock.text();
            }
            for (Author a : MetaReader.authors(line)) {
                authors.putIfAbsent(a.name(), new Author(asWritten(nt, valueBlock, a.name()), a.role()));
            }
            for (String e : MetaReader.editors(line)) {
                editors.add(asWritten(nt, valueBlock, e));
            }
        }
        if (!body.isEmpty()) {
            for (Author a : MetaReader.leadCredits(body.get(0).text())) {
                authors.putIfAbsent(a.name(), new Author(asWritten(nt, body.get(0), a.name()), a.role()));
            }
        }
        if (authors.isEmpty()) {
            for (String k : AUTHOR_KEYS) {
                String v = doc.meta().get(k);
                if (v != null) {
                    for (Author a : MetaReader.authors("作者:" + Normalizer.normalize(v).text())) {
                        authors.putIfAbsent(a.name(), a);
                    }
                }
            }
        }
        for (Author a : authors.values()) {
            editors.remove(a.name());
        }

        List<Regions.Weighted> texts = new ArrayList<>();
        String titleText = title == null ? null : Normalizer.normalize(title).text().strip();
        if (titleText != null) {
            texts.add(new Regions.Weighted(titleText, 3));
        }
        for (int i = 0; i < body.size(); i++) {
            String p = body.get(i).text();
            if (titleText != null && titleText.length() >= 6 && p.contains(titleText)) {
                p = p.replace(titleText, " "); // a lead repeating the headline is not a second mention
            }
            texts.add(new Regions.Weighted(p, i == 0 ? 1.5 : 1));
        }
        List<String> regions = Regions.rank(texts);
        return new Meta(title, published, outlet, new ArrayList<>(authors.values()), new ArrayList<>(editors), regions,
                script);
    }

    private static String source(SourceDocument doc, NormalizedText nt, List<Block> header, List<Block> trailer,
                                 List<Block> body) {
        List<Block> lines = new ArrayList<>(header);
        lines.addAll(trailer);
        for (int i = 0; i < lines.size(); i++) {
            Block b = lines.get(i);
            int[] v = MetaReader.source(b.text());
            if (v != null) {
                return original(nt, b.start() + v[0], b.start() + v[1]);
            }
            if (MetaReader.endsWithLabel(b.text()) && i + 1 < lines.size()) {
                // 来源: / 西安新闻网 on two lines
                Block next = lines.get(i + 1);
                int shift = b.text().length();
                v = MetaReader.source(b.text() + next.text());
                if (v != null && v[0] >= shift) {
                    return original(nt, next.start() + v[0] - shift, next.start() + v[1] - shift);
                }
            }
        }
        for (int i = body.size() - 1; i >= 0 && i >= body.size() - 3; i--) {
            Block b = body.get(i);
            int[] v = MetaReader.trailingSource(b.text());
            if (v != null) {
                return original(nt, b.start() + v[0], b.start() + v[1]);
            }
        }
        if (!body.isEmpty()) {
            Block b = body.get(0);
            int[] v = MetaReader.newsFlashSource(b.text());
            if (v != null) {
                return original(nt, b.start() + v[0], b.start() + v[1]);
            }
        }
        for (String k : SOURCE_KEYS) {
            String v = doc.meta().get(k);
            if (v != null) {
                String n = Normalizer.normalize(v).text();
                int[] r = MetaReader.source(n.contains(":") ? n : "来源:" + n);
                if (r != null) {
                    String value = n.contains(":") ? n : "来源:" + n;
                    return value.substring(r[0], r[1]);
                }
            }
        }
        return null;
    }

    /** A name found in a block's normalized text, as the source writes it. */
    private static String asWritten(NormalizedText nt, Block b, String name) {
        int i = b.text().indexOf(name);
        return i < 0 ? name : original(nt, b.start() + i, b.start() + i + name.length());
    }

    private static String original(NormalizedText nt, int start, int end) {
        int s = nt.toSource(start);
        return nt.source().substring(s, Math.max(s, nt.toSourceEnd(end))).strip();
    }

    /**
     * The block agreeing with the page's ArticleTitle, h1 or {@code <title>} (site suffix
     * stripped), searched in the first half of the page, or -1.
     */
    private static int markupTitle(SourceDocument doc, List<Block> blocks) {
        if (doc.meta().isEmpty()) {
            return -1;
        }
        List<String> candidates = new ArrayList<>();
        for (String k : List.of("articletitle", "og:title")) {
            String v = doc.meta().get(k);
            if (v != null) {
                candidates.add(key(v));
            }
        }
        // <title> is usually "headline_site": every part but the last is a candidate; the last is the site
        String t = doc.meta().get("title");
        String site = null;
        if (t != null) {
            String[] parts = TITLE_SPLIT.split(t.strip());
            if (parts.length > 1) {
                site = key(parts[parts.length - 1]);
                List<String> heads = new ArrayList<>();
                for (int i = 0; i < parts.length - 1; i++) {
                    heads.add(key(parts[i]));
                }
                // the headline is the longest part ("site-channel-headline" puts it last but one)
                heads.sort(java.util.Comparator.comparingInt(String::length).reversed());
                candidates.addAll(heads);
            }
            candidates.add(key(t));
        }
        String h1 = doc.meta().get("h1");
        if (h1 != null && !key(h1).equals(site)) {
            candidates.add(key(h1)); // an h1 that is the site's logo is not the headline
        }
        int limit = Math.min(blocks.size(), Math.max(20, blocks.size() / 2));
        for (String c : candidates) {
            if (c.length() < 4) {
                continue;
            }
            for (int i = 0; i < limit; i++) {
                Block b = blocks.get(i);
                if (b.length() >= c.length() && b.length() <= 200 && b.text().replaceAll("\\s+", "").equals(c)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String metaTitle(SourceDocument doc) {
        for (String k : List.of("articletitle", "og:title")) {
            String v = doc.meta().get(k);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        String t = doc.meta().get("title");
        if (t == null || t.isBlank()) {
            String h1 = doc.meta().get("h1");
            return h1 == null || h1.isBlank() ? null : h1.strip();
        }
        String[] parts = TITLE_SPLIT.split(t.strip());
        String best = null;
        for (int i = 0; i < Math.max(1, parts.length - 1); i++) {
            if (best == null || parts[i].strip().length() > best.length()) {
                best = parts[i].strip();
            }
        }
        return best == null || best.isEmpty() ? null : best;
    }

    private static String key(String s) {
        return Normalizer.normalize(s).text().replaceAll("\\s+", "");
    }
}
