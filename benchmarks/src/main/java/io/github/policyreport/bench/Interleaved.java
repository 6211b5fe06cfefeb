package io.github.policyreport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An A/B comparison that survives a busy machine: each CLI jar is loaded in its own class loader in
 * one JVM, the pages are decoded once per jar, and passes over them alternate between the jars
 * (ABBA order), each timed in thread CPU time. Load from other processes then falls on both sides
 * alike. Prints the median, first and third quartile of a pass per jar, and the bytes a pass
 * allocates (what two threads on two cores pay for in GC).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.policyreport.bench.Interleaved 30 \
 *     /tmp/main.jar,examples/target/policyreport-cli.jar PAGE...
 * </pre>
 */
public final class Interleaved {

    private Interleaved() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Interleaved ROUNDS JAR[,JAR...] PAGE...");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        String[] jars = args[1].split(",");
        int n = jars.length;
        Object[] registry = new Object[n];
        Object[] context = new Object[n];
        Method[] parse = new Method[n];
        List<List<Object>> docs = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            ClassLoader cl = new URLClassLoader(new URL[] {Path.of(jars[j]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> doc = Class.forName("io.github.policyreport.spi.SourceDocument", true, cl);
            Class<?> reg = Class.forName("io.github.policyreport.spi.ParserRegistry", true, cl);
            Class<?> ctx = Class.forName("io.github.policyreport.spi.ParseContext", true, cl);
            registry[j] = reg.getMethod("defaults").invoke(null);
            context[j] = ctx.getMethod("defaults").invoke(null);
            parse[j] = reg.getMethod("parse", doc, ctx);
            Method of = doc.getMethod("of", String.class, byte[].class);
            List<Object> decoded = new ArrayList<>();
            for (int k = 2; k < args.length; k++) {
                decoded.add(of.invoke(null, args[k], Files.readAllBytes(Path.of(args[k]))));
            }
            docs.add(decoded);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long[][] nanos = new long[n][rounds];
        long[] bytes = new long[n];
        for (int r = -8; r < rounds; r++) {                 // eight warm-up rounds
            for (int i = 0; i < n; i++) {
                int j = (r & 1) == 0 ? i : n - 1 - i;
                long b0 = alloc.getCurrentThreadAllocatedBytes();
                long t0 = mx.getCurrentThreadCpuTime();
                for (Object d : docs.get(j)) {
                    parse[j].invoke(registry[j], d, context[j]);
                }
                if (r >= 0) {
                    nanos[j][r] = mx.getCurrentThreadCpuTime() - t0;
                    bytes[j] = alloc.getCurrentThreadAllocatedBytes() - b0;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            long[] s = nanos[j].clone();
            Arrays.sort(s);
            System.out.printf(Locale.ROOT, "%s median_ms=%.1f q1=%.1f q3=%.1f allocated_mb=%.1f%n", jars[j],
                    s[rounds / 2] / 1e6, s[rounds / 4] / 1e6, s[3 * rounds / 4] / 1e6, bytes[j] / 1e6);
        }
    }
}
