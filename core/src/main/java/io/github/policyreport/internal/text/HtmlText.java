package io.github.policyreport.internal.text;

import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HTML to the text of a {@link SourceDocument}: one line per block element; scripts, styles,
 * navigation, header/footer/aside elements and form controls dropped (a {@code <form>} itself stays:
 * ASP.NET pages wrap the whole article in one); {@code <title>}, {@code <meta>}
 * values (government CMS tags such as ArticleTitle, PubDate, ContentSource) and Baidu's
 * {@code pubtime_baidu}/{@code source_baidu}/{@code author_baidu} elements and the carriers of
 * {@link MarkupMeta} kept as metadata evidence. Markup longer than {@link #MAX_MARKUP} characters is cut first; the walk over the
 * tree is iterative, so deep nesting costs time linear in its size and no stack.
 *
 * <p>Public because the pipeline's engine turns markup into text through it.
 */
public final class HtmlText {

    /** Longest markup read, in characters. */
    public static final int MAX_MARKUP = 20_000_000;
    private static final int DEEP = 512;
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "nav", "header", "footer",
            "iframe", "svg", "template", "select", "button", "head", "aside", "object", "embed", "textarea", "input", "option", "datalist");
    private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "section", "article", "table", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "hr", "main",
            "center", "td", "th", "figure", "figcaption", "address", "body", "tbody", "thead", "caption", "img");
    private static final List<String> BAIDU_IDS = List.of("pubtime_baidu", "source_baidu", "author_baidu",
            "editor_baidu");

    private HtmlText() {
    }

    /** Reads markup into a document. */
    public static SourceDocument toDocument(String name, String html, Charset charset) {
        List<Warning> notes = new ArrayList<>();
        if (html.length() > MAX_MARKUP) {
            html = html.substring(0, MAX_MARKUP);
            notes.add(new Warning(Warning.Code.TRUNCATED, "markup cut to " + MAX_MARKUP + " characters"));
        }
        Document doc = Jsoup.parse(html);
        Map<String, String> meta = new LinkedHashMap<>();
        Element titleEl = doc.selectFirst("title");
        if (titleEl != null && !titleEl.text().isBlank()) {
            meta.put("title", titleEl.text().strip());
        }
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("name") ? m.attr("name") : m.hasAttr("property") ? m.attr("property")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("id");
            String content = m.attr("content").strip();
            if (!key.isBlank() && !content.isBlank() && content.length() < 1000) {
                meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
            }
        }
        for (String id : BAIDU_IDS) {
            Element e = doc.getElementById(id);
            if (e != null && !e.text().isBlank() && e.text().length() < 200) {
                meta.putIfAbsent(id, e.text().strip());
            }
        }
        MarkupMeta.read(doc, meta);
        StringBuilder out = new StringBuilder(Math.min(html.length(), 1 << 24) / 3 + 16);
        Lines lines = new Lines(out);
        Element body = doc.body();
        if (body != null) {
            body.filter(lines);
        }
        // jsoup (1.22+) flattens nesting past its own depth cap of 512, so reaching it is the sign
        if (lines.maxDepth >= DEEP - 8) {
            notes.add(new Warning(Warning.Code.MALFORMED_MARKUP, "markup nested at least " + lines.maxDepth + " levels deep"));
        }
        return new SourceDocument(name, collapse(out), SourceDocument.Format.HTML, meta, charset, notes);
    }

    private static String collapse(StringBuilder sb) {
        StringBuilder out = new StringBuilder(sb.length());
        int start = 0;
        int n = sb.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || sb.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && isSpace(sb.charAt(s))) {
                    s++;
                }
                while (e > s && isSpace(sb.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(sb, s, e);
                }
                start = i + 1;
            }
        }
        return Decoder.unifyLineEnds(out.toString());
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }

    private static final class Lines implements NodeFilter {
        private final StringBuilder out;
        private int maxDepth;

        Lines(StringBuilder out) {
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            maxDepth = Math.max(maxDepth, depth);
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (DROP.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCK.contains(tag)) {
                    out.append('\n');
                }
            } else if (node instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    out.append(c == '\n' || c == '\r' ? ' ' : c);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                out.append('\n');
            }
            return FilterResult.CONTINUE;
        }
    }
}
