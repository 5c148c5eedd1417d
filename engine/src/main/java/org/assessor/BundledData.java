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

    private static synchronized Path root() {
        URL url = BundledData.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("bundled data '" + ROOT + "/' is missing from the classpath");
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
            throw new IllegalStateException("bad bundled data location " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open bundled data at " + url, e);
        }
    }
}
