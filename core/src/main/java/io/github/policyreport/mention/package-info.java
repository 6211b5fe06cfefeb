/**
 * The values the probes return: {@link io.github.policyreport.mention.QuantityMention} and
 * {@link io.github.policyreport.mention.DateMention}, one figure or date expression of a piece of
 * text outside any report, as {@link io.github.policyreport.Mentions} finds them.
 */
package io.github.policyreport.mention;
