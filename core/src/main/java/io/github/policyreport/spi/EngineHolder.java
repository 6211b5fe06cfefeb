package io.github.policyreport.spi;

import java.util.Iterator;
import java.util.ServiceLoader;

/** Loads the one {@link Engine} lazily and once (class initialization is thread-safe). */
final class EngineHolder {

    static final Engine ENGINE = load();

    private EngineHolder() {
    }

    private static Engine load() {
        Iterator<Engine> found = ServiceLoader.load(Engine.class, Engine.class.getClassLoader()).iterator();
        if (!found.hasNext()) {
            throw new IllegalStateException("no " + Engine.class.getName()
                    + " service: keep policyreport-core's META-INF/services when repackaging");
        }
        return found.next();
    }
}
