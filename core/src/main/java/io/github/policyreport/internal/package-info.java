/**
 * Not API: the engines behind the facade and the SPI. {@code module-info} does not export any
 * {@code internal} package, and classes here may change or vanish in any release; use
 * {@code Reports}, {@code Mentions}, the {@code model} and the {@code spi} instead.
 *
 * <p>This package holds what every stage shares and nothing that reads a stage: the rule-file
 * reader ({@link io.github.policyreport.internal.RuleFile}: lines with their numbers, columns,
 * enum kinds, errors as a {@link io.github.policyreport.internal.RuleException} naming
 * {@code file:line}), the lazily loaded default rule sets
 * ({@link io.github.policyreport.internal.Lazy}), the dictionary trie that finds the
 * longest word of several lists at a position in one walk, which word it was, the next offset a
 * word can start at and whether a range holds one
 * ({@link io.github.policyreport.internal.WordTrie}), reusable per-page regex matchers
 * ({@link io.github.policyreport.internal.Matchers}), stage isolation
 * ({@link io.github.policyreport.internal.Isolation}) and the site knowledge the pipeline takes
 * ({@link io.github.policyreport.internal.SiteHints}). The layers, bottom up: this package ←
 * {@code internal.text} ← {@code internal.quantity}, {@code internal.time} ←
 * {@code internal.pipeline}; {@code LayeringTest} fails on a dependency against them.
 *
 * <p>Classes are package-private unless another package needs them; each public one says why in
 * its Javadoc ("Public because …"), and {@code LayeringTest} fails on a public class that no
 * other package uses.
 */
package io.github.policyreport.internal;
