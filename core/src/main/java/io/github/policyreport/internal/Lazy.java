package io.github.policyreport.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A default rule set, loaded on first use and then shared. Unlike a static initializer, a bad rule
 * line surfaces as its own {@link RuleException} (with file:line) at every use, never as an
 * {@code ExceptionInInitializerError}. Thread-safe.
 *
 * @param <T> the immutable value
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> load;
    private volatile T value;

    private Lazy(Supplier<? extends T> load) {
        this.load = load;
    }

    /** A value that {@code load} builds on the first {@link #get()}. */
    public static <T> Lazy<T> of(Supplier<? extends T> load) {
        return new Lazy<>(Objects.requireNonNull(load, "load"));
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(load.get(), "loaded value");
                    value = v;
                }
            }
        }
        return v;
    }
}
