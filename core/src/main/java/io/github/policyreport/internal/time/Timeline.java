package io.github.policyreport.internal.time;

import io.github.policyreport.internal.Isolation;
import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.internal.text.CodePoints;
import io.github.policyreport.internal.text.Paragraph;
import io.github.policyreport.mention.DateMention;
import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dated happenings of a report. A date expression is an event when it is a resolved point
 * that is not a cut-off, deadline, comparison, period start or statistic period, and an event
 * verb ({@code event-verbs.txt}) follows it in its clause (or in the next clause when the date
 * leads one: 今年3月30日,秦创原…大会召开). A timeline list, two or more lines holding only a date
 * (2015年4月) each followed by a paragraph, yields one event per entry. Events with the same date
 * and a like description are one happening.
 */
final class Timeline {

    /** Longest description taken, in characters. */
    private static final int MAX_DESCRIPTION = 80;
    /** A list entry's description runs on past a first clause shorter than this (在疫情影响下,…). */
    private static final int SHORT_CLAUSE = 12;
    /** Longest reach of a sentence each way from its date, in characters. */
    private static final int MAX_SENTENCE = 300;
    /** Descriptions of one date this alike (bigram Dice) tell one happening. */
    private static final double LIKE = 0.5;
    /** How many earlier events of the same date a new one is compared with. */
    private static final int MAX_COMPARED = 100;

    private final TimeRules rules;

    Timeline(TimeRules rules) {
        this.rules = rules;
    }

    List<TimelineEvent> events(PageDates page, Integer referenceYear, ParseContext context, List<Warning> warnings) {
        Analysis a = page.analysis();
        String t = a.text();
        Verbs verbs = Verbs.of(t, a.body(), rules.verbs);
        DateResolver.Context ctx = new DateResolver.Context(referenceYear,
                referenceDate(a, referenceYear, context.referenceDate()));
        Map<Integer, Heading> headings = headings(page, ctx);
        List<Found> events = new ArrayList<>();
        boolean cut = false;
        List<Paragraph> ps = a.body();
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            Heading h = headings.get(i);
            ctx.paragraphYear = null;
            if (h != null && h.own()) {
                continue; // the heading line itself
            }
            int before = events.size();
            try {
                cut |= paragraph(page, i, verbs, h, ctx, events, context.maxMentionsPerSentence());
            } catch (RuntimeException | StackOverflowError e) {
                if (Isolation.STRICT) {
                    throw e;
                }
                events.subList(before, events.size()).clear();
                warnings.add(Isolation.failed("timeline: paragraph at " + p.start(), e));
            }
        }
        if (cut) {
            warnings.add(new Warning(Warning.Code.ITEMS_CUT, "a sentence holds more than "
                    + context.maxMentionsPerSentence() + " date expressions; the first were kept (maxMentionsPerSentence)"));
        }
        return dedupe(a, t, events);
    }

    /** The first {@code max} mentions of each sentence; linear in the text between them. */
    private static List<DateEngine.Found> perSentence(String t, List<DateEngine.Found> found, int max) {
        if (found.size() <= max) {
            return found;
        }
        List<DateEngine.Found> out = new ArrayList<>();
        int count = 0;
        int last = -1;
        for (DateEngine.Found f : found) {
            int from = Math.max(last, 0);
            for (int i = from; last >= 0 && i < f.expr().start(); i++) {
                if (Cues.isSentenceStop(t.charAt(i))) {
                    count = 0;
                    break;
                }
            }
            last = Math.max(last, f.expr().end());
            if (count++ < max) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The events of one paragraph (after its date-only heading, if any), appended to
     * {@code events}, reading at most {@code max} date expressions per sentence; true when some were cut.
     */
    private boolean paragraph(PageDates page, int index, Verbs verbs, Heading h, DateResolver.Context ctx,
                              List<Found> events, int max) {
        String t = page.analysis().text();
        Paragraph p = page.analysis().body().get(index);
        if (h != null) {
            int end = clauseEnd(t, p.start(), p.end());
            while (end - p.start() < SHORT_CLAUSE && end < p.end() && !Cues.isSentenceStop(t.charAt(end))) {
                end = clauseEnd(t, end + 1, p.end());
            }
            events.add(new Found(h.date(), h.start(), h.end(), p.start(), end, h.start(), end, -1));
            ctx.previous = h.date();
            ctx.previousDay = h.date().day() == null ? ctx.previousDay : h.date();
            ctx.paragraphYear = h.date().year();
        }
        List<DateEngine.Found> all = DateEngine.resolve(rules, t, p.start(), p.end(), page.paragraph(index), ctx);
        List<DateEngine.Found> found = perSentence(t, all, max);
        int lastVerb = -1;
        for (int k = 0; k < found.size(); k++) {
            Found e = event(t, verbs, found, k, p.start(), p.end());
            // two dates before one verb are one happening: the first date tells when
            if (e != null && e.verb() != lastVerb) {
                events.add(e);
                lastVerb = e.verb();
            }
        }
        return found.size() < all.size();
    }

    /**
     * A report's date for 28日, 近日 and 本月: the published date, else the caller's, when it lies
     * in the reference year; never the clock.
     */
    private static LocalDate referenceDate(Analysis a, Integer year, LocalDate callerDate) {
        PartialDate p = a.meta().published();
        if (p == null || year == null || p.year() != year || p.month() == null) {
            return p == null && year != null && callerDate != null && callerDate.getYear() == year ? callerDate : null;
        }
        return LocalDate.of(p.year(), p.month(), p.day() == null ? 1 : p.day());
    }

    /** An event found: its date, the date expression, the description and the sentence (folded offsets). */
    private record Found(PartialDate date, int start, int end, int descStart, int descEnd, int sentStart,
                         int sentEnd, int verb) {
    }

    /** A timeline-list entry: a line holding only a date; {@code own} when that line is a body paragraph. */
    private record Heading(PartialDate date, int start, int end, boolean own) {
    }

    /**
     * Timeline-list entries by the index of the paragraph each heads; a date-only paragraph maps to
     * itself too (with {@code own}). Empty unless the list has at least two entries.
     */
    private Map<Integer, Heading> headings(PageDates page, DateResolver.Context outer) {
        String t = page.analysis().text();
        List<Paragraph> ps = page.analysis().body();
        DateResolver.Context ctx = new DateResolver.Context(outer.referenceYear, outer.referenceDate);
        Map<Integer, Heading> out = new HashMap<>();
        int entries = 0;
        int prevEnd = ps.isEmpty() ? 0 : lineStart(t, ps.get(0).start());
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            Heading own = dateOnly(page, i, p.start(), p.end(), ctx);
            if (own != null) {
                if (i + 1 < ps.size()) {
                    out.put(i, own);
                    out.put(i + 1, new Heading(own.date(), own.start(), own.end(), false));
                    entries++;
                }
            } else if (!out.containsKey(i)) {
                int[] line = lastLine(t, prevEnd, p.start());
                Heading gap = line == null ? null : dateOnly(page, -1, line[0], line[1], ctx);
                if (gap != null) {
                    out.put(i, gap);
                    entries++;
                }
            }
            prevEnd = p.end();
        }
        return entries >= 2 ? out : Map.of();
    }

    /**
     * The heading when {@code [from, to)} holds one calendar date written with 年 and nothing else, or
     * null; {@code paragraph} is the index of the body paragraph that is the range ({@code own}), or -1.
     */
    private Heading dateOnly(PageDates page, int paragraph, int from, int to, DateResolver.Context ctx) {
        String t = page.analysis().text();
        int s = from;
        int e = to;
        while (s < e && (Character.isWhitespace(t.charAt(s)) || "■●*·•◆▲".indexOf(t.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || ",:、.。".indexOf(t.charAt(e - 1)) >= 0)) {
            e--;
        }
        if (e - s > 16 || e <= s) {
            return null;
        }
        ctx.paragraphYear = null;
        // a paragraph with nothing to trim is read as the page read it
        List<Expr> exprs = paragraph >= 0 && s == from && e == to ? page.paragraph(paragraph) : page.extract(s, e);
        List<DateEngine.Found> f = DateEngine.resolve(rules, t, s, e, exprs, ctx);
        if (f.size() != 1) {
            return null;
        }
        DateEngine.Found x = f.get(0);
        boolean written = x.expr() instanceof Expr.Calendar c && c.yearSource() == Expr.YearSource.EXPLICIT
                && t.substring(s, e).indexOf('年') >= 0;
        if (!written || x.expr().start() != s || x.expr().end() != e || x.mention().kind() != DateMention.Kind.POINT
                || x.mention().date() == null) {
            return null;
        }
        return new Heading(x.mention().date(), s, e, paragraph >= 0);
    }

    /** The last non-blank line of {@code [from, to)}, or null. */
    private static int[] lastLine(String t, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        if (e <= from) {
            return null;
        }
        int s = e;
        while (s > from && t.charAt(s - 1) != '\n') {
            s--;
        }
        return new int[] {s, e};
    }

    private static int lineStart(String t, int at) {
        int s = at;
        while (s > 0 && t.charAt(s - 1) != '\n') {
            s--;
        }
        return s;
    }

    /** The event anchored by {@code found[k]}, or null. */
    private Found event(String t, Verbs verbs, List<DateEngine.Found> found, int k, int paraStart,
                               int paraEnd) {
        DateEngine.Found f = found.get(k);
        Expr e = f.expr();
        DateMention m = f.mention();
        PartialDate date = eventDate(e, m);
        if (date == null || m.vague() || e instanceof Expr.Plan || e instanceof Expr.Duration || e instanceof Expr.Era
                || rules.cues.cutoff(t, e) || rules.cues.deadline(t, e) || rules.cues.comparison(t, e) || rules.cues.notEventAfter(t, e)
                || Cues.timestamp(t, e, date) || rules.cues.goal(t, e) || Cues.insideTitle(t, e)
                || rules.cues.recurring(t, e) || rules.cues.since(t, e)) {
            return null;
        }
        int[] sentence = sentence(t, e.start(), paraStart, paraEnd);
        int limit = sentence[1];
        for (int j = k + 1; j < found.size(); j++) {
            Expr next = found.get(j).expr();
            if (next.start() >= limit) {
                break;
            }
            // a later date that makes a clause of its own (…,2022年,…) has its own happening; one
            // inside a name (11月15日,2023年全国科技活动周…开幕) does not end this date's window
            if (!(next instanceof Expr.Duration) && next.start() >= e.end()
                    && Cues.clauseInitial(t, next.start()) && next.end() < t.length()
                    && Cues.isClauseStop(t.charAt(next.end()))) {
                limit = next.start();
                break;
            }
        }
        int clauseEnd = clauseEnd(t, e.end(), limit);
        boolean leads = t.substring(e.end(), clauseEnd).isBlank();
        int winStart = leads ? Math.min(clauseEnd + 1, limit) : e.end();
        int winEnd = leads ? clauseEnd(t, winStart, limit) : clauseEnd;
        int verb = winStart >= winEnd ? -1 : verbs.first(winStart, winEnd);
        // a leading date may be followed by a setting (2012年10月30日,作为…,…开工): the first clause
        // of its sentence with a verb tells what happened
        while (leads && verb < 0 && winEnd < limit) {
            winEnd = clauseEnd(t, winEnd + 1, limit);
            verb = verbs.first(winStart, winEnd);
        }
        boolean moment = date.time() != null && (leads || Cues.clauseInitial(t, e.start()) || precededByAt(t, e));
        if (verb < 0 && moment) {
            // a moment to the minute (18日17时07分,…) names a happening whatever its verb
            winEnd = leads ? clauseEnd(t, winStart, limit) : clauseEnd;
            verb = -2 - e.start();
        }
        if (verb == -1 || winStart >= winEnd) {
            return null;
        }
        int descStart = leads ? winStart : clauseStart(t, e.start(), sentence[0]);
        return new Found(date, e.start(), e.end(), descStart, winEnd, sentence[0], sentence[1], verb);
    }

    /** 于18日14时14分: the date follows 于 or 在. */
    private static boolean precededByAt(String t, Expr e) {
        return e.start() > 0 && (t.charAt(e.start() - 1) == '于' || t.charAt(e.start() - 1) == '在');
    }

    /**
     * The date an expression gives an event: a resolved point; a range of days in one month (5月14-15日)
     * dates by its first day, a part of a month (5月中旬) by the month. Null otherwise.
     */
    private static PartialDate eventDate(Expr e, DateMention m) {
        if (m.kind() == DateMention.Kind.POINT) {
            return m.date();
        }
        PartialDate a = m.from();
        PartialDate b = m.to();
        if (m.kind() != DateMention.Kind.RANGE || a == null || b == null || a.day() == null
                || a.year() != b.year() || !a.month().equals(b.month())) {
            return null;
        }
        boolean part = e instanceof Expr.Calendar c && c.part() != 0 || e instanceof Expr.Era r && r.part() != 0;
        return part ? PartialDate.of(a.year(), a.month()) : a;
    }

    /**
     * The sentence around {@code at}: from after the previous sentence stop to the next one
     * (included), at most {@link #MAX_SENTENCE} characters each way, inside the paragraph.
     */
    private static int[] sentence(String t, int at, int paraStart, int paraEnd) {
        int floor = Math.max(paraStart, at - MAX_SENTENCE);
        int s = at;
        while (s > floor && !Cues.isSentenceStop(t.charAt(s - 1))) {
            s--;
        }
        int ceiling = Math.min(paraEnd, at + MAX_SENTENCE);
        int e = at;
        while (e < ceiling && !Cues.isSentenceStop(t.charAt(e))) {
            e++;
        }
        if (e < ceiling && t.charAt(e) != '\n') {
            e++;
        }
        return new int[] {CodePoints.floor(t, s), CodePoints.ceil(t, e)};
    }

    /** The first clause stop (comma, semicolon, full stop) in {@code [from, limit)}, or {@code limit}. */
    private static int clauseEnd(String t, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = t.charAt(i);
            if (c != '、' && Cues.isClauseStop(c)) {
                return i;
            }
        }
        return limit;
    }

    private static int clauseStart(String t, int at, int floor) {
        int s = at;
        while (s > floor && (t.charAt(s - 1) == '、' || !Cues.isClauseStop(t.charAt(s - 1)))) {
            s--;
        }
        return s;
    }

    private List<TimelineEvent> dedupe(Analysis a, String t, List<Found> found) {
        List<TimelineEvent> out = new ArrayList<>();
        Map<PartialDate, List<String>> taken = new HashMap<>();
        Map<PartialDate, Set<String>> verbsTaken = new HashMap<>();
        for (Found f : found) {
            int ds = f.descStart();
            int de = f.descEnd();
            while (ds < de && (Character.isWhitespace(t.charAt(ds)) || "—-:,、".indexOf(t.charAt(ds)) >= 0)) {
                ds++;
            }
            while (de > ds && (Character.isWhitespace(t.charAt(de - 1)) || Cues.isClauseStop(t.charAt(de - 1)))) {
                de--;
            }
            de = CodePoints.floor(t, Math.min(de, ds + MAX_DESCRIPTION));
            if (de <= ds) {
                continue;
            }
            String description = a.span(ds, de).text().strip();
            List<String> same = taken.computeIfAbsent(f.date(), d -> new ArrayList<>());
            String folded = t.substring(ds, de);
            // the same verb on the same day tells the same happening again (…开工。…正式开工)
            String verb = f.verb() < 0 || f.date().day() == null ? null
                    : Rules.wordAt(t, f.verb(), rules.words.eventVerbs);
            // a moment to the minute is one happening however often it is told
            if (description.isBlank() || duplicate(same, folded) || (f.date().time() != null && !same.isEmpty())
                    || (verb != null && !verbsTaken.computeIfAbsent(f.date(), d -> new HashSet<>()).add(verb))) {
                continue;
            }
            same.add(folded);
            out.add(new TimelineEvent(f.date(), description,
                    a.evidence(f.start(), f.end(), Math.min(f.sentStart(), ds), Math.max(f.sentEnd(), de))));
        }
        return List.copyOf(out);
    }

    /** Whether a like description was taken already for the same date (the last few compared). */
    private static boolean duplicate(List<String> same, String desc) {
        for (int i = same.size() - 1, n = 0; i >= 0 && n < MAX_COMPARED; i--, n++) {
            String other = same.get(i);
            if (other.contains(desc) || desc.contains(other) || dice(other, desc) >= LIKE) {
                return true;
            }
        }
        return false;
    }

    /** Dice coefficient of the character bigrams of two strings. */
    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            grams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            Integer n = grams.get(b.substring(i, i + 2));
            if (n != null && n > 0) {
                common++;
                grams.put(b.substring(i, i + 2), n - 1);
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }
}
