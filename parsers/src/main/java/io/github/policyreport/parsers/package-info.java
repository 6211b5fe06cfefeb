/**
 * Site parsers. Each is a {@link io.github.policyreport.spi.SiteParser} with a profile file
 * beside it that names the site's template markers, boilerplate lines and outlet; extraction
 * itself is the generic pipeline's.
 *
 * <h2>How to add a parser</h2>
 * Copy one of these classes and its {@code .profile}, change the id, markers and boilerplate,
 * register the class in {@code META-INF/services/io.github.policyreport.spi.ReportParser} and in
 * {@code module-info.java}, and add a golden page under {@code src/test/resources/<id>/}.
 */
package io.github.policyreport.parsers;
