/**
 * policyreport: Chinese government science-and-technology reports as typed data.
 *
 * <p>Start with {@link io.github.policyreport.Reports#parse(java.nio.file.Path)}; the result is
 * a {@link io.github.policyreport.model.Report}. Parsers plug in through
 * {@link io.github.policyreport.spi.ReportParser}.
 */
package io.github.policyreport;
