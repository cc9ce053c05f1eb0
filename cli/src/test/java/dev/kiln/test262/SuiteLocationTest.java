package dev.kiln.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteLocationTest {
    @TempDir
    Path dir;

    @Test
    void besideTheRepository() throws IOException {
        Path suite = Files.createDirectories(dir.resolve("shared/test262"));
        Path clone = Files.createDirectories(dir.resolve("main"));
        assertEquals(suite, SuiteLocation.defaultRoot(clone));
    }

    @Test
    void besideTheMainWorkingTreeOfALinkedWorktree() throws IOException {
        Path suite = Files.createDirectories(dir.resolve("shared/test262"));
        Path gitDir = Files.createDirectories(dir.resolve("main/.git/worktrees/mine"));
        Files.writeString(gitDir.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(dir.resolve("wt/mine"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + gitDir + "\n");
        assertEquals(suite, SuiteLocation.defaultRoot(worktree));
    }

    @Test
    void theUsualPlaceWhenThereIsNone() throws IOException {
        Path clone = Files.createDirectories(dir.resolve("main"));
        assertEquals(dir.resolve("shared/test262"), SuiteLocation.defaultRoot(clone));
    }
}
