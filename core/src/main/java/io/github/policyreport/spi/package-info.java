/**
 * The parser extension point.
 *
 * <p>A {@link io.github.policyreport.spi.ReportParser} has an id, a
 * {@link io.github.policyreport.spi.ReportParser#detect detect} that gives a ranked opinion
 * ({@link io.github.policyreport.spi.Detection}), and a
 * {@link io.github.policyreport.spi.ReportParser#parse parse}. The
 * {@link io.github.policyreport.spi.ParserRegistry} finds parsers through
 * {@link java.util.ServiceLoader}, picks one per {@link io.github.policyreport.spi.SourceDocument},
 * and falls back to the generic parser.
 *
 * <h2>How to add a parser</h2>
 * <ol>
 *   <li>Write a site profile (see {@link io.github.policyreport.generic.SiteProfile}) naming the
 *       site's markers, boilerplate lines and outlet.</li>
 *   <li>Extend {@link io.github.policyreport.generic.SiteParser} with a public no-argument
 *       constructor that loads it.</li>
 *   <li>Register the class in {@code META-INF/services/io.github.policyreport.spi.ReportParser}
 *       and in {@code module-info.java} with {@code provides}.</li>
 *   <li>Add a golden test page and its expected JSON.</li>
 * </ol>
 *
 * <h2>Traps</h2>
 * Detection must not be keyed to a class name or list order: ties are broken by id. A site
 * parser holds site knowledge only (boilerplate, metadata layout); extraction rules belong to
 * the generic pipeline so that every site benefits.
 */
package io.github.policyreport.spi;
