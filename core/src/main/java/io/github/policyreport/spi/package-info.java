/**
 * The parser extension point ({@link io.github.policyreport.spi.ReportParser}, and
 * {@link io.github.policyreport.spi.SiteParser} with its
 * {@link io.github.policyreport.spi.SiteProfile} for one site), the input
 * ({@link io.github.policyreport.spi.SourceDocument}) and the options and bounds of one parse
 * ({@link io.github.policyreport.spi.ParseContext}). This package depends on the {@code model}
 * only: {@code SourceDocument}'s readers and {@code SiteParser#parse} reach the core's decoder
 * and pipeline through the {@link io.github.policyreport.spi.Engine} service.
 *
 * <h2>Bounds and failures</h2>
 * Input is refused before it is read in full when it is larger than {@code maxBytes} or not a
 * regular file; everything that cannot be read throws a subclass of
 * {@link io.github.policyreport.spi.ReportException}. Everything readable gives a report: inside
 * the pipeline, a stage, figure sentence or timeline paragraph that fails is left out with a
 * {@code STAGE_FAILED} warning, and the bounds (characters, items, evidence length, mentions per
 * sentence) cut output with {@code TRUNCATED} or {@code ITEMS_CUT} warnings. Memory and time per
 * page stay linear in its size.
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
 *   <li>Write a site profile (see {@link io.github.policyreport.spi.SiteProfile}) naming the
 *       site's markers, boilerplate lines and outlet.</li>
 *   <li>Extend {@link io.github.policyreport.spi.SiteParser} with a public no-argument
 *       constructor that loads it.</li>
 *   <li>Register the class in {@code META-INF/services/io.github.policyreport.spi.ReportParser}
 *       and in {@code module-info.java} with {@code provides}.</li>
 *   <li>Add a golden test page and its expected JSON.</li>
 * </ol>
 *
 * <h2>Traps</h2>
 * A marker that many sites share claims their pages: 扫一扫在手机打开当前页 is on thousands of
 * government CMS pages. Join such phrases with {@code  && } to the site's own text, so that only
 * the combination counts, and add a page of another site to the parsers' detection tests.
 * Detection must not be keyed to a class name or list order: ties are broken by id. A site
 * parser holds site knowledge only (boilerplate, metadata layout); extraction rules belong to
 * the generic pipeline so that every site benefits.
 */
package io.github.policyreport.spi;
