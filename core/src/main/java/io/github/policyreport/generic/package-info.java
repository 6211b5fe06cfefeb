/**
 * The generic pipeline as a parser: {@link io.github.policyreport.generic.GenericParser} for any
 * page, a {@link io.github.policyreport.spi.SiteParser} with no site knowledge. Site parsers
 * extend {@link io.github.policyreport.spi.SiteParser} with their own
 * {@link io.github.policyreport.spi.SiteProfile} (template markers, boilerplate lines, outlet)
 * and inherit every extraction rule, so improving the pipeline improves every site at once.
 */
package io.github.policyreport.generic;
