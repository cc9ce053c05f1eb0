package dev.kiln.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the Octane programs are: {@code shared/bench/octane} in the nearest ancestor of a folder
 * (the repository sits beside {@code shared/}), unless the system property {@code kiln.octane}
 * names the folder.
 */
public final class Octane {
    private static final String PROPERTY = "kiln.octane";

    private Octane() {
    }

    /** The folder named by {@code kiln.octane}, else the nearest {@code shared/bench/octane} above {@code start}. */
    public static Optional<Path> find(Path start) {
        String property = System.getProperty(PROPERTY);
        if (property != null) return Optional.of(Path.of(property));
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/bench/octane");
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** The Octane folder as seen from the current directory; fails with the way to fix it. */
    public static Path dir() {
        return find(Path.of("")).orElseThrow(() -> new IllegalStateException(
                "no shared/bench/octane above " + Path.of("").toAbsolutePath() + "; set -D" + PROPERTY + "=DIR"));
    }
}
