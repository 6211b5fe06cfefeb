/**
 * The text layer: bytes and markup to text, the normalized view with its offset map, boilerplate
 * removal, metadata and structure. Its product is an {@link io.github.policyreport.internal.text.Analysis}.
 */
package io.github.policyreport.internal.text;
