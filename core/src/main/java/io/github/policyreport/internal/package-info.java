/**
 * The generic pipeline ({@link io.github.policyreport.internal.Pipeline}): text layer, reference
 * year, figures, timeline, assembled into a report. The stage packages are
 * {@code internal.text}, {@code internal.quantity} and {@code internal.time}.
 *
 * <h2>Nothing lost, nothing hung</h2>
 * Every stage runs through {@link io.github.policyreport.internal.Isolation#guard}: a stage that
 * throws (or overflows the stack) leaves its items out with a {@code STAGE_FAILED} warning naming
 * it; the figure and time stages isolate each sentence or paragraph the same way.
 * {@link io.github.policyreport.internal.Bounds} then applies the {@code ParseContext} bounds to
 * the items: at most {@code maxItems} each, evidence sentences cut to a window around the figure
 * and shared between the items of one sentence, subjects capped, items whose spans do not index
 * the text dropped.
 *
 * <h2>Traps</h2>
 * Tests run with {@code -Dpolicyreport.strict=true}, where a guarded failure is rethrown: a bug
 * must fail a test, not hide as a warning. Do not catch exceptions inside a stage to "be safe";
 * isolation happens here, once.
 */
package io.github.policyreport.internal;
