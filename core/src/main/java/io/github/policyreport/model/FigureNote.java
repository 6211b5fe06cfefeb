package io.github.policyreport.model;

/** A caveat on an indicator or target that a reader of the figure should know. */
public enum FigureNote {
    /** No phrase naming the measure was found next to the figure; the subject is the clause's topic. */
    LOW_CONFIDENCE_SUBJECT
}
