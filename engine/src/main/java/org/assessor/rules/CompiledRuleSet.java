package org.assessor.rules;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.assessor.rules.fact.PolicyValues;
import org.kie.api.KieBase;

/**
 * A rule-set version compiled, or still being compiled, into a Drools {@link KieBase}. Its id,
 * hash and source are known at once; {@link #kieBase()} and {@link #units()} wait for the
 * compilation to finish (see {@link RuleSetCompiler#compileInBackground}), or start it if it was
 * left for its first use (see {@link RuleSetCompiler#onFirstUse}). The KieBase is shared
 * by every evaluation under this version and is thread-safe. It is built without a KieContainer, so
 * nothing outside this object holds it: it is freed once no evaluation and no registry refers to it.
 */
public final class CompiledRuleSet {
    private final RuleSetSource source;
    private final CompletableFuture<Build> build;
    private final Supplier<Build> onFirstUse;
    private final AtomicBoolean started;

    /**
     * What compiling produced. A build read from the {@link CompiledRuleCache} makes its units
     * (the DRL of each rule file, for placing problems) only when first asked for.
     */
    record Build(Supplier<List<DrlUnit>> unitsMade, KieBase kieBase, PolicyValues policy, Duration buildTime,
                 boolean cached) {
        Build(List<DrlUnit> units, KieBase kieBase, PolicyValues policy, Duration buildTime) {
            this(constant(List.copyOf(units)), kieBase, policy, buildTime, false);
        }

        List<DrlUnit> units() {
            return unitsMade.get();
        }

        private static Supplier<List<DrlUnit>> constant(List<DrlUnit> units) {
            return () -> units;
        }
    }

    CompiledRuleSet(RuleSetSource source, CompletableFuture<Build> build) {
        this.source = Objects.requireNonNull(source, "source");
        this.build = Objects.requireNonNull(build, "build");
        this.onFirstUse = null;
        this.started = new AtomicBoolean(true);
    }

    /** A rule set built by {@code onFirstUse} on the thread that first needs its rules. */
    CompiledRuleSet(RuleSetSource source, Supplier<Build> onFirstUse) {
        this.source = Objects.requireNonNull(source, "source");
        this.build = new CompletableFuture<>();
        this.onFirstUse = Objects.requireNonNull(onFirstUse, "onFirstUse");
        this.started = new AtomicBoolean(false);
    }

    public RuleSetSource source() {
        return source;
    }

    public RuleSetId id() {
        return source.id();
    }

    /** The content hash of the source files. */
    public String hash() {
        return source.hash();
    }

    /**
     * The DRL of every rule file, decision tables included as generated DRL; waits for compiling.
     *
     * @throws RuleSetInvalid if the rule set did not compile
     */
    public List<DrlUnit> units() {
        return build().units();
    }

    /**
     * The compiled rules, shared by all evaluations under this version; waits for compiling.
     *
     * @throws RuleSetInvalid if the rule set did not compile
     */
    public KieBase kieBase() {
        return build().kieBase();
    }

    /**
     * The values of the rule set's {@code policy.csv} (none if it has none), given to every
     * session; waits for compiling.
     *
     * @throws RuleSetInvalid if the rule set did not compile
     */
    public PolicyValues policy() {
        return build().policy();
    }

    /** How long compiling took; waits for it. */
    public Duration buildTime() {
        return build().buildTime();
    }

    /** Whether the rules were read from the {@link CompiledRuleCache} instead of compiled; waits for them. */
    public boolean fromCache() {
        return build().cached();
    }

    /** Whether compiling has finished, successfully or not. */
    public boolean isCompiled() {
        return build.isDone();
    }

    /**
     * Whether this version is left to be built when first used and nothing has used it yet: it
     * holds no memory for rules and keeps nobody waiting.
     */
    public boolean waitsForFirstUse() {
        return !started.get();
    }

    /**
     * Starts building a version {@linkplain #waitsForFirstUse() left for its first use} on a
     * thread of the common pool, so that it is ready when it is needed (e.g. when it is made
     * active); does nothing otherwise.
     */
    public void prepare() {
        if (started.compareAndSet(false, true)) {
            CompletableFuture.runAsync(this::buildNow);
        }
    }

    /**
     * Waits for compiling to finish.
     *
     * @return this rule set, compiled
     * @throws RuleSetInvalid if it did not compile
     */
    public CompiledRuleSet awaitCompiled() {
        build();
        return this;
    }

    private void startIfWaiting() {
        if (started.compareAndSet(false, true)) {
            buildNow();
        }
    }

    private void buildNow() {
        try {
            build.complete(onFirstUse.get());
        } catch (RuntimeException | Error e) {
            build.completeExceptionally(e);
        }
    }

    private Build build() {
        startIfWaiting();
        try {
            return build.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return source.toString();
    }
}
