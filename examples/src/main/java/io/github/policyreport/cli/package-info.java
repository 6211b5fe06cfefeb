/**
 * The {@code policyreport} command line: {@link io.github.policyreport.cli.Main}. Its JSON
 * output is the contract documented in the README, written by Jackson from view records of the
 * model, streamed by {@link io.github.policyreport.cli.ReportWriter} one report at a time.
 *
 * <h2>Traps</h2>
 * Never collect a batch or write a report through one String: a single hostile page can hold
 * tens of megabytes of JSON. A failure on one file, even {@code OutOfMemoryError}, is one line on
 * standard error and the batch goes on.
 */
package io.github.policyreport.cli;
