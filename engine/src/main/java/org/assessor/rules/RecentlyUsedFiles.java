package org.assessor.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder that keeps only its most recently used files, by their modification time: a file is
 * marked as used when it is read ({@link #touch}), and the others are deleted when one is added
 * ({@link #keepNewest}).
 */
final class RecentlyUsedFiles {
    private RecentlyUsedFiles() {
    }

    /** Marks {@code file} as used now; if that fails, it is only deleted sooner. */
    static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // kept for less long: nothing is lost but the work of making it again
        }
    }

    /**
     * Deletes the files of {@code folder} whose names end with {@code suffix}, but for the
     * {@code kept} most recently used.
     */
    static void keepNewest(Path folder, String suffix, int kept) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = new ArrayList<>(listed.filter(f -> f.getFileName().toString().endsWith(suffix)).toList());
        }
        if (files.size() <= kept) {
            return;
        }
        Map<Path, FileTime> used = new HashMap<>();
        for (Path file : files) {
            used.put(file, lastModified(file));
        }
        files.sort(Comparator.comparing(used::get, Comparator.reverseOrder()));
        for (Path stale : files.subList(kept, files.size())) {
            Files.deleteIfExists(stale);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }
}
