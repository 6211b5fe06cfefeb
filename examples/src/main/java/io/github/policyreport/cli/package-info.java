/**
 * The {@code policyreport} command line: {@link io.github.policyreport.cli.Main}. Its JSON
 * output is the contract documented in the README, written by Jackson from view records of the
 * model.
 */
package io.github.policyreport.cli;
