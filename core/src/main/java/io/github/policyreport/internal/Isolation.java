package io.github.policyreport.internal;

import io.github.policyreport.model.Warning;

import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps one failing rule or sentence from killing a report: {@link #guard} runs a piece of work
 * and, should it throw a {@link RuntimeException} or overflow the stack, returns a fallback and
 * a {@link Warning.Code#STAGE_FAILED} warning naming the stage. The failure is a bug to fix; in
 * tests the system property {@code policyreport.strict=true} (set by the build for every test
 * run) rethrows it so that it is seen, not swallowed.
 *
 * <p>Public because every stage package (text, quantity, time, pipeline) guards its rules with it.
 */
public final class Isolation {

    /** Whether failures are rethrown (tests) rather than turned into warnings (production). */
    public static final boolean STRICT = Boolean.getBoolean("policyreport.strict");

    private Isolation() {
    }

    /**
     * The result of {@code work}, or {@code fallback} with a warning naming {@code stage} when it fails.
     *
     * @param stage    a short name of the stage or item, e.g. {@code figures: sentence at 1204}
     * @param warnings where the warning goes
     */
    public static <T> T guard(String stage, Supplier<T> work, T fallback, List<Warning> warnings) {
        return guard(stage, work, fallback, warnings, STRICT);
    }

    static <T> T guard(String stage, Supplier<T> work, T fallback, List<Warning> warnings, boolean strict) {
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            if (strict) {
                throw e;
            }
            warnings.add(failed(stage, e));
            return fallback;
        }
    }

    /** The warning for a failure in {@code stage}. */
    public static Warning failed(String stage, Throwable e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (what.length() > 200) {
            what = what.substring(0, 200) + "…";
        }
        return new Warning(Warning.Code.STAGE_FAILED, stage + " failed and was left out (" + what + ")");
    }
}
