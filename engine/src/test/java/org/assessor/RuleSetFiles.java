package org.assessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assessor.rules.RuleSetSource;

/** An editable in-memory copy of a rule-set folder, for tests of broken or changed rule sets. */
public final class RuleSetFiles {
    private final Map<String, byte[]> files = new TreeMap<>();

    private RuleSetFiles() {
    }

    /** A copy of the fixture's {@code demo/1.0.0} rule set. */
    public static RuleSetFiles demo() {
        return of(Fixture.path("fixture/rules/demo/1.0.0"));
    }

    /** A copy of the rule-set folder {@code folder}. */
    public static RuleSetFiles of(Path folder) {
        RuleSetFiles copy = new RuleSetFiles();
        try (Stream<Path> all = Files.walk(folder)) {
            all.filter(Files::isRegularFile).forEach(f -> copy.files.put(
                    folder.relativize(f).toString().replace('\\', '/'), read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets file {@code name} to {@code text}. */
    public RuleSetFiles with(String name, String text) {
        files.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Replaces the first {@code target} in file {@code name} by {@code replacement}; the target must be there. */
    public RuleSetFiles replace(String name, String target, String replacement) {
        String text = new String(files.get(name), StandardCharsets.UTF_8);
        if (!text.contains(target)) {
            throw new IllegalArgumentException(name + " does not contain " + target);
        }
        return with(name, text.replaceFirst(java.util.regex.Pattern.quote(target),
                java.util.regex.Matcher.quoteReplacement(replacement)));
    }

    /** Removes file {@code name}. */
    public RuleSetFiles without(String name) {
        files.remove(name);
        return this;
    }

    /** The text of file {@code name}. */
    public String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    /** The 1-based line of file {@code name} where {@code target} first appears. */
    public int lineOf(String name, String target) {
        String text = text(name);
        int at = text.indexOf(target);
        if (at < 0) {
            throw new IllegalArgumentException(name + " does not contain " + target);
        }
        return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    public RuleSetSource source() {
        return RuleSetSource.of(files);
    }

    /** Writes the files into {@code folder}, as a rule-set folder on disk, and returns it. */
    public Path writeTo(Path folder) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
