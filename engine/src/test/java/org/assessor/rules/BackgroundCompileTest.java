package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.assessor.RuleSetFiles;
import org.assessor.rules.sandbox.SandboxGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule sets compiled in the background, as the server does while it starts: known by id at
 * once, usable once compiled, and a broken one still reported with its file and line.
 */
class BackgroundCompileTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler(new SandboxGuard());

    private static RuleSetFiles broken() {
        return RuleSetFiles.demo().replace("30-consolidate.drl",
                "CriterionVotes( criterionId == $cid, rated > 0, top * 2 > rated )",
                "CriterionVotes( criterionId == $cid, rated > 0, top * 2 > rated");
    }

    @Test
    void aRuleSetBeingCompiledIsKnownAtOnceAndUsableOnceCompiled() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            CompiledRuleSet compiling = compiler.compileInBackground(RuleSetFiles.demo().source(), executor);
            assertThat(compiling.id()).isEqualTo(new RuleSetId("demo", "1.0.0"));
            assertThat(compiling.hash()).isEqualTo(RuleSetFiles.demo().source().hash());
            assertThat(compiling.kieBase().getKiePackages()).flatMap(p -> p.getRules()).hasSizeGreaterThan(40);
            assertThat(compiling.isCompiled()).isTrue();
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void aBrokenRuleSetCompiledInTheBackgroundFailsWithItsFileAndLineWhenUsed() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            CompiledRuleSet compiling = compiler.compileInBackground(broken().source(), executor);
            assertThat(compiling.id()).isEqualTo(new RuleSetId("demo", "1.0.0"));
            int line = broken().lineOf("30-consolidate.drl", "top * 2 > rated\n");
            assertThatThrownBy(compiling::awaitCompiled).isInstanceOfSatisfying(RuleSetInvalid.class,
                    e -> assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                        assertThat(p.file()).isEqualTo("30-consolidate.drl");
                        assertThat(p.line()).isBetween(line, line + 1);
                    }));
            assertThatThrownBy(compiling::kieBase).isInstanceOf(RuleSetInvalid.class);
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void loadingAFolderWithABrokenVersionStillFailsWithItsLine(@TempDir Path rules) {
        RuleSetFiles.demo().writeTo(rules.resolve("demo/1.0.0"));
        broken().replace("manifest.json", "1.0.0", "1.1.0").writeTo(rules.resolve("demo/1.1.0"));

        assertThatThrownBy(() -> RuleSetRegistry.load(rules, compiler)).isInstanceOfSatisfying(RuleSetInvalid.class,
                e -> assertThat(e.problems()).extracting(RuleProblem::file).containsOnly("30-consolidate.drl"));

        RuleSetRegistry loading = RuleSetRegistry.loadInBackground(rules, compiler, q -> true);
        assertThat(loading.active("demo").id()).as("activated before compiling ends")
                .isEqualTo(new RuleSetId("demo", "1.1.0"));
        assertThatThrownBy(loading::awaitCompiled).isInstanceOf(RuleSetInvalid.class);
    }

    @Test
    void anEarlierVersionThisBuildCompiledBeforeIsReadOnlyWhenFirstUsed(@TempDir Path rules, @TempDir Path kept) {
        RuleSetFiles.demo().writeTo(rules.resolve("demo/1.0.0"));
        RuleSetFiles.demo().replace("manifest.json", "1.0.0", "1.1.0").writeTo(rules.resolve("demo/1.1.0"));
        RuleSetCompiler cached = new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(kept));
        RuleSetId earlier = new RuleSetId("demo", "1.0.0");
        assertThat(RuleSetRegistry.load(rules, cached).find(earlier)).get()
                .as("compiled at once: the cache did not hold it yet").returns(false, CompiledRuleSet::waitsForFirstUse);

        RuleSetRegistry restarted = RuleSetRegistry.load(rules, cached);
        CompiledRuleSet retired = restarted.find(earlier).orElseThrow();
        assertThat(restarted.active("demo").isCompiled()).as("the latest version is ready").isTrue();
        assertThat(retired.waitsForFirstUse()).as("held by the cache: left for its first use").isTrue();
        assertThat(retired.isCompiled()).isFalse();

        assertThat(retired.kieBase().getKiePackages()).flatMap(p -> p.getRules()).hasSizeGreaterThan(40);
        assertThat(retired.fromCache()).isTrue();
        assertThat(retired.waitsForFirstUse()).isFalse();
    }

    @Test
    void makingAVersionLeftForItsFirstUseActiveStartsReadingIt(@TempDir Path rules, @TempDir Path kept) {
        RuleSetFiles.demo().writeTo(rules.resolve("demo/1.0.0"));
        RuleSetFiles.demo().replace("manifest.json", "1.0.0", "1.1.0").writeTo(rules.resolve("demo/1.1.0"));
        RuleSetCompiler cached = new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(kept));
        RuleSetRegistry.load(rules, cached);
        RuleSetRegistry restarted = RuleSetRegistry.load(rules, cached);
        CompiledRuleSet earlier = restarted.find(new RuleSetId("demo", "1.0.0")).orElseThrow();
        assertThat(earlier.waitsForFirstUse()).isTrue();

        restarted.activate(earlier.id());

        assertThat(earlier.waitsForFirstUse()).as("reading started when it was made active").isFalse();
        assertThat(restarted.active("demo").awaitCompiled().isCompiled()).isTrue();
    }
}
