/**
 * The domain model: a {@link io.github.policyreport.model.Report} and the immutable records it is
 * made of.
 *
 * <p>Every extracted item carries {@link io.github.policyreport.model.Evidence}: spans of the
 * report's source text, half-open, in UTF-16 offsets, whose text is exactly the source text in
 * that range. Figures are {@link io.github.policyreport.model.Quantity quantities} with exact
 * {@code BigDecimal} values in a canonical {@link io.github.policyreport.model.Unit}; dates are
 * {@link io.github.policyreport.model.PartialDate partial dates} that keep the precision the text
 * gives.
 *
 * <p>All records validate their arguments when built and copy their lists, so a model object
 * that exists is well formed and can be shared between threads.
 */
package io.github.policyreport.model;
