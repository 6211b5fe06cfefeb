/**
 * The quantity and date engines as a probe: {@link io.github.policyreport.mention.Mentions} finds
 * and resolves every figure or date expression of a piece of text, outside any report.
 */
package io.github.policyreport.mention;
