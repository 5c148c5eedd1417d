package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of drafts keeps its most recently used entries and deletes the others. */
class RecentlyUsedFilesTest {
    @TempDir
    Path folder;

    private Path file(String name, long modifiedSecondsAgo) throws IOException {
        Path file = Files.writeString(folder.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - modifiedSecondsAgo * 1000));
        return file;
    }

    private String[] names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void theOldestAreDeletedAndAFileJustReadIsKept() throws IOException {
        file("a.kbase", 50);
        Path b = file("b.kbase", 40);
        file("c.kbase", 30);
        file("d.kbase", 20);
        file("notes.txt", 100);
        RecentlyUsedFiles.touch(b);

        RecentlyUsedFiles.keepNewest(folder, ".kbase", 2);

        assertThat(names()).as("b was read last, d written last; files of another kind are left")
                .containsExactly("b.kbase", "d.kbase", "notes.txt");
    }

    @Test
    void nothingIsDeletedWhileThereAreNoMoreThanTheLimit() throws IOException {
        file("a.kbase", 50);
        file("b.kbase", 40);

        RecentlyUsedFiles.keepNewest(folder, ".kbase", 2);

        assertThat(names()).containsExactly("a.kbase", "b.kbase");
    }
}
