/**
 * The generic pipeline ({@link io.github.policyreport.internal.pipeline.Pipeline}): text layer,
 * reference year, figures, timeline, assembled into a report, and
 * {@link io.github.policyreport.internal.pipeline.CoreEngine}, through which the SPI's
 * {@code SourceDocument} factories and {@code SiteParser} reach the readers and the pipeline. Not
 * API. It is the top of the internal layers: it reads {@code internal.text},
 * {@code internal.quantity} and {@code internal.time}, and nothing reads it but the engine.
 *
 * <h2>Stages and their rules</h2>
 * A {@code Pipeline} is composed of stage instances, each built with its rule set:
 * {@code TextLayer(TextRules)}, {@code FigureStage(FigureRules)}, {@code TimeStage(TimeRules)}.
 * {@code Pipeline.defaults()} builds them with the shipped rules on first use and is shared;
 * stages are immutable, so one pipeline serves every thread. A test builds a pipeline with one
 * stage on modified rules ({@code StageRulesTest}). The time stage reads a page once
 * ({@code TimeStage.read}, its date expressions per paragraph) and the pipeline hands that
 * {@code PageDates} to both of its steps, the reference year and the timeline.
 *
 * <h2>Nothing lost, nothing hung</h2>
 * Every stage runs through {@link io.github.policyreport.internal.Isolation#guard}: a stage that
 * throws (or overflows the stack) leaves its items out with a {@code STAGE_FAILED} warning naming
 * it; the figure and time stages isolate each sentence or paragraph the same way.
 * {@link io.github.policyreport.internal.pipeline.Bounds} then applies the {@code ParseContext} bounds to
 * the items: at most {@code maxItems} each, evidence sentences cut to a window around the figure
 * and shared between the items of one sentence, subjects capped, items whose spans do not index
 * the text dropped.
 *
 * <h2>Traps</h2>
 * Tests run with {@code -Dpolicyreport.strict=true}, where a guarded failure is rethrown: a bug
 * must fail a test, not hide as a warning. Do not catch exceptions inside a stage to "be safe";
 * isolation happens here, once.
 */
package io.github.policyreport.internal.pipeline;
