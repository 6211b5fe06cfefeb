package io.github.policyreport.internal.time;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.Paragraph;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One page as the time stage reads it: the date expressions of each body paragraph, found once
 * ({@link DateExtractor}) and shared by everything that resolves them (the reference year, the
 * timeline), and the extractor's matchers bound to the page's text. Extraction does not depend on
 * what the dates will be resolved against, so each reader resolves the same expressions in its
 * own {@link DateResolver.Context}.
 *
 * <p>A paragraph is read on first request, so a reading that fails fails for the reader that asked
 * (each isolates it as before) and is tried again by the next. Mutable: one per page and thread,
 * made by {@link TimeStage#read}; never shared between threads.
 *
 * <p>Public because the pipeline hands it from the reference year to the timeline.
 */
public final class PageDates {

    private final Analysis analysis;
    final TimeRules rules;
    private final DateExtractor.Scanner scanner;
    /** The expressions of body paragraph i, once read; unmodifiable. */
    private final List<Expr>[] byParagraph;

    @SuppressWarnings("unchecked")
    PageDates(Analysis analysis, TimeRules rules) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.scanner = rules.extractor.scanner(analysis.text());
        this.byParagraph = (List<Expr>[]) new List<?>[analysis.body().size()];
    }

    /** The page. */
    Analysis analysis() {
        return analysis;
    }

    /** The expressions of body paragraph {@code index} ({@code analysis().body().get(index)}), in order. */
    List<Expr> paragraph(int index) {
        List<Expr> found = byParagraph[index];
        if (found == null) {
            Paragraph p = analysis.body().get(index);
            found = Collections.unmodifiableList(scanner.extract(p.start(), p.end()));
            byParagraph[index] = found;
        }
        return found;
    }

    /**
     * The expressions of a range of the page's text that is no body paragraph (a line between
     * paragraphs, a paragraph trimmed of its bullets), found now.
     */
    List<Expr> extract(int from, int to) {
        return scanner.extract(from, to);
    }
}
