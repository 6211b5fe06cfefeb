package io.github.policyreport.internal.time;

import io.github.policyreport.internal.text.Analysis;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.model.Warning;
import io.github.policyreport.spi.ParseContext;

import java.util.List;

/** The reference year and the timeline of a report. */
public final class TimeStage {

    private TimeStage() {
    }

    /**
     * The year that 今年 means in this report: from the published date, else the caller's
     * reference date (with a warning), else null (with a warning).
     */
    public static Integer referenceYear(Analysis analysis, ParseContext context, List<Warning> warnings) {
        if (analysis.meta().published() != null) {
            return analysis.meta().published().year();
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

    /** The dated events of the body. */
    public static List<TimelineEvent> timeline(Analysis analysis, Integer referenceYear) {
        return List.of();
    }
}
