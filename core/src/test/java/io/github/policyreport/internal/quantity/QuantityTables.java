package io.github.policyreport.internal.quantity;

import io.github.policyreport.mention.QuantityMention;
import io.github.policyreport.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers: resource tables, script variants and the span invariant. */
final class QuantityTables {

    /** Simplified → Traditional for the characters the engine must accept in either script. */
    static final Map<Character, Character> TRADITIONAL = Map.ofEntries(
            Map.entry('万', '萬'), Map.entry('亿', '億'), Map.entry('两', '兩'), Map.entry('个', '個'),
            Map.entry('项', '項'), Map.entry('户', '戶'), Map.entry('亩', '畝'), Map.entry('约', '約'),
            Map.entry('过', '過'), Map.entry('余', '餘'), Map.entry('类', '類'), Map.entry('场', '場'),
            Map.entry('届', '屆'), Map.entry('笔', '筆'), Map.entry('吨', '噸'), Map.entry('达', '達'),
            Map.entry('点', '點'), Map.entry('数', '數'), Map.entry('台', '臺'), Map.entry('时', '時'),
            Map.entry('币', '幣'), Map.entry('陆', '陸'), Map.entry('岁', '歲'), Map.entry('标', '標'),
            Map.entry('准', '準'), Map.entry('镑', '鎊'), Map.entry('欧', '歐'), Map.entry('圆', '圓'),
            Map.entry('对', '對'), Map.entry('块', '塊'), Map.entry('贰', '貳'), Map.entry('门', '門'),
            Map.entry('负', '負'), Map.entry('长', '長'), Map.entry('农', '農'), Map.entry('迈', '邁'));

    private QuantityTables() {
    }

    /** The data lines of a UTF-8 test resource of this package, split at tabs. */
    static List<String[]> table(String name) {
        try (InputStream in = QuantityTables.class.getResourceAsStream(name)) {
            assertThat(in).as("resource " + name).isNotNull();
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = QuantityTables.class.getResourceAsStream(name)) {
            assertThat(in).as("resource " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code s} with the listed characters in Traditional script. */
    static String traditional(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(TRADITIONAL.getOrDefault(c, c));
        }
        return sb.toString();
    }

    /** {@code s} with ASCII digits and number punctuation in full-width forms. */
    static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append((c >= '0' && c <= '9') || "%.,()~+:-".indexOf(c) >= 0 ? (char) (c + 0xFEE0) : c);
        }
        return sb.toString();
    }

    /** Every span lies in the text and its text is the text there. */
    static void assertSpansIndex(String text, List<QuantityMention> mentions) {
        for (QuantityMention m : mentions) {
            assertSpan(text, m.span());
        }
    }

    static void assertSpan(String text, Span s) {
        io.github.policyreport.SpanChecks.assertIndexes(text, s);
    }

    /**
     * A mention as the tables write it: span=value:unit:qualifier[:high][/denominator]; the value of a
     * mention written with a minus sign is printed with a {@code -} before its magnitude.
     */
    static String render(QuantityMention m) {
        var q = m.quantity();
        String unit = q.unit().code().isEmpty() ? "none" : q.unit().code();
        String value = (m.negative() ? "-" : "") + q.value().toPlainString();
        String s = m.span().text() + "=" + value + ":" + unit + ":" + q.qualifier();
        String ranged = q.high() == null ? s : s + ":" + q.high().toPlainString();
        return q.denominator().map(d -> ranged + "/" + d).orElse(ranged);
    }

    /**
     * Asserts that the engine finds exactly the {@code expected} mentions (a table column) in
     * {@code text}, whose spans are the table's spans put through {@code spanForm} (the script or
     * width variant the text was made with), and that every span indexes the text.
     */
    static void assertFinds(String text, String expected, java.util.function.UnaryOperator<String> spanForm) {
        List<QuantityMention> found = QuantityEngine.find(text);
        assertSpansIndex(text, found);
        List<String> want = expected(expected).stream().map(s -> {
            int eq = s.indexOf('=');
            return spanForm.apply(s.substring(0, eq)) + s.substring(eq);
        }).toList();
        assertThat(found).extracting(QuantityTables::render).containsExactlyElementsOf(want);
    }

    static List<String> expected(String column) {
        return column.equals("-") ? List.of() : List.of(column.split("; "));
    }
}
