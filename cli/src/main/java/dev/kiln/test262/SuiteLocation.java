package dev.kiln.test262;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the test262 checkout is by default: {@code ../shared/test262} beside the Kiln
 * repository. For a linked git worktree (how the team works, e.g. /work/wt/NAME) that is beside
 * the main working tree the worktree belongs to, not beside the worktree folder.
 */
final class SuiteLocation {
    static final String BESIDE_REPOSITORY = "../shared/test262";

    private SuiteLocation() {}

    static Path defaultRoot(Path project) {
        Path project0 = project.toAbsolutePath().normalize();
        Path beside = project0.resolve(BESIDE_REPOSITORY).normalize();
        if (Files.isDirectory(beside)) return beside;
        return mainWorkingTree(project0).map(main -> main.resolve(BESIDE_REPOSITORY).normalize()).orElse(beside);
    }

    /**
     * The main working tree of a linked worktree: its {@code .git} file names the worktree's git
     * folder, whose {@code commondir} file leads to the main repository's {@code .git}.
     */
    private static Optional<Path> mainWorkingTree(Path project) {
        Path dotGit = project.resolve(".git");
        if (!Files.isRegularFile(dotGit)) return Optional.empty();
        try {
            String link = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
            if (!link.startsWith("gitdir:")) return Optional.empty();
            Path gitDir = project.resolve(link.substring("gitdir:".length()).strip());
            Path commonDirFile = gitDir.resolve("commondir");
            if (!Files.isRegularFile(commonDirFile)) return Optional.empty();
            Path commonDir = gitDir.resolve(Files.readString(commonDirFile, StandardCharsets.UTF_8).strip()).normalize();
            return Optional.ofNullable(commonDir.getParent());
        } catch (IOException e) {
            return Optional.empty(); // not a readable worktree link: only the plain default applies
        }
    }
}
