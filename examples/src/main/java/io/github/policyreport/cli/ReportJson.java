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

import tools.jackson.core.JsonGenerator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The JSON contract of {@code policyreport parse}: one object per input file. Field names and
 * order are the contract documented in the README. {@link #write} streams a record with
 * jackson-core alone, exactly as Jackson's databind writes it through {@link Json} (fields in
 * record order, {@code null} written unless the component says {@code NON_NULL}): databind costs a
 * command-line start about 600 classes. {@code ReportJsonTest} holds the two to the same bytes.
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

    /** Writes this report as one JSON object. */
    void write(JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("file", file);
        g.writeStringProperty("parser", parser);
        g.writeStringProperty("title", title);
        g.writeStringProperty("published", published);
        stringUnlessNull(g, "delivered", delivered);
        g.writeStringProperty("source", source);
        strings(g, "authors", authors);
        strings(g, "editors", editors);
        strings(g, "regions", regions);
        g.writeName("referenceYear");
        if (referenceYear == null) {
            g.writeNull();
        } else {
            g.writeNumber(referenceYear.intValue());
        }
        g.writeStringProperty("script", script);
        g.writeStringProperty("body", body);
        array(g, "sections", sections, SectionJson::write);
        array(g, "indicators", indicators, IndicatorJson::write);
        array(g, "targets", targets, TargetJson::write);
        array(g, "timeline", timeline, EventJson::write);
        array(g, "warnings", warnings, WarningJson::write);
        stringUnlessNull(g, "sourceText", sourceText);
        g.writeEndObject();
    }

    private static <T> void array(JsonGenerator g, String name, List<T> items, BiConsumer<T, JsonGenerator> write) {
        g.writeName(name);
        if (items == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (T item : items) {
            write.accept(item, g);
        }
        g.writeEndArray();
    }

    private static void stringUnlessNull(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static void numberUnlessNull(JsonGenerator g, String name, BigDecimal value) {
        if (value != null) {
            number(g, name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        array(g, name, values, (v, gen) -> gen.writeString(v));
    }

    /** The fields an indicator and a target share, from {@code subject} to {@code sentence}. */
    private static void figure(JsonGenerator g, String subject, BigDecimal value, BigDecimal high, String unit,
                               String qualifier, String text, int start, int end, String sentence) {
        g.writeStringProperty("subject", subject);
        number(g, "value", value);
        numberUnlessNull(g, "high", high);
        g.writeStringProperty("unit", unit);
        g.writeStringProperty("qualifier", qualifier);
        g.writeStringProperty("text", text);
        g.writeNumberProperty("start", start);
        g.writeNumberProperty("end", end);
        g.writeStringProperty("sentence", sentence);
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

        void write(JsonGenerator g) {
            g.writeStartObject();
            g.writeStringProperty("heading", heading);
            g.writeNumberProperty("level", level);
            g.writeNumberProperty("start", start);
            g.writeNumberProperty("end", end);
            g.writeEndObject();
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

        void write(JsonGenerator g) {
            g.writeStartObject();
            figure(g, subject, value, high, unit, qualifier, text, start, end, sentence);
            if (change != null) {
                g.writeName("change");
                change.write(g);
            }
            stringUnlessNull(g, "period", period);
            stringUnlessNull(g, "region", region);
            g.writeStringProperty("section", section);
            strings(g, "notes", notes);
            g.writeEndObject();
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

        void write(JsonGenerator g) {
            g.writeStartObject();
            figure(g, subject, value, high, unit, qualifier, text, start, end, sentence);
            g.writeStringProperty("deadline", deadline);
            g.writeStringProperty("modality", modality);
            stringUnlessNull(g, "period", period);
            stringUnlessNull(g, "region", region);
            g.writeStringProperty("section", section);
            strings(g, "notes", notes);
            g.writeEndObject();
        }
    }

    /** A change against a baseline. */
    record ChangeJson(String direction, BigDecimal value, String unit, String basis) {
        static ChangeJson of(Change c) {
            return new ChangeJson(c.direction().name(), c.amount().value(), unitCode(c.amount().unit()), c.basis());
        }

        void write(JsonGenerator g) {
            g.writeStartObject();
            g.writeStringProperty("direction", direction);
            number(g, "value", value);
            g.writeStringProperty("unit", unit);
            g.writeStringProperty("basis", basis);
            g.writeEndObject();
        }
    }

    /** A timeline event. */
    record EventJson(String date, String description, String text, int start, int end) {
        static EventJson of(TimelineEvent e) {
            return new EventJson(e.date().toString(), e.description(), e.evidence().span().text(),
                    e.evidence().span().start(), e.evidence().span().end());
        }

        void write(JsonGenerator g) {
            g.writeStartObject();
            g.writeStringProperty("date", date);
            g.writeStringProperty("description", description);
            g.writeStringProperty("text", text);
            g.writeNumberProperty("start", start);
            g.writeNumberProperty("end", end);
            g.writeEndObject();
        }
    }

    /** A warning. */
    record WarningJson(String code, String message) {
        static WarningJson of(Warning w) {
            return new WarningJson(w.code().name(), w.message());
        }

        void write(JsonGenerator g) {
            g.writeStartObject();
            g.writeStringProperty("code", code);
            g.writeStringProperty("message", message);
            g.writeEndObject();
        }
    }
}
