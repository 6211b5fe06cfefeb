package io.github.policyreport.model;

/**
 * How a written figure relates to the true value: exactly, above, at least, below, at most, or
 * about. 超过/突破/逾/以上 give {@link #GT}; 达到…以上/不低于 {@link #GE}; 不到/以下 {@link #LT};
 * 以内/不超过 {@link #LE}; 约/左右/多/余/近 {@link #APPROX}.
 */
public enum Qualifier { EQ, GT, GE, LT, LE, APPROX }
