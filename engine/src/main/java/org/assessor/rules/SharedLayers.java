package org.assessor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assessor.BundledData;

/**
 * The shared rule layers a rule set's manifest may name in {@code "shared"}: rule files written
 * once and used by several rule sets (the rating policy: pooling evidence, consolidating
 * respondents, rolling up). A layer lives in {@code <rules>/_shared/<name>/<version>/} and holds
 * {@code .drl} files only; its name in a manifest is {@code <name>/<version>}, e.g.
 * {@code rating-policy/1.0.0}. A layer version, like a published rule set, never changes: the
 * content hash of every rule set that names it covers its files.
 */
public final class SharedLayers {
    /** The folder of shared layers inside a rules folder; not a valid questionnaire id, so never one. */
    public static final String FOLDER = "_shared";
    /** What a layer's name in a manifest looks like. */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}/[0-9A-Za-z][0-9A-Za-z.-]{0,31}");
    private static final SharedLayers NONE = new SharedLayers(null);
    /** The bundled layers, read once: every upload and stored version that names one looks it up. */
    private static volatile SharedLayers bundled;

    private final Path root;
    private final Map<String, Optional<SortedMap<String, byte[]>>> read = new ConcurrentHashMap<>();

    private SharedLayers(Path root) {
        this.root = root;
    }

    /** The layers of the rules folder {@code rulesFolder}, or none if it has no {@code _shared} folder. */
    public static SharedLayers in(Path rulesFolder) {
        Path shared = rulesFolder.resolve(FOLDER);
        return Files.isDirectory(shared) ? new SharedLayers(shared) : NONE;
    }

    /** The layers bundled with Assessor; their files are read once. */
    public static SharedLayers bundled() {
        SharedLayers layers = bundled;
        if (layers == null) {
            layers = in(BundledData.ruleSets());
            bundled = layers;
        }
        return layers;
    }

    /**
     * The files of layer {@code name} ({@code <name>/<version>}), keyed by file name, or empty if
     * there is no such layer.
     */
    public Optional<SortedMap<String, byte[]>> files(String name) {
        if (root == null || name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        return read.computeIfAbsent(name, this::read);
    }

    private Optional<SortedMap<String, byte[]>> read(String name) {
        Path folder = root.resolve(name);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(Files::isRegularFile).toList()) {
                String fileName = file.getFileName().toString().replace("/", "");
                if (fileName.endsWith(".drl")) {
                    files.put(fileName, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shared layer " + folder, e);
        }
        return Optional.of(Collections.unmodifiableSortedMap(files));
    }

    /** Every layer there is, as {@code <name>/<version>}, sorted. */
    public List<String> names() {
        if (root == null) {
            return List.of();
        }
        try (Stream<Path> layers = Files.list(root)) {
            return layers.filter(Files::isDirectory).flatMap(SharedLayers::versions).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list shared layers in " + root, e);
        }
    }

    private static Stream<String> versions(Path layer) {
        try (Stream<Path> versions = Files.list(layer)) {
            String name = layer.getFileName().toString().replace("/", "");
            return versions.filter(Files::isDirectory)
                    .map(v -> name + "/" + v.getFileName().toString().replace("/", "")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list shared layer " + layer, e);
        }
    }
}
