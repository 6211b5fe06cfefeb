/**
 * The generic pipeline as parsers: {@link io.github.policyreport.generic.GenericParser} for any
 * page, and {@link io.github.policyreport.generic.SiteParser} with a
 * {@link io.github.policyreport.generic.SiteProfile} for one site. A site parser adds knowledge
 * of its site (template markers, boilerplate lines, its own outlet) and inherits every
 * extraction rule, so improving the pipeline improves every site at once.
 *
 * <h2>Traps</h2>
 * A marker that many sites share claims their pages: 扫一扫在手机打开当前页 is on thousands of
 * government CMS pages. Join such phrases with {@code  && } to the site's own text, so that only
 * the combination counts, and add a page of another site to the parsers' detection tests.
 */
package io.github.policyreport.generic;
