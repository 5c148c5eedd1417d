package org.assessor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assessor.BundledData;
import org.assessor.rules.sandbox.SandboxGuard;

/**
 * Run by the build (the engine module's {@code process-classes} phase): judges and compiles every
 * bundled rule-set version, as a server would, and writes the compiled form of each into
 * {@code <classes>/}{@value CompiledRuleCache#CLASSPATH}, so that the engine jar carries them and a
 * server or command reads them instead of compiling (see {@link CompiledRuleCache}). Usage:
 * {@code java -cp <classes and dependencies> org.assessor.rules.CompileBundled <classes folder>}.
 */
public final class CompileBundled {
    private CompileBundled() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompileBundled <classes folder>");
        }
        Path into = Path.of(args[0]).resolve(CompiledRuleCache.CLASSPATH);
        clear(into);
        long start = System.nanoTime();
        RuleSetCompiler compiler = new RuleSetCompiler(new SandboxGuard(), CompiledRuleCache.folderOnly(into));
        RuleSetRegistry registry = RuleSetRegistry.load(BundledData.ruleSets(), compiler);
        System.out.printf("compiled %d bundled rule sets into %s in %d ms%n", registry.all().size(), into,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void clear(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
    }
}
