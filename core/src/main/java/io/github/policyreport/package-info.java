/**
 * policyreport: Chinese government science-and-technology reports as typed data.
 *
 * <p>Start with {@link io.github.policyreport.Reports#parse(java.nio.file.Path)}; the result is
 * a {@link io.github.policyreport.model.Report}. Parsers plug in through
 * {@link io.github.policyreport.spi.ReportParser}; {@link io.github.policyreport.Mentions} runs
 * the quantity and date engines on any text, outside a report.
 *
 * <h2>How a page flows</h2>
 * <ol>
 *   <li>Bytes, a file or a string become a {@link io.github.policyreport.spi.SourceDocument}
 *       (charset detected, HTML read into lines by {@code internal.text.Decoder} and
 *       {@code HtmlText}).</li>
 *   <li>The {@link io.github.policyreport.spi.ParserRegistry} asks each parser to
 *       {@code detect} the page and picks one, else the generic parser; a
 *       {@link io.github.policyreport.spi.SiteParser} adds its
 *       {@link io.github.policyreport.spi.SiteProfile} (boilerplate, outlet) as internal
 *       {@code SiteHints}.</li>
 *   <li>{@code internal.pipeline.Pipeline} runs the stages, each isolated and each built with
 *       its rules ({@code TextRules}, {@code FigureRules}/{@code QuantityRules},
 *       {@code TimeRules}: the shipped files, loaded lazily once through {@code RuleFile}, or a
 *       modified set in tests):</li>
 *   <li>the text layer ({@code internal.text.TextLayer}) normalizes the text once
 *       ({@code Normalizer}: opencc4j where needed, then the one {@code Fold} table, with an
 *       {@code OffsetMap} back to the source), cuts boilerplate, types each paragraph
 *       ({@code Numbering}: heading, list item, body) and reads metadata into an
 *       {@code Analysis}, the one analysed document every later stage reads;</li>
 *   <li>the time stage ({@code internal.time.TimeStage}) decides the reference year; the figure
 *       stage ({@code internal.quantity.FigureStage}) reads indicators and targets from the
 *       {@code Analysis}'s normalized text; the time stage then reads the timeline from the same
 *       body;</li>
 *   <li>{@code Bounds} caps the items and checks every span, and the pipeline assembles the
 *       {@link io.github.policyreport.model.Report} with its warnings.</li>
 * </ol>
 * Dependencies point one way: {@code model} ← {@code spi} ← {@code internal.*} ←
 * {@code generic} and this facade ({@code LayeringTest} asserts it). Only this package,
 * {@code model}, {@code spi} and {@code mention} are exported.
 */
package io.github.policyreport;
