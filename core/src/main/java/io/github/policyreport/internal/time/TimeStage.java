package io.github.policyreport.internal.time;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The reference year and the timeline of a report, read with one {@link TimeRules} set. Immutable.
 *
 * <p>Public because the pipeline runs it.
 */
public final class TimeStage {

    private final TimeRules rules;
    private final Timeline timeline;

    /** A stage that reads dates with {@code rules}. */
    public TimeStage(TimeRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.timeline = new Timeline(rules);
    }

    /** A stage with the {@linkplain TimeRules#defaults() shipped rules}. */
    public static TimeStage defaults() {
        return new TimeStage(TimeRules.defaults());
    }

    /**
     * The page as this stage reads it, for {@link #referenceYear(PageDates, ParseContext, List)} and
     * {@link #timeline(PageDates, Integer, ParseContext, List)}: each body paragraph's date
     * expressions are found once and shared by both. One per page and thread.
     */
    public PageDates read(Analysis analysis) {
        return new PageDates(analysis, rules);
    }

    /** {@link #referenceYear(PageDates, ParseContext, List)} of a page read anew. */
    public Integer referenceYear(Analysis analysis, ParseContext context, List<Warning> warnings) {
        return referenceYear(read(analysis), context, warnings);
    }

    /**
     * The year that 今年 means in this report: from the body's anchors (今年是“十四五”开局之年), the
     * published date (a January summary of the year before keeps that year), or the years the
     * body reports on; else the caller's reference date (with a warning), else null (with a warning).
     *
     * @throws IllegalArgumentException if another stage read {@code page}
     */
    public Integer referenceYear(PageDates page, ParseContext context, List<Warning> warnings) {
        Integer year = ReferenceYear.decide(own(page));
        if (year != null) {
            return year;
        }
        if (context.referenceDate() != null) {
            warnings.add(new Warning(Warning.Code.ASSUMED_REFERENCE_DATE,
                    "the page gives no date; relative dates use the reference date " + context.referenceDate()));
            return context.referenceDate().getYear();
        }
        warnings.add(new Warning(Warning.Code.ASSUMED_REFERENCE_DATE,
                "the page gives no date and no reference date was given; relative dates are left out"));
        return null;
    }

    /** The dated events of the body, in reading order, one per happening. */
    public List<TimelineEvent> timeline(Analysis analysis, Integer referenceYear) {
        return timeline(read(analysis), referenceYear, ParseContext.defaults(), new ArrayList<>());
    }

    /**
     * The dated events of the body within the context's bounds (at most
     * {@code maxMentionsPerSentence} date mentions read per sentence); a paragraph whose reading
     * fails is left out. Cuts and failures are warnings added to {@code warnings}.
     */
    public List<TimelineEvent> timeline(PageDates page, Integer referenceYear, ParseContext context,
                                        List<Warning> warnings) {
        return timeline.events(own(page), referenceYear, context, warnings);
    }

    /** {@code page}, when this stage's rules read it (another stage's expressions would be wrong here). */
    private PageDates own(PageDates page) {
        if (Objects.requireNonNull(page, "page").rules != rules) {
            throw new IllegalArgumentException("the page was read by a time stage with other rules");
        }
        return page;
    }
}
