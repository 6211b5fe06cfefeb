/**
 * The generic pipeline as parsers: {@link io.github.policyreport.generic.GenericParser} for any
 * page, and {@link io.github.policyreport.generic.SiteParser} with a
 * {@link io.github.policyreport.generic.SiteProfile} for one site. A site parser adds knowledge
 * of its site (template markers, boilerplate lines, its own outlet) and inherits every
 * extraction rule, so improving the pipeline improves every site at once.
 */
package io.github.policyreport.generic;
