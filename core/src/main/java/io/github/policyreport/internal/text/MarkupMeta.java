package io.github.policyreport.internal.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata carriers in the body of a page, beside {@code <meta>} tags: the first non-empty
 * {@code <h1>} ({@code h1}), JSON-LD {@code NewsArticle}/{@code Article} ({@code ld:headline},
 * {@code ld:datepublished}, {@code ld:author}, {@code ld:publisher}), {@code <time datetime>}
 * ({@code time}), and elements whose class or id names a byline, source or time
 * ({@code class:author}, {@code class:source}, {@code class:time}; the first one after the
 * headline wins). Values are short strings as written; {@link TextLayer} decides what they mean.
 */
final class MarkupMeta {

    private static final int MAX_VALUE = 200;
    private static final Pattern TOKEN = Pattern.compile("[\\s_-]+");

    private MarkupMeta() {
    }

    /** Adds the carriers found in {@code doc} to {@code meta}, never replacing a value already there. */
    static void read(Document doc, Map<String, String> meta) {
        for (Element h1 : doc.select("h1")) {
            String t = h1.text().strip();
            if (!t.isEmpty() && t.length() < MAX_VALUE) {
                meta.putIfAbsent("h1", t);
                break;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            jsonLd(script.data(), meta);
        }
        for (Element time : doc.select("time[datetime], [itemprop=datePublished]")) {
            String v = time.hasAttr("datetime") ? time.attr("datetime")
                    : time.hasAttr("content") ? time.attr("content") : time.text();
            if (!v.isBlank() && v.length() < MAX_VALUE) {
                meta.putIfAbsent("time", v.strip());
                break;
            }
        }
        boolean afterHeadline = doc.selectFirst("h1") == null;
        for (Element e : doc.getAllElements()) {
            if (e.normalName().equals("h1")) {
                afterHeadline = true;
                continue;
            }
            if (!afterHeadline || e.normalName().equals("script") || e.normalName().equals("style")) {
                continue;
            }
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (names.isBlank()) {
                continue;
            }
            String kind = kind(names);
            if (kind != null && !meta.containsKey(kind)) {
                String t = e.text().strip();
                if (!t.isEmpty() && t.length() <= MAX_VALUE) {
                    meta.put(kind, t);
                }
            }
        }
    }

    private static String kind(String names) {
        MetaWords words = MetaWords.defaults();
        for (String token : TOKEN.split(names)) {
            if (words.classSource.contains(token)) {
                return "class:source";
            }
            if (words.classAuthor.contains(token)) {
                return "class:author";
            }
            if (words.classTime.contains(token)) {
                return "class:time";
            }
        }
        return null;
    }

    private static final Pattern LD_STRING = Pattern.compile("\"(headline|datePublished|author|publisher|name)\"\\s*+:\\s*+"
            + "(?:\"((?:[^\"\\\\]|\\\\.){0,300}+)\"|([\\[{]))");

    /**
     * The headline, datePublished, author and publisher of a JSON-LD object. Nested author and
     * publisher objects give their first "name". Not a JSON parser: a linear scan for the keys.
     */
    static void jsonLd(String json, Map<String, String> meta) {
        if (json.length() > 200_000 || !json.contains("Article")) {
            return;
        }
        Matcher m = LD_STRING.matcher(json);
        String pending = null; // author or publisher waiting for its nested "name"
        while (m.find()) {
            String key = m.group(1);
            if (m.group(3) != null) {
                pending = key.equals("author") || key.equals("publisher") ? key : pending;
                continue;
            }
            String value = unescape(m.group(2)).strip();
            if (value.isEmpty() || value.length() > MAX_VALUE) {
                continue;
            }
            if (key.equals("name")) {
                if (pending != null) {
                    meta.putIfAbsent("ld:" + pending, value);
                    pending = null;
                }
            } else {
                meta.putIfAbsent("ld:" + key.toLowerCase(Locale.ROOT), value);
                pending = null;
            }
        }
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                if (n == 'u' && i + 4 < s.length()) {
                    try {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                        continue;
                    } catch (NumberFormatException e) {
                        b.append(n);
                        continue;
                    }
                }
                b.append(switch (n) {
                    case 'n', 'r', 't' -> ' ';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
