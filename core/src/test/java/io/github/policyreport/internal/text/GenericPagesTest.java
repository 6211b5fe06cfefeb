package io.github.policyreport.internal.text;

import io.github.policyreport.internal.SiteHints;
import io.github.policyreport.spi.ParseContext;
import io.github.policyreport.spi.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Synthetic pages in common templates (src/test/resources/pages), read with no site knowledge. */
class GenericPagesTest {

    record Page(String file, String title, String published, String source, List<String> authors,
                List<String> editors, List<String> regions, List<String> body) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Page> pages() {
        String tsv = new String(bytes("expected.tsv"), java.nio.charset.StandardCharsets.UTF_8);
        return tsv.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", -1))
                .map(f -> new Page(f[0], f[1], f[2], f[3], words(f[4]), words(f[5]), words(f[6]),
                        Arrays.asList(f[7].split(" ¦ "))));
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.split(" "));
    }

    private static byte[] bytes(String name) {
        try (var in = GenericPagesTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource pages/" + name, e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsBodyAndMetadataOfPagesFromUnseenTemplates(Page page) throws Exception {
        SourceDocument doc = SourceDocument.of(page.file(), bytes(page.file()));
        Analysis a = TextLayer.defaults().analyze(doc, SiteHints.NONE, ParseContext.defaults());
        SpanAssert.assertSpans(a);
        assertThat(a.body().stream().map(p -> a.span(p.start(), p.end()).text().strip()).toList())
                .containsExactlyElementsOf(page.body());
        Meta m = a.meta();
        assertThat(m.title()).isEqualTo(page.title());
        assertThat(String.valueOf(m.published())).isEqualTo(page.published());
        assertThat(m.source()).isEqualTo(page.source());
        assertThat(m.authors().stream().map(au -> au.name() + ":" + au.role()).toList())
                .containsExactlyElementsOf(page.authors());
        assertThat(m.editors()).containsExactlyElementsOf(page.editors());
        assertThat(m.regions()).containsExactlyElementsOf(page.regions());
    }
}
