package io.github.policyreport.internal.text;

import io.github.policyreport.spi.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HTML to the text of a {@link SourceDocument}: one line per block element; scripts, styles,
 * navigation, header/footer elements and forms dropped; {@code <title>} and {@code <meta>} kept
 * as metadata evidence.
 */
public final class HtmlText {

    private static final Set<String> DROP = Set.of("script", "style", "noscript", "nav", "header", "footer", "form",
            "iframe", "svg", "template", "select", "button", "head");
    private static final Set<String> BLOCK = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "section", "article", "table", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "hr", "main", "aside",
            "center", "td", "th", "figure", "figcaption", "address", "body");

    private HtmlText() {
    }

    /** Reads markup into a document. */
    public static SourceDocument toDocument(String name, String html, Charset charset) {
        Document doc = Jsoup.parse(html);
        Map<String, String> meta = new LinkedHashMap<>();
        String title = doc.title();
        if (!title.isBlank()) {
            meta.put("title", title.strip());
        }
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("name") ? m.attr("name") : m.hasAttr("property") ? m.attr("property") : m.attr("id");
            if (!key.isBlank() && !m.attr("content").isBlank()) {
                meta.putIfAbsent(key.toLowerCase(Locale.ROOT), m.attr("content").strip());
            }
        }
        StringBuilder out = new StringBuilder(html.length() / 3);
        doc.body().filter(new Lines(out));
        return new SourceDocument(name, collapse(out), SourceDocument.Format.HTML, meta, charset, List.of());
    }

    private static String collapse(StringBuilder sb) {
        String[] lines = sb.toString().split("\n", -1);
        StringBuilder out = new StringBuilder(sb.length());
        for (String l : lines) {
            String t = l.strip();
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(t);
            }
        }
        return out.toString();
    }

    private record Lines(StringBuilder out) implements org.jsoup.select.NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
                if (DROP.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCK.contains(e.normalName())) {
                    out.append('\n');
                }
            } else if (node instanceof TextNode t) {
                out.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
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
