package org.assessor.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: {@code assessor-VERSION.tar.gz}, built by {@code mvn package},
 * extracted with {@code tar} into a temporary folder outside the repository and run as real
 * processes through {@code bin/assessor}. Runs in the integration-test phase (failsafe), after the
 * tarball exists; each case is one JVM start.
 */
class DistributionIT {
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    static Path temp;

    private static Path home;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void extract() throws IOException, InterruptedException {
        home = extractInto(temp.resolve("installed"));
    }

    private static Path extractInto(Path folder) throws IOException, InterruptedException {
        Path tarball = Path.of(System.getProperty("assessor.distribution", "target/assessor-dist.tar.gz"))
                .toAbsolutePath().normalize();
        assertThat(tarball).as("built by mvn package").isRegularFile();
        Path repository = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
        assertThat(folder.toAbsolutePath().normalize().startsWith(repository))
                .as("%s is outside the repository %s", folder, repository).isFalse();
        Files.createDirectories(folder);
        Run tar = run(folder, List.of("tar", "xzf", tarball.toString()));
        assertThat(tar.exitCode()).as(tar.err()).isZero();
        try (Stream<Path> top = Files.list(folder)) {
            List<Path> entries = top.toList();
            assertThat(entries).as("one top-level folder, assessor-VERSION").hasSize(1);
            Path extracted = entries.get(0);
            assertThat(extracted.getFileName().toString()).isEqualTo("assessor-" + System.getProperty("assessor.version"));
            return extracted;
        }
    }

    @Test
    void holdsTheLauncherLibrariesDataAndReadme() {
        assertThat(home.resolve("bin/assessor")).isExecutable();
        assertThat(home.resolve("bin/assessor-class-archives")).isExecutable();
        assertThat(home.resolve("lib/assessor.jar")).isRegularFile();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("questionnaires/organisational-change")).isDirectory();
        assertThat(home.resolve("rules/organisational-change/1.0.0/manifest.json")).isRegularFile();
        assertThat(home.resolve("examples/organisational-change-self.json")).isRegularFile();
        assertThat(home.resolve("examples/1.0.0/organisational-change-self.json")).isRegularFile();
    }

    @Test
    void helpListsTheCommands() throws IOException, InterruptedException {
        Run run = assessor(home, home.resolve("bin/assessor").toString(), "--help");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Usage: assessor", "serve", "evaluate", "rules", "compare")
                .as("the examples show the command as it is run from here")
                .contains("  assessor evaluate --questionnaire").doesNotContain("java -jar api/target");
    }

    @Test
    void evaluatesTheBundledExampleFromTheExtractedFolder() throws IOException, InterruptedException {
        Run run = assessor(home, "bin/assessor", "evaluate", "--questionnaire", "organisational-change",
                "examples/organisational-change-self.json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.at("/overall/rating").asText()).isIn("met", "partly-met", "not-met");
        assertThat(result.at("/ruleSet/id").asText()).isEqualTo("organisational-change");
        assertThat(result.at("/ruleSet/hash").asText()).startsWith("sha256:");
    }

    /** Through a symbolic link from another folder, as after {@code ln -s .../bin/assessor ~/bin/}. */
    @Test
    void runsThroughASymbolicLinkFromAnotherFolder() throws IOException, InterruptedException {
        Path bin = Files.createDirectories(temp.resolve("elsewhere/bin"));
        Path link = Files.createSymbolicLink(bin.resolve("assessor"), bin.relativize(home.resolve("bin/assessor")));
        Run run = assessor(temp, link.toString(), "--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Assessor ");
    }

    /** bin/assessor reads the questionnaires in its own folders, not only the copies in the jar. */
    @Test
    void readsTheQuestionnairesOfItsOwnFolder() throws IOException, InterruptedException {
        Path other = extractInto(temp.resolve("without-questionnaires"));
        Path questionnaires = other.resolve("questionnaires");
        Files.move(questionnaires, other.resolve("questionnaires.moved"));
        Run run = assessor(other, "bin/assessor", "evaluate", "--questionnaire", "organisational-change",
                "examples/organisational-change-self.json");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains(questionnaires.toString());
    }

    /**
     * Commands that run once start with the quick compiler only and the serial collector; the
     * server and the long-running commands keep the JVM's defaults; the user's JAVA_OPTS come last.
     */
    @Test
    void startsOneOffCommandsWithTheQuickCompilerAndLongRunningOnesWithTheDefaults()
            throws IOException, InterruptedException {
        String flags = "-XX:+PrintCommandLineFlags";
        Run once = assessorWith(home, flags, "bin/assessor", "--version");
        assertThat(once.exitCode()).as(once.err()).isZero();
        assertThat(once.out()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "Assessor ");
        for (String[] longRunning : new String[][] {{"serve", "--help"}, {"compare", "--help"}, {"rules", "impact", "--help"}}) {
            Run run = assessorWith(home, flags, "bin/assessor", longRunning);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).as(String.join(" ", longRunning)).doesNotContain("TieredStopAtLevel", "UseSerialGC");
        }
        Run overridden = assessorWith(home, flags + " -XX:TieredStopAtLevel=4", "bin/assessor", "--version");
        assertThat(overridden.out()).as("JAVA_OPTS win").contains("-XX:TieredStopAtLevel=4");
    }

    /**
     * bin/assessor-class-archives writes the archives, the launcher maps Assessor's classes from
     * them, an archive that no longer matches the jar is ignored, and --remove takes them away.
     */
    @Test
    void classArchivesAreWrittenUsedAndIgnoredOnceStale() throws IOException, InterruptedException {
        Path other = extractInto(temp.resolve("with-class-archives"));
        Run write = assessor(other, "bin/assessor-class-archives");
        assertThat(write.exitCode()).as(write.err()).isZero();
        assertThat(other.resolve("lib/class-archives/once.jsa")).isRegularFile();
        assertThat(write.out()).contains("wrote " + other.resolve("lib/class-archives/once.jsa"));
        assertThat(other.resolve("lib/class-archives/server.jsa")).as(write.out()).isRegularFile();
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains(other.resolve("lib/assessor.jar") + " serve")))
                .as("the training server is stopped when the archives are written").isEmpty();

        Path loaded = temp.resolve("classes-loaded.txt");
        String logClasses = "-Xlog:class+load=info:file=" + loaded;
        Run mapped = assessorWith(other, logClasses, "bin/assessor", "evaluate", "--questionnaire",
                "organisational-change", "examples/organisational-change-self.json");
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
        assertThat(Files.readAllLines(loaded)).filteredOn(l -> l.contains(" org.assessor.cli.Main "))
                .singleElement().asString().contains("source: shared objects file");

        Files.setLastModifiedTime(other.resolve("lib/assessor.jar"),
                FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run stale = assessorWith(other, logClasses, "bin/assessor", "evaluate", "--questionnaire",
                "organisational-change", "examples/organisational-change-self.json");
        assertThat(stale.exitCode()).as(stale.err()).isZero();
        JsonNode before = new ObjectMapper().readTree(mapped.out());
        JsonNode after = new ObjectMapper().readTree(stale.out());
        for (String part : new String[] {"/overall", "/sections", "/actions", "/ruleSet"}) {
            assertThat(after.at(part)).as("the same %s", part).isEqualTo(before.at(part)).isNotEmpty();
        }
        assertThat(Files.readAllLines(loaded)).filteredOn(l -> l.contains(" org.assessor.cli.Main "))
                .singleElement().asString().doesNotContain("shared objects file");

        Run remove = assessor(other, "bin/assessor-class-archives", "--remove");
        assertThat(remove.exitCode()).as(remove.err()).isZero();
        assertThat(other.resolve("lib/class-archives")).doesNotExist();
    }

    /**
     * On Java 25 or later, bin/assessor-class-archives writes that Java's ahead-of-time caches; the
     * launcher maps Assessor's classes from them, and the rule sets compiled into the jar on Java 17
     * are used as they are (no Java compiler is loaded). Given to Java 17, the same caches are
     * ignored, with the same result.
     */
    @Test
    void aheadOfTimeCachesOnJava25AreWrittenUsedAndIgnoredByJava17() throws IOException, InterruptedException {
        Optional<Path> java25 = laterJava();
        assumeTrue(java25.isPresent(), "no Java 25 or later in /usr/lib/jvm or ASSESSOR_JAVA25_HOME");
        Path other = extractInto(temp.resolve("with-aot-caches"));
        Run write = run(other, List.of("bin/assessor-class-archives"), null, java25.get());
        assertThat(write.exitCode()).as(write.err()).isZero();
        assertThat(write.out()).contains("wrote " + other.resolve("lib/class-archives/once.jsa") + " (ahead-of-time cache of Java",
                "wrote " + other.resolve("lib/class-archives/server.jsa") + " (ahead-of-time cache of Java");
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains(other.resolve("lib/assessor.jar") + " serve")))
                .as("the training server is stopped when the caches are written").isEmpty();

        Path loaded = temp.resolve("classes-loaded-25.txt");
        List<String> evaluate = List.of("bin/assessor", "evaluate", "--questionnaire", "organisational-change",
                "examples/organisational-change-self.json");
        Run mapped = run(other, evaluate, "-Xlog:class+load=info:file=" + loaded, java25.get());
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
        List<String> classes = Files.readAllLines(loaded);
        assertThat(classes).filteredOn(l -> l.contains(" org.assessor.cli.Main "))
                .singleElement().asString().contains("source: shared objects file");
        assertThat(classes).filteredOn(l -> l.contains("org.eclipse.jdt."))
                .as("the compiled rule set in the jar is used, not compiled again").isEmpty();

        Path loaded17 = temp.resolve("classes-loaded-17.txt");
        Run ignored = run(other, evaluate, "-Xlog:class+load=info:file=" + loaded17, Path.of(System.getProperty("java.home")));
        assertThat(ignored.exitCode()).as(ignored.err()).isZero();
        assertThat(Files.readAllLines(loaded17)).filteredOn(l -> l.contains(" org.assessor.cli.Main "))
                .singleElement().asString().doesNotContain("shared objects file");
        JsonNode on25 = new ObjectMapper().readTree(mapped.out());
        JsonNode on17 = new ObjectMapper().readTree(ignored.out());
        for (String part : new String[] {"/overall", "/sections", "/actions", "/ruleSet"}) {
            assertThat(on17.at(part)).as("the same %s", part).isEqualTo(on25.at(part)).isNotEmpty();
        }

        // Java 25 warns about an archive it cannot read (one written by Java 17, or damaged): on
        // standard error, never in the middle of the command's JSON.
        Path once = other.resolve("lib/class-archives/once.jsa");
        Files.write(once, Arrays.copyOf(Files.readAllBytes(once), 4096));
        Run damaged = run(other, evaluate, null, java25.get());
        assertThat(damaged.exitCode()).as(damaged.err()).isZero();
        assertThat(damaged.err()).contains("shared archive file");
        JsonNode despiteIt = new ObjectMapper().readTree(damaged.out());
        assertThat(despiteIt.at("/overall")).isEqualTo(on25.at("/overall"));
    }

    /** A Java of feature release 25 or later: ASSESSOR_JAVA25_HOME, else the first such in /usr/lib/jvm, names in reverse order. */
    private static Optional<Path> laterJava() throws IOException {
        List<Path> candidates = new ArrayList<>();
        String given = System.getenv("ASSESSOR_JAVA25_HOME");
        if (given != null && !given.isBlank()) {
            candidates.add(Path.of(given));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                homes.sorted(Comparator.reverseOrder()).forEach(candidates::add);
            }
        }
        for (Path candidate : candidates) {
            Path release = candidate.resolve("release");
            if (Files.isExecutable(candidate.resolve("bin/java")) && Files.isRegularFile(release)) {
                Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
                if (version.find() && Integer.parseInt(version.group(1)) >= 25) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Run assessor(Path workingDirectory, String launcher, String... args)
            throws IOException, InterruptedException {
        return assessorWith(workingDirectory, null, launcher, args);
    }

    private static Run assessorWith(Path workingDirectory, String javaOpts, String launcher, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher);
        command.addAll(List.of(args));
        return run(workingDirectory, command, javaOpts);
    }

    private static Run run(Path workingDirectory, List<String> command) throws IOException, InterruptedException {
        return run(workingDirectory, command, null);
    }

    private static Run run(Path workingDirectory, List<String> command, String javaOpts)
            throws IOException, InterruptedException {
        // The JVM running this test, whatever is on the PATH.
        return run(workingDirectory, command, javaOpts, Path.of(System.getProperty("java.home")));
    }

    /** Runs {@code command} with the Java in {@code javaHome} and no JVM options from the environment but {@code javaOpts}. */
    private static Run run(Path workingDirectory, List<String> command, String javaOpts, Path javaHome)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("JAVA_OPTS");
        if (javaOpts != null) {
            builder.environment().put("JAVA_OPTS", javaOpts);
        }
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
