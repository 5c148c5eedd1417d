package org.assessor.rules.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One attempt of the escape corpus ({@code engine/src/test/resources/sandbox/escapes}): a rule
 * file that tries to get code past the guard, the line it must be refused at and words of the
 * message. Its payloads write to {@code MARKER}, which a test replaces by a file that must not
 * exist afterwards. The HTTP tests read the same corpus.
 *
 * @param name    the file's name
 * @param drl     the file's text, {@code MARKER} not yet replaced
 * @param line    the line the guard must refuse it at
 * @param message words the refusal must contain
 */
public record EscapeAttempt(String name, String drl, int line, String message) {
    private static final Pattern REFUSED = Pattern.compile("^// Refused at line (\\d+): (.+)$", Pattern.MULTILINE);

    /** The folder of the corpus, from the engine module or a module beside it. */
    public static Path folder() {
        Path here = Path.of("src/test/resources/sandbox/escapes");
        return Files.isDirectory(here) ? here : Path.of("../engine").resolve(here);
    }

    /** Every attempt of the corpus, in file-name order. */
    public static List<EscapeAttempt> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().map(EscapeAttempt::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EscapeAttempt read(Path file) {
        try {
            String drl = Files.readString(file, StandardCharsets.UTF_8);
            Matcher refused = REFUSED.matcher(drl);
            if (!refused.find()) {
                throw new IllegalStateException(file + " has no '// Refused at line N: message' header");
            }
            return new EscapeAttempt(file.getFileName().toString(), drl, Integer.parseInt(refused.group(1)),
                    refused.group(2).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attempt's text with its payloads aimed at {@code marker}. */
    public String aimedAt(Path marker) {
        return drl.replace("MARKER", marker.toAbsolutePath().toString());
    }

    @Override
    public String toString() {
        return name;
    }
}
