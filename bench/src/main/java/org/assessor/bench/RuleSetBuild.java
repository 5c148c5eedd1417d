package org.assessor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assessor.BundledData;
import org.assessor.rules.CompiledRuleCache;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.RuleSetSource;
import org.assessor.rules.sandbox.SandboxGuard;

/**
 * Rule-set build time and the heap that compiled versions hold, in a fresh JVM:
 * <ol>
 *   <li>the first build of organisational-change 1.0.0 (it pays for loading Drools) and then of
 *       readiness-for-change 1.0.0;</li>
 *   <li>repeated builds of organisational-change in the same JVM;</li>
 *   <li>the heap after a full GC with nothing compiled, then with 1 and with 10 versions of
 *       organisational-change registered (copies numbered 1.0.0 to 1.0.9).</li>
 * </ol>
 * Times are wall-clock and CPU time of this thread (Drools compiles on other threads as
 * well, so CPU time is a lower bound). Usage:
 * {@code java -Xmx1g -cp bench/target/benchmarks.jar org.assessor.bench.RuleSetBuild [repeats]}.
 */
public final class RuleSetBuild {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private RuleSetBuild() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        if (args.length > 1 && args[1].equals("cached")) {
            cached(repeats);
            return;
        }
        System.out.printf("load average %s, JVM up %d ms before the first build%n", loadAverage(),
                ManagementFactory.getRuntimeMXBean().getUptime());
        RuleSetCompiler compiler = new RuleSetCompiler(new SandboxGuard());
        RuleSetSource oc = RuleSetSource.fromFolder(BundledData.ruleSets().resolve("organisational-change/1.0.0"));
        RuleSetSource rfc = RuleSetSource.fromFolder(BundledData.ruleSets().resolve("readiness-for-change/1.0.0"));

        long start = System.nanoTime();
        CompiledRuleSet first = compiler.compile(oc);
        System.out.printf("first build, organisational-change 1.0.0 (%d rules): %d ms%n",
                first.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum(), millis(start));
        start = System.nanoTime();
        CompiledRuleSet second = compiler.compile(rfc);
        System.out.printf("first build, readiness-for-change 1.0.0 (%d rules), same JVM: %d ms%n",
                second.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum(), millis(start));

        long[] times = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            start = System.nanoTime();
            compiler.compile(oc);
            times[i] = millis(start);
        }
        System.out.printf("repeated builds of organisational-change, same JVM (ms): %s; median %d, best %d%n",
                Arrays.toString(times), median(times), Arrays.stream(times).min().orElse(0));

        long empty = heapAfterGc();
        RuleSetRegistry registry = new RuleSetRegistry();
        List<CompiledRuleSet> kept = new ArrayList<>();
        long one = 0;
        for (int v = 0; v < 10; v++) {
            CompiledRuleSet version = compiler.compile(copy(oc, "1.0." + v));
            registry.register(version);
            kept.add(version);
            if (v == 0) {
                one = heapAfterGc();
            }
        }
        long ten = heapAfterGc();
        System.out.printf("heap after GC: no rule set %.1f MB; 1 version %.1f MB; 10 versions %.1f MB "
                        + "(%.1f MB per version)%n", mb(empty), mb(one), mb(ten), mb(ten - empty) / 10);
        System.out.printf("%d versions registered; load average %s%n", registry.all().size(), loadAverage());
    }

    /**
     * The same figures for rule sets read from the compiled entries this jar carries
     * ({@link CompiledRuleCache}) instead of compiled: the first read in a fresh JVM, repeated
     * reads, and the heap that 10 read KieBases of organisational-change hold.
     */
    private static void cached(int repeats) {
        System.out.printf("load average %s, JVM up %d ms before the first read%n", loadAverage(),
                ManagementFactory.getRuntimeMXBean().getUptime());
        RuleSetCompiler compiler = new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.in(null));
        RuleSetSource oc = RuleSetSource.fromFolder(BundledData.ruleSets().resolve("organisational-change/1.0.0"));
        RuleSetSource rfc = RuleSetSource.fromFolder(BundledData.ruleSets().resolve("readiness-for-change/1.0.0"));
        long start = System.nanoTime();
        CompiledRuleSet first = compiler.compile(oc);
        System.out.printf("first read, organisational-change 1.0.0 (from the cache: %s): %d ms%n", first.fromCache(),
                millis(start));
        start = System.nanoTime();
        CompiledRuleSet second = compiler.compile(rfc);
        System.out.printf("first read, readiness-for-change 1.0.0 (from the cache: %s), same JVM: %d ms%n",
                second.fromCache(), millis(start));
        long[] times = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            start = System.nanoTime();
            compiler.compile(oc);
            times[i] = millis(start);
        }
        System.out.printf("repeated reads of organisational-change, same JVM (ms): %s; median %d, best %d%n",
                Arrays.toString(times), median(times), Arrays.stream(times).min().orElse(0));
        first = null;
        second = null;
        long empty = heapAfterGc();
        List<CompiledRuleSet> kept = new ArrayList<>();
        long one = 0;
        for (int v = 0; v < 10; v++) {
            kept.add(compiler.compile(oc).awaitCompiled());
            if (v == 0) {
                one = heapAfterGc();
            }
        }
        long ten = heapAfterGc();
        System.out.printf("heap after GC: no rule set %.1f MB; 1 version %.1f MB; 10 versions %.1f MB "
                        + "(%.1f MB per version); %d kept; load average %s%n", mb(empty), mb(one), mb(ten),
                mb(ten - empty) / 10, kept.size(), loadAverage());
    }

    /** {@code source} with its manifest naming version {@code version}. */
    private static RuleSetSource copy(RuleSetSource source, String version) {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : source.fileNames()) {
            files.put(name, source.bytes(name));
        }
        String manifest = source.text(RuleSetSource.MANIFEST)
                .replace("\"version\": \"" + source.manifest().version() + "\"", "\"version\": \"" + version + "\"");
        if (!manifest.contains(version)) {
            throw new IllegalStateException("could not renumber the manifest");
        }
        files.put(RuleSetSource.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        return RuleSetSource.of(files);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
