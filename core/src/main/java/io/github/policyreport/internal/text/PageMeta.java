package io.github.policyreport.internal.text;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.model.Author;
import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.Script;
import io.github.policyreport.model.Warning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page's metadata from its classified blocks and markup carriers: title by agreement
 * ({@link Titles}), published and delivered dates ({@link MetaDates}), source, authors, editors
 * and regions. Stateless.
 */
final class PageMeta {

    private static final List<String> DATE_KEYS = List.of("fm:date", "pubdate", "publishdate", "pubtime_baidu",
            "article:published_time", "firstpublishedtime", "publishtime", "og:release_date", "datepublished", "ld:datepublished", "time", "class:time");
    private static final List<String> SOURCE_KEYS = List.of("fm:source", "contentsource", "source_baidu", "source", "class:source");
    private static final List<String> AUTHOR_KEYS = List.of("fm:author", "author_baidu", "author", "ld:author", "class:author");
    private static final Pattern DATE_LABEL = Pattern.compile("(发布时间|发布日期|发表时间|发稿时间|日期|时间)\\s*:");
    private static final List<String> TITLE_KEYS = List.of("fm:title", "articletitle", "og:title", "ld:headline", "h1", "title");

    private PageMeta() {
    }

    static Meta read(Map<String, String> meta, SiteHints site, NormalizedText nt, List<Block> blocks,
                     BlockClassifier.Result cls, List<Block> body, Script script, MetaWords words, List<Warning> warnings) {
        Block.Kind[] kinds = cls.kinds();
        int bodyStart = cls.bodyStart() >= 0 ? cls.bodyStart() : blocks.size();
        int titleIndex = cls.title();
        String shown = null;
        if (titleIndex >= 0) {
            Block t = blocks.get(titleIndex);
            shown = nt.source().substring(nt.toSource(t.start()), nt.toSourceEnd(t.end())).strip();
        }
        String title = Titles.choose(titleCandidates(meta, shown));
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
        PartialDate delivered = null;
        PartialDate labelled = null;
        for (Block b : header) {
            PartialDate speech = MetaReader.speechDate(b.text(), words);
            if (speech != null || BlockClassifier.isSubtitle(b.text())) {
                // ——2024年1月15日在…会议上 dates the speech, not the page
                delivered = delivered == null ? speech : delivered;
                continue;
            }
            headerText.append(b.text()).append('\n');
            if (labelled == null && DATE_LABEL.matcher(b.text()).find()) {
                labelled = MetaReader.date(b.text());
            }
        }

        PartialDate published = labelled != null ? labelled : MetaReader.date(headerText.toString());
        for (int i = 0; published == null && i < DATE_KEYS.size(); i++) {
            String v = meta.get(DATE_KEYS.get(i));
            if (v != null) {
                published = MetaReader.date(Normalizer.normalize(v).text());
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

        String outlet = source(meta, nt, header, trailer, body, words);
        if (outlet == null) {
            outlet = site.source();
        }

        Map<String, Author> authors = new LinkedHashMap<>();
        Set<String> editors = new LinkedHashSet<>();
        List<Block> credits = new ArrayList<>(header);
        for (int i = Math.max(0, cls.bodyStart()); cls.bodyStart() >= 0 && i <= cls.bodyEnd() && i < cls.bodyStart() + 4; i++) {
            if (kinds[i] == Block.Kind.CREDIT) {
                credits.add(blocks.get(i)); // a byline under the dateline: 新华社记者张三、李四
            }
        }
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
            Block last = body.get(body.size() - 1);
            for (Author a : MetaReader.trailingCredits(last.text())) {
                authors.putIfAbsent(a.name(), new Author(asWritten(nt, last, a.name()), a.role()));
            }
        }
        if (authors.isEmpty()) {
            for (String k : AUTHOR_KEYS) {
                String v = meta.get(k);
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
            texts.add(new Regions.Weighted(titleText, 3, true));
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
                script, delivered);
    }

    private static String source(Map<String, String> meta, NormalizedText nt, List<Block> header, List<Block> trailer,
                                 List<Block> body, MetaWords words) {
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
        for (Block b : header) {
            int[] v = MetaReader.datedOutlet(b.text());
            if (v != null) {
                return original(nt, b.start() + v[0], b.start() + v[1]);
            }
        }
        for (Block b : header) {
            if (words.issuerLine(b.text())) {
                return original(nt, b.start(), b.end()); // 某市统计局 alone under the title: the issuing body
            }
        }
        if (!body.isEmpty()) {
            // a wire dateline names the agency, unless the page is on the agency's own site
            Block b = body.get(0);
            int[] v = MetaReader.datelineSource(b.text(), words);
            if (v != null && !ownSite(meta, b.text().substring(v[0], v[1]))) {
                return original(nt, b.start() + v[0], b.start() + v[1]);
            }
        }
        for (String k : SOURCE_KEYS) {
            String v = meta.get(k);
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

    /** Whether {@code outlet} is the site serving the page (its og:site_name, SiteName or {@code <title>} suffix). */
    private static boolean ownSite(Map<String, String> meta, String outlet) {
        for (String k : List.of("og:site_name", "sitename", "title")) {
            String v = meta.get(k);
            if (v != null) {
                String site = Normalizer.normalize(v).text();
                if (k.equals("title")) {
                    int cut = Math.max(Math.max(site.lastIndexOf('|'), site.lastIndexOf('_')), site.lastIndexOf('-'));
                    site = cut < 0 ? "" : site.substring(cut);
                }
                if (site.contains(outlet)) {
                    return true;
                }
            }
        }
        return false;
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
     * Title carriers of the page, best first: the headline line the classifier found (it counts
     * most: it is what the page shows), then ArticleTitle, og:title, JSON-LD headline, the first
     * h1 and {@code <title>}.
     */
    static List<Titles.Candidate> titleCandidates(Map<String, String> meta, String shown) {
        Set<String> sites = new LinkedHashSet<>();
        for (String k : List.of("og:site_name", "sitename", "application-name")) {
            String v = meta.get(k);
            if (v != null) {
                sites.add(Titles.key(v));
            }
        }
        String t = meta.get("title");
        if (t != null) {
            String[] parts = t.split("\\s*(?:_+|\\s[|｜-]\\s|\\||｜|-{2,})\\s*");
            if (parts.length > 1) {
                sites.add(Titles.key(parts[parts.length - 1])); // headline_site: the last part names the site
            }
        }
        List<Titles.Candidate> out = new ArrayList<>();
        if (shown != null && !sites.contains(Titles.key(shown))) {
            out.add(new Titles.Candidate(shown, 1.5));
        }
        for (String k : TITLE_KEYS) {
            String v = meta.get(k);
            if (v != null && !v.isBlank() && !sites.contains(Titles.key(v))) {
                out.add(new Titles.Candidate(v, 1)); // an h1 that is the site's logo is not the headline
            }
        }
        return out;
    }

    /** The block whose cleaned text agrees with a title carrier of the markup, searched in the first half of the page, or -1. */
    static int markupTitle(Map<String, String> meta, List<Block> blocks) {
        if (meta.isEmpty()) {
            return -1;
        }
        List<String> keys = Titles.keys(titleCandidates(meta, null));
        int limit = Math.min(blocks.size(), Math.max(20, blocks.size() / 2));
        for (String k : keys) {
            for (int i = 0; i < limit; i++) {
                Block b = blocks.get(i);
                if (b.length() <= 200 && b.cue() == null) {
                    String c = Titles.clean(b.text());
                    if (c != null && Titles.key(c).equals(k)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

}
