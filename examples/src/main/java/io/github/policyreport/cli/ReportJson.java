package io.github.policyreport.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.policyreport.model.Change;
import io.github.policyreport.model.Evidence;
import io.github.policyreport.model.FigureNote;
import io.github.policyreport.model.Indicator;
import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.Quantity;
import io.github.policyreport.model.Report;
import io.github.policyreport.model.ReportMetadata;
import io.github.policyreport.model.Section;
import io.github.policyreport.model.Target;
import io.github.policyreport.model.TimelineEvent;
import io.github.policyreport.model.Unit;
import io.github.policyreport.model.Warning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON contract of {@code policyreport parse}: one object per input file. Field names and
 * order are the contract documented in the README; Jackson writes these records as they are.
 */
record ReportJson(String file, String parser, String title, String published,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String delivered, String source, List<String> authors,
                  List<String> editors, List<String> regions, Integer referenceYear, String script, String body, List<SectionJson> sections,
                  List<IndicatorJson> indicators, List<TargetJson> targets, List<EventJson> timeline,
                  List<WarningJson> warnings, @JsonInclude(JsonInclude.Include.NON_NULL) String sourceText) {

    static ReportJson of(String file, Report r, boolean withText) {
        ReportMetadata m = r.metadata();
        return new ReportJson(file, r.parserId(), m.title(), iso(m.published()), iso(m.delivered()), m.source(), m.authorNames(),
                m.editors(), m.regions(), m.referenceYear(), m.script().name().toLowerCase(Locale.ROOT), r.body(),
                r.sections().stream().map(SectionJson::of).toList(),
                r.indicators().stream().map(IndicatorJson::of).toList(),
                r.targets().stream().map(TargetJson::of).toList(),
                r.timeline().stream().map(EventJson::of).toList(),
                r.warnings().stream().map(WarningJson::of).toList(),
                withText ? r.sourceText() : null);
    }

    static String iso(PartialDate d) {
        return d == null ? null : d.toString();
    }

    static String unitCode(Unit u) {
        return u.kind() == Unit.Kind.NONE ? null : u.code();
    }

    /** Item notes by name, sorted, so the output does not depend on set order. */
    static List<String> noteNames(Set<FigureNote> notes) {
        return notes.stream().map(FigureNote::name).sorted().toList();
    }

    /** A section: heading, level and source offsets. */
    record SectionJson(String heading, int level, int start, int end) {
        static SectionJson of(Section s) {
            return new SectionJson(s.heading(), s.level(), s.span().start(), s.span().end());
        }
    }

    /** An indicator. */
    record IndicatorJson(String subject, BigDecimal value, @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal high, String unit, String qualifier, String text,
                         int start, int end, String sentence, @JsonInclude(JsonInclude.Include.NON_NULL) ChangeJson change,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String period,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String region, String section, List<String> notes) {
        static IndicatorJson of(Indicator i) {
            Quantity q = i.quantity();
            Evidence e = i.evidence();
            return new IndicatorJson(i.subject(), q.value(), q.high(), unitCode(q.unit()), q.qualifier().name(),
                    e.span().text(), e.span().start(), e.span().end(), e.sentence().text(),
                    i.change() == null ? null : ChangeJson.of(i.change()), iso(i.period()), i.region(), i.section(),
                    noteNames(i.notes()));
        }
    }

    /** A target. */
    record TargetJson(String subject, BigDecimal value, @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal high, String unit, String qualifier, String text,
                      int start, int end, String sentence, String deadline, String modality,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String period,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String region, String section, List<String> notes) {
        static TargetJson of(Target t) {
            Quantity q = t.quantity();
            Evidence e = t.evidence();
            return new TargetJson(t.subject(), q.value(), q.high(), unitCode(q.unit()), q.qualifier().name(),
                    e.span().text(), e.span().start(), e.span().end(), e.sentence().text(), iso(t.deadline()),
                    t.modality().name(), iso(t.period()), t.region(), t.section(), noteNames(t.notes()));
        }
    }

    /** A change against a baseline. */
    record ChangeJson(String direction, BigDecimal value, String unit, String basis) {
        static ChangeJson of(Change c) {
            return new ChangeJson(c.direction().name(), c.amount().value(), unitCode(c.amount().unit()), c.basis());
        }
    }

    /** A timeline event. */
    record EventJson(String date, String description, String text, int start, int end) {
        static EventJson of(TimelineEvent e) {
            return new EventJson(e.date().toString(), e.description(), e.evidence().span().text(),
                    e.evidence().span().start(), e.evidence().span().end());
        }
    }

    /** A warning. */
    record WarningJson(String code, String message) {
        static WarningJson of(Warning w) {
            return new WarningJson(w.code().name(), w.message());
        }
    }
}
