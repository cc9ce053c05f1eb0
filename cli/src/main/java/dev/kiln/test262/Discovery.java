package dev.kiln.test262;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Finds the test files under the folders and files a run names. */
final class Discovery {

    private Discovery() {}

    /**
     * The tests at or below each of {@code paths} (relative to {@code root}), sorted and without
     * duplicates: every {@code .js} file except {@code _FIXTURE} files, which other tests import.
     *
     * @throws NoSuchFileException if a path does not exist
     */
    static List<Path> find(Path root, List<String> paths) throws IOException {
        TreeSet<Path> tests = new TreeSet<>();
        for (String path : paths) {
            Path start = root.resolve(path).normalize();
            if (!Files.exists(start)) throw new NoSuchFileException(start.toString(), null, "no such test file or folder");
            try (Stream<Path> files = Files.walk(start)) {
                files.filter(Discovery::isTest).forEach(tests::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return List.copyOf(tests);
    }

    static boolean isTest(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".js") && !name.contains("_FIXTURE") && Files.isRegularFile(file);
    }
}
