package org.assessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The repository's own questionnaires and rule sets, bundled into the engine jar under
 * {@code assessor/}. Gives them as {@link Path}s whether the classes run from a folder (tests,
 * IDE) or from a jar (the runnable {@code assessor.jar}).
 */
public final class BundledData {
    private static final String ROOT = "assessor";

    private BundledData() {
    }

    /** The folder of bundled questionnaire definitions. */
    public static Path questionnaires() {
        return root().resolve("questionnaires");
    }

    /** The folder of bundled rule sets. */
    public static Path ruleSets() {
        return root().resolve("rules");
    }

    private static Path root() {
        return classpathFolder(ROOT);
    }

    /**
     * The classpath folder {@code name} as a {@link Path}, opening the jar it is in as a file
     * system if need be (once; later calls reuse it).
     *
     * @throws IllegalStateException if there is no such folder on the classpath
     */
    public static synchronized Path classpathFolder(String name) {
        URL url = BundledData.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("'" + name + "' is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call: Path.of below finds it
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath location " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + url, e);
        }
    }
}
