package org.assessor.rules;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * A rule-set version compiled into a Drools {@link KieBase}. The KieBase is shared by every
 * evaluation under this version and is thread-safe; {@link #dispose()} releases it once no
 * evaluation can use it any more.
 */
public final class CompiledRuleSet {
    private final RuleSetSource source;
    private final List<DrlUnit> units;
    private final KieContainer container;
    private final KieBase kieBase;
    private final ReleaseId releaseId;
    private final Duration buildTime;

    CompiledRuleSet(RuleSetSource source, List<DrlUnit> units, KieContainer container, KieBase kieBase,
                    ReleaseId releaseId, Duration buildTime) {
        this.source = Objects.requireNonNull(source, "source");
        this.units = List.copyOf(units);
        this.container = container;
        this.kieBase = kieBase;
        this.releaseId = releaseId;
        this.buildTime = buildTime;
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

    /** The DRL of every rule file, decision tables included as generated DRL. */
    public List<DrlUnit> units() {
        return units;
    }

    /** The compiled rules, shared by all evaluations under this version. */
    public KieBase kieBase() {
        return kieBase;
    }

    /** How long compiling took. */
    public Duration buildTime() {
        return buildTime;
    }

    /** Frees the Drools container and its module; the rule set must not be used afterwards. */
    public void dispose() {
        container.dispose();
        KieServices.Factory.get().getRepository().removeKieModule(releaseId);
    }

    @Override
    public String toString() {
        return source.toString();
    }
}
