package io.github.policyreport.model;

/** The Chinese script a page is written in. */
public enum Script { SIMPLIFIED, TRADITIONAL }
