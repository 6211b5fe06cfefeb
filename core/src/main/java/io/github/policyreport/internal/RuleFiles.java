package io.github.policyreport.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The named rule files a rule set is read from: the files shipped beside a class, some of them
 * replaced by lines given in memory (a test's or a contributor's modified copy). Immutable.
 */
public final class RuleFiles {

    private final Class<?> owner;
    private final List<String> names;
    private final Map<String, List<RuleFile.Line>> replaced;

    private RuleFiles(Class<?> owner, List<String> names, Map<String, List<RuleFile.Line>> replaced) {
        this.owner = owner;
        this.names = names;
        this.replaced = replaced;
    }

    /** The files {@code names}, shipped beside {@code owner}. */
    public static RuleFiles shipped(Class<?> owner, List<String> names) {
        return new RuleFiles(Objects.requireNonNull(owner, "owner"), List.copyOf(names), Map.of());
    }

    /** The names of the files. */
    public List<String> names() {
        return names;
    }

    /**
     * These files with the lines of {@code file} replaced by {@code lines}.
     *
     * @throws IllegalArgumentException if {@code file} is not one of the {@link #names()}
     */
    public RuleFiles with(String file, List<RuleFile.Line> lines) {
        known(file);
        Map<String, List<RuleFile.Line>> m = new HashMap<>(replaced);
        m.put(file, List.copyOf(lines));
        return new RuleFiles(owner, names, Map.copyOf(m));
    }

    /**
     * The lines of {@code file}: the replacement if one was given, else the shipped file's.
     *
     * @throws IllegalArgumentException if {@code file} is not one of the {@link #names()}
     */
    public List<RuleFile.Line> lines(String file) {
        known(file);
        List<RuleFile.Line> r = replaced.get(file);
        return r != null ? r : RuleFile.read(owner, file);
    }

    private void known(String file) {
        if (!names.contains(file)) {
            throw new IllegalArgumentException("no rule file " + file + "; known: " + names);
        }
    }
}
