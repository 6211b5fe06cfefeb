package io.github.policyreport.internal.time;

import io.github.policyreport.internal.text.NormalizedText;
import io.github.policyreport.internal.text.Normalizer;
import io.github.policyreport.mention.DateMention;
import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds and resolves the date expressions of a text: extraction ({@link DateExtractor}) then
 * resolution ({@link DateResolver}), then two points joined by 至 or a dash become a range.
 * Stateless and thread-safe; linear in the length of the text.
 *
 * <p>Public because the facade's date probe ({@code Mentions}) calls it.
 */
public final class DateEngine {

    private DateEngine() {
    }

    /** An expression as found and what it means. */
    record Found(Expr expr, DateMention mention) {
    }

    /**
     * Every date expression in {@code text}, normalized as the pipeline normalizes a page
     * ({@link Normalizer}), spans indexing {@code text} as given, resolved against {@code referenceDate} (may be null:
     * relative expressions are then left unresolved). Each line is a paragraph: a month without a
     * year takes the year of an earlier date on the same line, else the reference year.
     */
    public static List<DateMention> find(String text, LocalDate referenceDate) {
        return find(TimeRules.defaults(), text, referenceDate);
    }

    /** {@link #find(String, LocalDate)} with {@code rules}. */
    public static List<DateMention> find(TimeRules rules, String text, LocalDate referenceDate) {
        Objects.requireNonNull(rules, "rules");
        NormalizedText nt = Normalizer.normalize(Objects.requireNonNull(text, "text"));
        DateResolver.Context ctx = new DateResolver.Context(
                referenceDate == null ? null : referenceDate.getYear(), referenceDate);
        List<DateMention> out = new ArrayList<>();
        String folded = nt.text();
        for (Found f : resolve(rules, folded, 0, folded.length(),
                rules.extractor.scanner(folded).extract(0, folded.length()), ctx)) {
            DateMention m = f.mention();
            out.add(new DateMention(nt.span(m.span().start(), m.span().end()), m.kind(), m.date(), m.from(), m.to(),
                    m.vague()));
        }
        return List.copyOf(out);
    }

    /**
     * The meaning of {@code exprs}, the expressions extracted from the normalized text
     * {@code folded[from, to)} (read only), in order; spans index {@code folded}. A line end clears
     * the paragraph's year.
     */
    static List<Found> resolve(TimeRules rules, String folded, int from, int to, List<Expr> exprs,
                               DateResolver.Context ctx) {
        List<Found> out = new ArrayList<>(exprs.size());
        int nextLineEnd = lineEnd(folded, from, to);
        for (Expr e : exprs) {
            if (e.start() > nextLineEnd) {
                ctx.paragraphYear = null;
                nextLineEnd = lineEnd(folded, e.start(), to);
            }
            ctx.forward = rules.cues.forward(folded, e);
            ctx.listed = !out.isEmpty() && listed(folded, out.get(out.size() - 1).expr(), e);
            DateMention m = DateResolver.resolve(e, Span.of(folded, e.start(), e.end()), ctx);
            if (m == null) {
                continue;
            }
            out.add(new Found(e, m));
            learn(rules.cues, folded, e, m, ctx);
        }
        return joinRanges(folded, out);
    }

    /** 6月8日、9日: a date joined to the one before by 、, 和, 及 or 与. */
    private static boolean listed(String folded, Expr before, Expr e) {
        int gap = e.start() - before.end();
        return gap == 1 && "、和及与".indexOf(folded.charAt(before.end())) >= 0;
    }

    private static int lineEnd(String text, int from, int to) {
        int i = text.indexOf('\n', from);
        return i < 0 || i >= to ? Integer.MAX_VALUE : i;
    }

    /** Remembers a resolved point as the previous date and, when it sets the scene, as the paragraph's year. */
    private static void learn(Cues cues, String folded, Expr e, DateMention m, DateResolver.Context ctx) {
        PartialDate d = m.date();
        if (m.kind() != DateMention.Kind.POINT || d == null) {
            return;
        }
        ctx.previous = d;
        if (d.day() != null) {
            ctx.previousDay = d;
        }
        if (e instanceof Expr.Calendar c && c.yearSource() != Expr.YearSource.NONE
                && !cues.comparison(folded, e) && !cues.cutoff(folded, e) && !cues.deadline(folded, e)
                && (d.month() != null || Cues.clauseInitial(folded, e.start()))) {
            ctx.paragraphYear = d.year();
        }
    }

    /** 2021年至2025年, 2015年4月-2016年12月: two points with a connector between become one range. */
    private static List<Found> joinRanges(String folded, List<Found> in) {
        List<Found> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Found a = in.get(i);
            if (i + 1 < in.size()) {
                Found b = in.get(i + 1);
                if (connected(folded, a, b)) {
                    PartialDate to = b.mention().date();
                    PartialDate from = yearBefore(a, to);
                    Span span = Span.of(folded, a.expr().start(), b.expr().end());
                    Expr.Calendar first = (Expr.Calendar) a.expr();
                    Expr joined = Expr.calendar(first.start(), b.expr().end(), first.yearSource(), first.year(),
                            first.month(), first.day(), -1, -1, to.year(), to.month() == null ? 0 : to.month(),
                            to.day() == null ? 0 : to.day());
                    out.add(new Found(joined, new DateMention(span, DateMention.Kind.RANGE, null, from, to)));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** The start of a range; without a year of its own (12月1日至2022年1月5日), the latest before {@code to}. */
    private static PartialDate yearBefore(Found a, PartialDate to) {
        PartialDate from = a.mention().date();
        if (((Expr.Calendar) a.expr()).yearSource() != Expr.YearSource.NONE || from.month() == null) {
            return from;
        }
        PartialDate same = new PartialDate(to.year(), from.month(), from.day(), from.time());
        int year = same.compareTo(to) < 0 ? to.year() : to.year() - 1;
        PartialDate d = DateResolver.date(year, from.month(), from.day() == null ? 0 : from.day(), -1, -1);
        return d == null ? from : d;
    }

    private static boolean connected(String folded, Found a, Found b) {
        DateMention x = a.mention();
        DateMention y = b.mention();
        if (x.kind() != DateMention.Kind.POINT || y.kind() != DateMention.Kind.POINT || x.date() == null
                || y.date() == null || !(a.expr() instanceof Expr.Calendar) || !(b.expr() instanceof Expr.Calendar)
                || x.date().compareTo(y.date()) >= 0) {
            return false;
        }
        String gap = folded.substring(a.expr().end(), b.expr().start()).strip();
        return gap.length() == 1 && "-—–~至到".indexOf(gap.charAt(0)) >= 0;
    }
}
