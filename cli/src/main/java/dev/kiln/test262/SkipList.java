package dev.kiln.test262;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Features whose tests are skipped, read from {@code conformance/skip-features.txt}: the one place
 * that says which test262 features a later piece of work owns. Each line names a feature tag and
 * the executors it is skipped for ({@code decorators parse run}); {@code #} starts a comment.
 * The list shrinks as features land.
 */
public final class SkipList {
    private final Map<String, Set<String>> executorsByFeature;

    private SkipList(Map<String, Set<String>> executorsByFeature) {
        this.executorsByFeature = executorsByFeature;
    }

    public static SkipList read(Path file) throws IOException {
        return parse(Files.exists(file) ? Files.readAllLines(file) : List.of(), file.toString());
    }

    static SkipList parse(List<String> lines, String fileName) {
        Map<String, Set<String>> executorsByFeature = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String[] words = (hash < 0 ? line : line.substring(0, hash)).strip().split("\\s+");
            if (words[0].isEmpty()) continue;
            if (words.length < 2) {
                throw new IllegalArgumentException(fileName + ":" + (i + 1) + ": feature '" + words[0]
                        + "' names no executor to skip it for (e.g. 'parse' or 'run')");
            }
            executorsByFeature.put(words[0], Set.copyOf(Arrays.asList(words).subList(1, words.length)));
        }
        return new SkipList(executorsByFeature);
    }

    /** Why {@code executor} skips a test with this frontmatter, if it does. */
    public Optional<String> skipReason(Frontmatter frontmatter, String executor) {
        for (String feature : frontmatter.features()) {
            Set<String> executors = executorsByFeature.get(feature);
            if (executors != null && executors.contains(executor)) {
                return Optional.of("feature " + feature);
            }
        }
        return Optional.empty();
    }
}
