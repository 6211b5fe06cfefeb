/**
 * The {@code policyreport} command line: {@link io.github.policyreport.cli.Main}. Its JSON
 * output is the contract documented in the README: view records of the model
 * ({@code ReportJson}), streamed by {@link io.github.policyreport.cli.ReportWriter} one report at
 * a time with jackson-core's generator. The other commands use databind ({@code Json}).
 *
 * <h2>Traps</h2>
 * Never collect a batch or write a report through one String: a single hostile page can hold
 * tens of megabytes of JSON. A failure on one file, even {@code OutOfMemoryError}, is one line on
 * standard error and the batch goes on.
 * A new field of a {@code ReportJson} record goes into its {@code write} method too
 * ({@code ReportJsonTest} compares the stream with databind's output). Keep databind, ICU4J and
 * opencc's converter off the path of {@code parse} on a Simplified page: each costs a start tenths
 * of a second (BENCHMARKS.md, Start-up).
 */
package io.github.policyreport.cli;
